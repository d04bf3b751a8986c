/**
 * Gathers the evidence for a candidate's type from what it says (its words) and where it stands
 * (the words around it). Each cue gives a type, a weight and a reason a reviewer can check; the
 * weights of all mentions of a name are summed before a type is chosen (`choose-types.ts`).
 */
import { DEMONYM_WORDS } from './demonyms.js';
import { FAMILY_NAMES_FIRST, GIVEN_NAMES } from './given-names.js';
import {
  EVENT_HEADS,
  ORGANIZATION_HEADS,
  ORGANIZATION_OPENERS,
  PERSON_FOLLOWERS,
  PERSON_NOUNS,
  PERSON_TITLES,
  PERSON_VERBS,
  PLACE_HEADS,
  PLACE_OPENERS,
  PLACE_PREPOSITIONS,
  STRONG_PERSON_TITLES,
} from './name-cues.js';
import { CONTAINER_PLACES, PLACE_NAMES } from './place-names.js';
import { keyOf, type Run } from './run-words.js';
import type { NameType } from './types.js';
import type { Word } from './words.js';

const ARTICLES = new Set(['a', 'an', 'the', 'former', 'then', 'now']);

export interface Evidence {
  type: NameType;
  weight: number;
  reason: string;
  /** Only tips the balance between other cues: on its own it does not make a name. */
  tieBreaker?: boolean;
  /** A fact about the name itself, counted once however often the name occurs. */
  once?: boolean;
}

function runWords(run: Run, words: readonly Word[]): Word[] {
  return words.slice(run.first, run.last + 1);
}

export function runKey(run: Run, words: readonly Word[]): string {
  return keyOf(words, run.first, run.last);
}

/** Whether a run's words say it is none of the three types: an event, a law, a nationality. */
export function isNotAName(run: Run, words: readonly Word[]): boolean {
  const last = words[run.last];
  if (last === undefined) return true;
  if (EVENT_HEADS.has(last.key)) return true;
  return run.first === run.last && DEMONYM_WORDS.has(last.key);
}

export function evidenceFromForm(
  run: Run,
  words: readonly Word[],
  gazetteer: ReadonlyMap<string, NameType>,
  /** How often the run's text occurs as a candidate, and how often after `the`. */
  occurrences: { all: number; afterThe: number },
  /** The run's key, when the caller has it already. */
  key = runKey(run, words),
): Evidence[] {
  const own = runWords(run, words);
  const evidence: Evidence[] = [];
  // The knowledge base may keep a full stop the key drops (`Washington D.C.`).
  // Keys differ from the lower-cased text only by a dropped full stop, so the second look-up is
  // only worth making for a name with one.
  const known =
    gazetteer.size === 0
      ? undefined
      : (gazetteer.get(key) ??
        (own.some((word) => word.text.endsWith('.'))
          ? gazetteer.get(own.map((word) => word.text.toLowerCase()).join(' '))
          : undefined));
  if (known !== undefined)
    evidence.push({ type: known, weight: 5, reason: 'in the knowledge base' });
  const first = own[0];
  const last = own[own.length - 1];
  if (first === undefined || last === undefined) return evidence;
  if (PLACE_NAMES.has(key)) evidence.push({ type: 'place', weight: 2, reason: 'a known place' });
  if (ORGANIZATION_HEADS.has(last.key)) {
    evidence.push({ type: 'organization', weight: 2, reason: `ends in "${last.text}"` });
  }
  // A phrase in quotes is a name only if it says so outright.
  if (run.quoted === true) return evidence;
  if (!ORGANIZATION_HEADS.has(last.key) && own.length > 1 && PLACE_HEADS.has(last.key)) {
    evidence.push({ type: 'place', weight: 1.5, reason: `ends in "${last.text}"` });
  }
  const joined = own.length > 2 && own.some((word) => !word.capitalised);
  const innerHead = own.find(
    (word, index) =>
      index < own.length - 1 &&
      (ORGANIZATION_HEADS.has(word.key) || ORGANIZATION_OPENERS.has(word.key)) &&
      !(own[index + 1]?.capitalised ?? true),
  );
  if (innerHead !== undefined && !ORGANIZATION_HEADS.has(last.key)) {
    evidence.push({ type: 'organization', weight: 1.5, reason: `"${innerHead.text}" of/for …` });
  }
  if (ORGANIZATION_OPENERS.has(first.key) && (joined || own.length === 1)) {
    evidence.push({ type: 'organization', weight: 1.8, reason: `opens with "${first.text}"` });
  } else if (own.length > 1 && PLACE_OPENERS.has(first.key)) {
    evidence.push({ type: 'place', weight: 1.5, reason: `opens with "${first.text}"` });
  }
  if (own.length === 1 && known === undefined && !PLACE_NAMES.has(key)) {
    if (first.allCaps && /^[\p{Lu}.&]{2,6}$/u.test(first.text) && first.text.length <= 5) {
      evidence.push({ type: 'organization', weight: 0.8, reason: 'an acronym' });
    } else if (!first.allCaps && GIVEN_NAMES.has(first.key)) {
      evidence.push({ type: 'person', weight: 0.6, reason: `"${first.text}" is a given name` });
    } else if (
      !first.allCaps &&
      (!first.sentenceInitial || first.pos === 'PROPN') &&
      !looksPlural(first.text)
    ) {
      // News introduces people by their full name; a single word never given in full more often
      // names an organisation (`Microsoft said`). A full name elsewhere outweighs this. At the
      // start of a sentence the capital proves nothing, and plurals (`Polaroids`) are rarely names.
      evidence.push({
        type: 'organization',
        weight: 0.6,
        reason: 'a single word',
        // One mention is too little to go on, and `the Internet`, `the Hajj` are mostly not
        // organisations.
        tieBreaker: occurrences.all < 2 || occurrences.afterThe * 2 >= occurrences.all,
      });
    }
  }
  if (own.length === 1) return evidence;
  const second = own[1];
  if (own.length <= 4 && own.every((word) => word.capitalised && !word.allCaps)) {
    if (GIVEN_NAMES.has(first.key)) {
      evidence.push({ type: 'person', weight: 1.2, reason: `"${first.text}" is a given name` });
    } else if (
      FAMILY_NAMES_FIRST.has(first.key) &&
      own.length <= 3 &&
      second !== undefined &&
      own.every((word, index) => index === 0 || !PLACE_NAMES.has(word.key))
    ) {
      evidence.push({ type: 'person', weight: 1.1, reason: `"${first.text}" is a family name` });
    }
  }
  return evidence;
}

export function evidenceFromContext(run: Run, words: readonly Word[]): Evidence[] {
  const evidence: Evidence[] = [];
  const single = run.first === run.last;
  const before = words[run.first - 1];
  const after = words[run.last + 1];
  const afterTwo = words[run.last + 2];
  if (run.afterTitle) {
    evidence.push({ type: 'person', weight: 1.5, reason: 'follows a title' });
  } else if (before !== undefined && STRONG_PERSON_TITLES.has(before.key)) {
    evidence.push({ type: 'person', weight: 1.5, reason: `follows "${before.text}"` });
  }
  if (run.titleOf) {
    evidence.push({ type: 'organization', weight: 0.6, reason: 'what a title is "of"' });
    return evidence;
  }
  if (after !== undefined && PERSON_VERBS.has(after.key) && !after.capitalised) {
    evidence.push({
      type: 'person',
      weight: single ? 0.25 : 0.8,
      reason: `subject of "${after.text}"`,
    });
  }
  if (before !== undefined && !before.capitalised && PERSON_NOUNS.has(before.key)) {
    evidence.push({ type: 'person', weight: 1.2, reason: `after "${before.text}"` });
  }
  if (before?.key === 'to' && words[run.first - 2]?.key === 'according') {
    evidence.push({ type: 'organization', weight: 0.5, reason: 'after "according to"' });
  }
  if (before !== undefined && (before.key === 'said' || before.key === 'says')) {
    evidence.push({
      type: 'person',
      weight: single ? 0.25 : 0.8,
      reason: `after "${before.text}"`,
    });
  }
  if (after?.text === ',') {
    if (afterTwo !== undefined && PERSON_FOLLOWERS.has(afterTwo.key)) {
      evidence.push({
        type: 'person',
        weight: single ? 0.4 : 0.8,
        reason: `followed by ", ${afterTwo.text}"`,
      });
    } else if (isAgeAt(words, run.last + 2)) {
      evidence.push({ type: 'person', weight: 1, reason: 'followed by an age' });
    } else if (titleInApposition(words, run.last + 2)) {
      evidence.push({ type: 'person', weight: 1, reason: 'followed by a role in apposition' });
    } else if (afterTwo !== undefined && CONTAINER_PLACES.has(afterTwo.key)) {
      evidence.push({ type: 'place', weight: 1, reason: `followed by ", ${afterTwo.text}"` });
    }
  }
  if (before !== undefined && PLACE_PREPOSITIONS.has(before.key) && !before.capitalised) {
    // Weak: `in` precedes organisations, events and works as often as places.
    evidence.push({
      type: 'place',
      weight: 0.4,
      reason: `after "${before.text}"`,
      tieBreaker: true,
    });
  }
  return evidence;
}

function looksPlural(text: string): boolean {
  return /[a-rt-z]s$/.test(text) && !/(?:us|is|ss)$/.test(text);
}

function isAgeAt(words: readonly Word[], index: number): boolean {
  const age = words[index];
  const comma = words[index + 1];
  return age !== undefined && /^\d{1,3}$/.test(age.text) && comma?.text === ',';
}

/** `X, Chairman of Y`, `X, an Australian woman`: a title or person noun in the next few words. */
function titleInApposition(words: readonly Word[], from: number): boolean {
  const opener = words[from];
  // `X, including musician Y` lists; an apposition opens with an article, a name or the role.
  if (opener === undefined) return false;
  if (!opener.capitalised && !ARTICLES.has(opener.key) && !PERSON_NOUNS.has(opener.key)) {
    if (!PERSON_TITLES.has(opener.key)) return false;
  }
  for (let index = from; index < from + 5 && index < words.length; index += 1) {
    const word = words[index];
    if (word === undefined || word.text === ',' || word.text === '.' || word.text === ';') {
      return false;
    }
    if (PERSON_TITLES.has(word.key) || PERSON_NOUNS.has(word.key)) return true;
  }
  return false;
}
