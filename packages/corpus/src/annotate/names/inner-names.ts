/**
 * Names inside a longer name (`Texas` in `University of Texas Arlington`, `Andy Warhol` in `Andy
 * Warhol Foundation`), found by a test of the inner name's key: nested-places.ts and
 * nested-people.ts say which names count.
 */
import { keyOf, type Run } from './run-words.js';
import type { Word } from './words.js';

/**
 * The runs inside `run` whose keys pass `isName`, left to right, the longest (up to `longest`
 * words) where several start together; never the whole run. `widen` may move an inner run's
 * start left over words that belong to it (`Southern` in `Southern Indiana`).
 */
export function innerRuns(
  run: Run,
  words: readonly Word[],
  isName: (key: string) => boolean,
  longest: number,
  widen: (first: number) => number = (first) => first,
): Run[] {
  const found: Run[] = [];
  for (let first = run.first; first <= run.last; first += 1) {
    if (!words[first]?.capitalised) continue;
    for (let last = Math.min(run.last, first + longest - 1); last >= first; last -= 1) {
      if (first === run.first && last === run.last) continue;
      if (!words[last]?.capitalised || !isName(keyOf(words, first, last))) continue;
      const from = first > run.first ? widen(first) : first;
      if (from === run.first && last === run.last) break;
      found.push({ first: from, last, afterTitle: false, titleOf: false });
      first = last;
      break;
    }
  }
  return found;
}
