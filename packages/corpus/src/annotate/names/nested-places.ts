/**
 * Places named inside longer names: `Texas` and `Arlington` in `University of Texas Arlington`,
 * `United States` in `United States Navy`, `Mexico` in `Mexico City`. Annotation schemes that nest
 * names (GUM, nested NER) count them, and a reader looking for a place wants the organisations
 * named after it too. Only names on the place lists are taken (a list, not a guess), never inside
 * a person's name (`Jack London`) or a listed place (`New York`), and never the whole name again.
 */

import { innerRuns } from './inner-names.js';
import { COMPASS_POINTS } from './name-cues.js';
import { keyOf, type Run } from './run-words.js';
import type { Word } from './words.js';

/** Words that make a region of the place they precede (`Southern Indiana`, `West Bengal`). */
const COMPASS: ReadonlySet<string> = new Set([
  ...COMPASS_POINTS,
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
]);

/** Longest place name looked for inside another name, in words (`Bosnia and Herzegovina`). */
const LONGEST = 4;

/** The place names inside a run, left to right, longest first where several start together. */
export function nestedPlaceRuns(
  run: Run,
  words: readonly Word[],
  isPlace: (key: string) => boolean,
): Run[] {
  // A listed place is one name, not a place inside a name: `Korea` in `North Korea`, `York` in
  // `New York`.
  if (isPlace(keyOf(words, run.first, run.last))) return [];
  // `Southern Indiana` in `University of Southern Indiana`: a compass word is part of the place.
  return innerRuns(run, words, isPlace, LONGEST, (first) =>
    COMPASS.has(words[first - 1]?.key ?? '') ? first - 1 : first,
  );
}
