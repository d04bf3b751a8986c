/** What candidate runs are, and small questions about the words in them. */
import { EVENT_HEADS, NAME_JOINERS, ORGANIZATION_HEADS, PLACE_HEADS } from './name-cues.js';
import type { Word } from './words.js';

/** A run of words `first..last` (inclusive indices into the word list). */
export interface Run {
  first: number;
  last: number;
  /** A title was removed from the front of this run (`President Donald Trump`). */
  afterTitle: boolean;
  /** The run follows a title and `of` (`Head of South Asia Affairs`): what the title is over. */
  titleOf: boolean;
  /** The run is a whole phrase in quotes (`“Belt and Road”`): rather a title than a name. */
  quoted?: boolean;
}

export interface RunContext {
  words: readonly Word[];
  /** Lower-case keys that appear in the text written in lower case, mid-sentence. */
  lowerCaseKeys: ReadonlySet<string>;
  /** Lower-case names known to be names (gazetteer and place list). */
  isKnownName: (key: string) => boolean;
}

/** A lower-case joining word inside a name: `of`, `and`, `de`, `’s`, … */
export function isJoiner(word: Word | undefined): boolean {
  return word !== undefined && !word.capitalised && NAME_JOINERS.has(word.key);
}

/**
 * Whether `first..last` ends in a head word (`Institute`, `Stadium`, `Forum`) or opens with an
 * acronym.
 */
export function hasHead(words: readonly Word[], first: number, last: number): boolean {
  const final = words[last]?.key ?? '';
  return (
    ORGANIZATION_HEADS.has(final) ||
    PLACE_HEADS.has(final) ||
    EVENT_HEADS.has(final) ||
    words[first]?.allCaps === true
  );
}

/** The lower-case key of words `first..last`, as the name lists spell them. */
export function keyOf(words: readonly Word[], first: number, last: number): string {
  if (last < first) return '';
  // Most keys are one or two words: concatenation beats building an array to join.
  let key = words[first]?.key ?? '';
  for (let index = first + 1; index <= last; index += 1) key += ` ${words[index]?.key ?? ''}`;
  return key;
}
