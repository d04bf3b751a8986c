/**
 * Cleans up a joined run: splits off a person's name written after a title, a place or another
 * name (`US President Barack Obama`, `the United States Hamdullah Mohib`), removes titles that open
 * it and drops runs that are only a role (`State Department Spokesperson`).
 */
import { FAMILY_NAMES_FIRST, GIVEN_NAMES } from './given-names.js';
import {
  ORGANIZATION_HEADS,
  ORGANIZATION_OPENERS,
  PERSON_TITLES,
  PORTFOLIO_WORDS,
} from './name-cues.js';
import { isOccupation } from './occupations.js';
import { hasHead, isJoiner, keyOf, type Run, type RunContext } from './run-words.js';
import type { Word } from './words.js';

export function refineRun(run: Run, context: RunContext): Run[] {
  const { words } = context;
  const refined: Run[] = [];
  for (const part of splitAtTitle(run, words)) {
    const trimmed = trimTitles(part, words);
    if (trimmed === null || endsInTitle(trimmed, words)) continue;
    for (const piece of splitAfterPlace(trimmed, context)) {
      refined.push(...splitBeforePerson(piece, context));
    }
  }
  return refined;
}

/**
 * Splits `US President Barack Obama` and `Afghan Ambassador Hamdullah Mohib` before the title:
 * what precedes it is a name of its own (or a nationality), what follows is a person's name.
 */
function splitAtTitle(run: Run, words: readonly Word[]): Run[] {
  for (let index = run.last - 1; index > run.first; index -= 1) {
    const word = words[index];
    if (word === undefined || !word.capitalised || !PERSON_TITLES.has(word.key)) continue;
    const rest = run.last - index;
    if (rest > 3 || hasHead(words, index + 1, run.last)) return [run];
    for (let after = index + 1; after <= run.last; after += 1) {
      if (!words[after]?.capitalised) return [run];
    }
    let end = index;
    while (end > run.first && PERSON_TITLES.has(words[end]?.key ?? '')) end -= 1;
    const person: Run = { first: index + 1, last: run.last, afterTitle: true, titleOf: false };
    if (end < run.first || PERSON_TITLES.has(words[end]?.key ?? '')) return [person];
    // `Health Cabinet Secretary`, `Shadow Home Secretary`: what opens the title belongs to it.
    if (words.slice(run.first, end + 1).every((word) => isTitlePart(word.key))) return [person];
    return [{ ...run, last: end }, person];
  }
  return [run];
}

/** `State Department Spokesperson`, `Afghan Ambassador`: a role, not a name. */
function endsInTitle(run: Run, words: readonly Word[]): boolean {
  if (!PERSON_TITLES.has(words[run.last]?.key ?? '')) return false;
  for (let index = run.first; index <= run.last; index += 1) {
    const key = words[index]?.key ?? '';
    if (ORGANIZATION_HEADS.has(key) || ORGANIZATION_OPENERS.has(key)) return false;
  }
  return true;
}

/**
 * `the United States Hamdullah Mohib`: a known place followed by two or more capitalised words
 * with no head word of their own is two names, the place and whoever follows it.
 */
function splitAfterPlace(run: Run, context: RunContext): Run[] {
  const { words } = context;
  if (run.last - run.first < 2 || hasHead(words, run.first, run.last)) return [run];
  for (let end = run.last - 2; end >= run.first; end -= 1) {
    if (!context.isKnownName(keyOf(words, run.first, end))) continue;
    for (let index = end + 1; index <= run.last; index += 1) {
      const word = words[index];
      if (word === undefined || !word.capitalised || isJoiner(word)) return [run];
    }
    return [
      { ...run, last: end },
      { first: end + 1, last: run.last, afterTitle: false, titleOf: false },
    ];
  }
  return [run];
}

/**
 * `Refugee Council Enver Solomon`, `Minister of Education Stefania Giannini`: a person's name
 * (a given name and one or two more words) written straight after another name.
 */
function splitBeforePerson(run: Run, context: RunContext): Run[] {
  const { words } = context;
  for (let index = run.first + 1; index < run.last && index >= run.last - 2; index += 1) {
    const word = words[index];
    const before = words[index - 1];
    if (word === undefined || before === undefined || !GIVEN_NAMES.has(word.key)) continue;
    if (!before.capitalised || GIVEN_NAMES.has(before.key) || FAMILY_NAMES_FIRST.has(before.key)) {
      continue;
    }
    let plain = true;
    for (let after = index; after <= run.last; after += 1) {
      const part = words[after];
      if (part === undefined || !part.capitalised || part.allCaps || isJoiner(part)) plain = false;
    }
    if (!plain || hasHead(words, index, run.last)) continue;
    // Only after something that is clearly not a first name: a common word, a head word, a place.
    const left = keyOf(words, run.first, index - 1);
    // After a title and `of` (`Minister of Education Stefania Giannini`) what precedes the
    // given name is the title's domain, not a first name.
    const afterTitleOf =
      run.titleOf ||
      (words[run.first - 1]?.key === 'of' && PERSON_TITLES.has(words[run.first - 2]?.key ?? ''));
    const clearlyApart =
      afterTitleOf ||
      context.lowerCaseKeys.has(before.key) ||
      hasHead(words, run.first, index - 1) ||
      context.isKnownName(left);
    if (!clearlyApart) continue;
    return [
      { ...run, last: index - 1 },
      { first: index, last: run.last, afterTitle: false, titleOf: false },
    ];
  }
  return [run];
}

/** Removes titles opening a run; a run that is nothing but titles is no name. */
function trimTitles(run: Run, words: readonly Word[]): Run | null {
  let first = run.first;
  while (first <= run.last && PERSON_TITLES.has(words[first]?.key ?? '')) first += 1;
  // `Biologist Nick Bos`, `Magician Jeff McBride`: an occupation capitalised before a given name
  // (at the start of a sentence or a caption) is a role, like a title.
  if (
    first === run.first &&
    first < run.last &&
    isOccupation(words[first]?.key ?? '') &&
    GIVEN_NAMES.has(words[first + 1]?.key ?? '')
  ) {
    first += 1;
  }
  if (first === run.first) return run;
  if (first > run.last) return null;
  // `Executive Board`, `Chief Justice Court`: the title word is part of an organisation's name.
  if (ORGANIZATION_HEADS.has(words[run.last]?.key ?? '')) return run;
  // Joining words left at the front (`Minister of Education`) do not open a name.
  while (first <= run.last && isJoiner(words[first])) first += 1;
  if (first > run.last) return null;
  return { ...run, first, afterTitle: true };
}

/** Words that open a compound title: a portfolio (`Health`, `Home`) or a rank (`Shadow`). */
function isTitlePart(key: string): boolean {
  return PORTFOLIO_WORDS.has(key) || TITLE_RANKS.has(key);
}

const TITLE_RANKS = new Set(['cabinet', 'shadow', 'deputy', 'junior', 'assistant', 'acting']);
