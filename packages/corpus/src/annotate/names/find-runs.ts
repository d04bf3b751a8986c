/**
 * Finds candidate names: runs of capitalised words (mostly wink's proper nouns) on one line, then
 * decides at each joining word (`of`, `for`, `and`, `&`, `de`, …) whether the run is one name
 * (`Bank of China`, `Belt and Road Initiative`) or two (`Pakistan and China`, `Eunice Yung of New
 * People's Party`); `refine-runs.ts` then deals with titles.
 */

import { GIVEN_NAMES } from './given-names.js';
import {
  EVENT_HEADS,
  MONTHS,
  NOT_NAMES,
  NOT_NAMES_IN_CAPITALS,
  ORGANIZATION_HEADS,
  ORGANIZATION_OPENERS,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_OPENERS,
  WEEKDAYS,
} from './name-cues.js';
import { refineRun } from './refine-runs.js';
import { hasHead, isJoiner, keyOf, type Run, type RunContext } from './run-words.js';
import { isEnglishWord } from './tag-tokens.js';
import type { Word } from './words.js';

/** The most words a name may have (`Australian Centre for Control of Iodine Deficiency …`). */
const MAX_NAME_WORDS = 12;

/** The most words looked at together when deciding where names in a chain begin and end. */
const MAX_CHAIN_WORDS = 40;

// Words after which `of` continues a name: heads of organisations and places, and a few nouns
// that open names of countries and groups (`Republic of Korea`, `Friends of the Earth`).
const OF_OPENERS = new Set([
  ...ORGANIZATION_HEADS,
  ...EVENT_HEADS,
  ...ORGANIZATION_OPENERS,
  ...PLACE_HEADS,
  ...PLACE_OPENERS,
  'republic',
  'kingdom',
  'states',
  'emirates',
  'isle',
  'people',
  'friends',
]);

/**
 * A month after a given name and before no number is a family name (`Theresa May said`, `Brian
 * May`), not a date (`on May 4`).
 */
function isFamilyNameMonth(index: number, context: RunContext): boolean {
  const before = context.words[index - 1];
  const after = context.words[index + 1];
  return (
    before?.capitalised === true &&
    !before.allCaps &&
    GIVEN_NAMES.has(before.key) &&
    !/^\d/.test(after?.text ?? '')
  );
}

function isNameWord(index: number, context: RunContext): boolean {
  const word = context.words[index];
  if (word === undefined || !word.hasLetter) return false;
  if (!word.capitalised && !word.allCaps) return false;
  if (WEEKDAYS.has(word.key)) return false;
  if (MONTHS.has(word.key) && !isFamilyNameMonth(index, context)) return false;
  if (NOT_NAMES.has(word.key) && !word.allCaps) return false;
  if (NOT_NAMES_IN_CAPITALS.has(word.key)) return false;
  // Roman numerals (`XVII`, `II`) count things; they do not name them.
  if (word.allCaps && /^X{0,3}(?:IX|IV|V?I{0,3})$/.test(word.text)) return false;
  if (!word.sentenceInitial) return true;
  // A sentence opens with a capital whatever the word, so only proper nouns count there, and not
  // those the text also writes in lower case.
  if (word.pos !== 'PROPN' || context.lowerCaseKeys.has(word.key)) return false;
  // wink takes a capitalised plural for a proper noun (`Scientists said`, `Officials added`): a
  // plural of an English word is a common noun there.
  return !(
    word.key.endsWith('s') &&
    isEnglishWord(word.key) &&
    isEnglishWord(word.key.slice(0, -1))
  );
}

/** Every candidate run in the text, in order, not overlapping. */
export function findRuns(context: RunContext): Run[] {
  const { words } = context;
  const runs: Run[] = [];
  let index = 0;
  while (index < words.length) {
    if (!isNameWord(index, context) && !opensKnownName(index, context)) {
      index += 1;
      continue;
    }
    const segments = collectSegments(index, context);
    const lastSegment = segments[segments.length - 1];
    index = (lastSegment?.[1] ?? index) + 1;
    const quoted = quotedWhole(segments, words);
    for (const run of quoted === null ? joinSegments(segments, context) : [quoted]) {
      // A longer run is a title-case line or a list, not a name, and would only cost time.
      if (run.last - run.first + 1 > MAX_NAME_WORDS) continue;
      runs.push(...refineRun(run, context));
    }
  }
  return runs;
}

/**
 * A sentence's first word that wink did not take for a proper noun (`New` in `New Zealand's …`)
 * still opens a name the lists know.
 */
function opensKnownName(index: number, context: RunContext): boolean {
  const { words } = context;
  const first = words[index];
  if (first === undefined || !first.capitalised || !first.sentenceInitial) return false;
  for (let last = index; last <= index + 3 && last < words.length; last += 1) {
    if (last > index && (!words[last]?.capitalised || !continues(last - 1, last, words))) break;
    if (context.isKnownName(keyOf(words, index, last))) return true;
  }
  return false;
}

/** Maximal segments of name words from `start`, separated by joining words, on one line. */
function collectSegments(start: number, context: RunContext): [number, number][] {
  const { words } = context;
  const segments: [number, number][] = [];
  let first = start;
  let index = start;
  for (;;) {
    while (isNameWord(index + 1, context) && continues(index, index + 1, words)) index += 1;
    segments.push([first, index]);
    // Look past up to two joining words (`of the`) for the next segment.
    let next = index + 1;
    let joiners = 0;
    while (isJoiner(words[next]) && continues(next - 1, next, words) && joiners < 2) {
      next += 1;
      joiners += 1;
    }
    if (joiners === 0 || !isNameWord(next, context) || !continues(next - 1, next, words)) {
      return segments;
    }
    // Chains of titles and names (`Executive Vice President and Director of the Executive Board
    // of China Center for …`) run long, but past a point the next run had better start afresh.
    if (next - start >= MAX_CHAIN_WORDS) return segments;
    first = next;
    index = next;
  }
}

const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);

/** A phrase in quotes, `“Belt and Road”`, is one title or name however its words join. */
function quotedWhole(segments: readonly [number, number][], words: readonly Word[]): Run | null {
  const first = segments[0]?.[0];
  const last = segments[segments.length - 1]?.[1];
  if (segments.length < 2 || first === undefined || last === undefined) return null;
  if (!OPENING_QUOTES.has(words[first - 1]?.text ?? '')) return null;
  const after = words[last + 1]?.text ?? '';
  const close = after === '.' || after === ',' ? (words[last + 2]?.text ?? '') : after;
  if (!CLOSING_QUOTES.has(close)) return null;
  return { first, last, afterTitle: false, titleOf: false, quoted: true };
}

/** Whether `next` directly continues `previous` within a sentence on the same line. */
function continues(previous: number, next: number, words: readonly Word[]): boolean {
  const a = words[previous];
  const b = words[next];
  if (a === undefined || b === undefined) return false;
  return a.line === b.line && !b.sentenceInitial && !b.lineInitial;
}

/** Decides at each gap between segments whether the name goes on. */
function joinSegments(segments: readonly [number, number][], context: RunContext): Run[] {
  const { words } = context;
  const runs: Run[] = [];
  const [firstSegment, ...rest] = segments;
  if (firstSegment === undefined) return runs;
  let current: Run = {
    first: firstSegment[0],
    last: firstSegment[1],
    afterTitle: false,
    titleOf: false,
  };
  let currentSegmentStart = firstSegment[0];
  for (const [first, last] of rest) {
    if (shouldJoin(current, currentSegmentStart, first, last, context)) {
      current = { ...current, last };
    } else {
      const titleOf =
        words[current.last + 1]?.key === 'of' && PERSON_TITLES.has(words[current.last]?.key ?? '');
      runs.push(current);
      current = { first, last, afterTitle: false, titleOf };
    }
    currentSegmentStart = first;
  }
  runs.push(current);
  return runs;

  function shouldJoin(
    run: Run,
    segmentStart: number,
    nextFirst: number,
    nextLast: number,
    { isKnownName }: RunContext,
  ): boolean {
    if (isKnownName(keyOf(words, run.first, nextLast))) return true;
    const joiners: string[] = [];
    for (let index = run.last + 1; index < nextFirst; index += 1) {
      joiners.push(words[index]?.key ?? '');
    }
    const [joiner = '', second] = joiners;
    const leftLast = words[run.last]?.key ?? '';
    if (PERSON_TITLES.has(leftLast) && !ORGANIZATION_HEADS.has(leftLast)) return false;
    const rightHasHead = hasHead(words, nextFirst, nextLast);
    if (joiner === '&') return true;
    if (joiner === "'s" || joiner === '’s') {
      // `New People's Party`, `Korean People's Army`: a common word with a possessive inside an
      // organisation's name; `Mecca's Grand Mosque` is a name followed by another.
      const rightFinal = words[nextLast]?.key ?? '';
      return (
        second === undefined &&
        context.lowerCaseKeys.has(leftLast) &&
        ORGANIZATION_HEADS.has(rightFinal)
      );
    }
    if (joiner === 'and') {
      // `Belt and Road Initiative`: an incomplete left part completed by an organisation's head;
      // `Pakistan and China`, `X Department and the Y Police` are two names.
      if (second !== undefined) return false;
      // `Ministry of Health and BGI Group`: a name opened by an acronym, or a known one, is a name
      // of its own, not the end of the one before.
      if (words[nextFirst]?.allCaps === true || isKnownName(keyOf(words, nextFirst, nextLast))) {
        return false;
      }
      const leftHasHead = hasHead(words, segmentStart, run.last);
      const leftKnown = isKnownName(keyOf(words, segmentStart, run.last));
      const rightFinal = words[nextLast]?.key ?? '';
      const completes = ORGANIZATION_HEADS.has(rightFinal) || EVENT_HEADS.has(rightFinal);
      return !leftHasHead && !leftKnown && completes;
    }
    if (joiner === 'of' || joiner === 'for' || joiner === 'on') {
      if (second !== undefined && second !== 'the') return false;
      // `Council on Foreign Relations` goes on; `Keck Observatory on Mauna Kea` says where it is.
      if (
        joiner === 'on' &&
        !ORGANIZATION_HEADS.has(leftLast) &&
        !ORGANIZATION_OPENERS.has(leftLast)
      ) {
        return false;
      }
      // `Department of Exchange of CCIEE`, `Executive Board of China Center`: what follows is a
      // name of its own.
      const rightKnown = isKnownName(keyOf(words, nextFirst, nextLast));
      if (words[nextFirst]?.allCaps === true && !rightKnown) return false;
      if (rightHasHead && nextLast > nextFirst) return false;
      // `Joint Council for the Welfare of Immigrants`: once a name has gone on past its head, it
      // may go on again.
      return OF_OPENERS.has(leftLast) || containsOpener(run.first, segmentStart - 1);
    }
    // `Rio de Janeiro`, `Lula da Silva`: particles inside one name.
    return second === undefined && joiner !== 'the';
  }
  function containsOpener(first: number, last: number): boolean {
    for (let index = first; index <= last; index += 1) {
      if (OF_OPENERS.has(words[index]?.key ?? '') && isJoiner(words[index + 1])) return true;
    }
    return false;
  }
}
