/**
 * How often a word or phrase occurs in a sentence, from the per-sentence list of repeated tokens
 * (see SearchColumns): once, unless that list names each of its words.
 */
import type { SearchColumns } from './search.js';

/** The entry of a token among a sentence's repeated tokens, or -1 if it occurs at most once. */
export function repeatEntry(
  columns: SearchColumns,
  from: number,
  to: number,
  hash: [number, number],
): number {
  const { repeatA, repeatB } = columns;
  for (let e = from; e < to; e++) {
    if (repeatA[e] === hash[0] && repeatB[e] === hash[1]) return e;
  }
  return -1;
}

/**
 * How often a phrase of several words occurs in a sentence that contains it: more than once only
 * if each of its words repeats, and then the words' positions say where it does.
 */
export function phraseFrequency(
  columns: SearchColumns,
  from: number,
  to: number,
  hashes: readonly [number, number][],
): number {
  if (from === to) return 1;
  // Most sentences repeat a phrase's words rarely: check them all before allocating anything.
  // Called once per matching sentence (hundreds of thousands for a phrase of common words), so
  // the loops below make no closures and no arrays but the one for the words' entries.
  const n = hashes.length;
  for (let w = 0; w < n; w++) {
    if (repeatEntry(columns, from, to, hashes[w] as [number, number]) < 0) return 1;
  }
  const entries = new Int32Array(n);
  for (let w = 0; w < n; w++)
    entries[w] = repeatEntry(columns, from, to, hashes[w] as [number, number]);
  const { repeatPositionStart: starts, repeatPositions: positions } = columns;
  const first = entries[0] ?? 0;
  let frequency = 0;
  for (let i = starts[first] ?? 0; i < (starts[first + 1] ?? 0); i++) {
    const start = positions[i] ?? 0;
    let all = true;
    for (let w = 1; w < n && all; w++) {
      const entry = entries[w] ?? 0;
      const end = starts[entry + 1] ?? 0;
      let found = false;
      for (let j = starts[entry] ?? 0; j < end; j++) {
        if (positions[j] === start + w) {
          found = true;
          break;
        }
      }
      all = found;
    }
    if (all) frequency++;
  }
  return Math.max(1, frequency);
}
