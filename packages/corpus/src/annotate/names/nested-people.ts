/**
 * People named inside longer names: `Andy Warhol` in `Andy Warhol Foundation for the Visual Arts`,
 * `Chiang Kai-shek` in `Chiang Kai-shek Memorial Hall`. GUM and nested NER count them, and a reader
 * looking for a person wants what is named after them too. Only a name this text itself takes for
 * a person elsewhere is taken (`Warhol` said, `Andy Warhol` exhibited), never the whole name again.
 */
import { innerRuns } from './inner-names.js';
import type { Run } from './run-words.js';
import type { Word } from './words.js';

/** Longest person's name looked for inside another name, in words (`Martin Luther King Jr`). */
const LONGEST = 4;

/** The people's names inside a run, left to right, longest first where several start together. */
export function nestedPersonRuns(
  run: Run,
  words: readonly Word[],
  isPerson: (key: string) => boolean,
): Run[] {
  return innerRuns(run, words, isPerson, LONGEST);
}
