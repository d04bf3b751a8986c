/**
 * A one-word prefix term (gen*) through the vocabulary rather than through FTS5's bm25(). A row's
 * frequency of a prefix is the number of its tokens that start with it (FTS5 counts a prefix so
 * too). Each word that starts with the prefix is counted once in each of its rows (from its
 * bitmap if it is common, see BITMAP_DIVISOR, else from a plain FTS5 pass), into one array of
 * counts by row, and marked in a bitmap of all the rows; then one look at each of those rows'
 * repeated tokens adds the words' other occurrences, and the rows come out of the bitmap in
 * order. Merging the words' lists and looking up each word's repeats row by row cost more than
 * the FTS5 passes (issue 3); asking FTS5 for bm25() on each row, the only other way to learn where
 * a prefix repeats, costs several times more.
 */
import { bitmapRows } from './row-sets.js';
import { ROWIDS, rangeParameters } from './rowid-list.js';
import type { SearchColumns, SearchContext } from './search.js';
import { tokenHash } from './tokenize.js';

/** Prefixes of more words than this are left to FTS5 (a pass per word would cost too much). */
export const MAX_PREFIX_WORDS = 64;

/** After every indexed word that starts with a prefix (U+10FFFF is not a token character). */
const LAST = '\u{10FFFF}';

/** The indexed words that start with `prefix`, or null when there are more than MAX_PREFIX_WORDS. */
export function prefixWords(context: SearchContext, prefix: string): string[] | null {
  const words = context
    .statement('SELECT term FROM term_hits WHERE term >= ? AND term < ? ORDER BY term LIMIT ?')
    .pluck()
    .all(prefix, prefix + LAST, MAX_PREFIX_WORDS + 1) as string[];
  return words.length > MAX_PREFIX_WORDS ? null : words;
}

export interface PrefixMatches {
  /** The rows with a word that starts with the prefix, ascending. */
  rows: Uint32Array;
  /** For each of those rows: how many of its tokens start with the prefix. */
  frequency: Uint32Array;
}

/** Where the words of a prefix occur (within `range` if given), and how often. */
export function prefixMatches(
  context: SearchContext,
  columns: SearchColumns,
  words: readonly string[],
  range: [number, number] | null,
): PrefixMatches {
  const counts = scratchCounts(columns);
  try {
    return countPrefix(context, columns, words, range, counts);
  } catch (error) {
    counts.fill(0);
    throw error;
  }
}

/**
 * One array of counts by row per index, kept between searches and left all zero after each:
 * allocating (and so zeroing) ten megabytes for every prefix search cost more than counting.
 */
const scratch = new WeakMap<SearchColumns, Uint32Array>();

function scratchCounts(columns: SearchColumns): Uint32Array {
  let counts = scratch.get(columns);
  if (!counts) {
    counts = new Uint32Array(columns.sentenceCount + 2);
    scratch.set(columns, counts);
  }
  return counts;
}

/** prefixMatches with an all-zero `counts`, which it leaves all zero. */
function countPrefix(
  context: SearchContext,
  columns: SearchColumns,
  words: readonly string[],
  range: [number, number] | null,
  counts: Uint32Array,
): PrefixMatches {
  const [first, last] = range ?? [1, columns.sentenceCount];
  const union = new Uint32Array((columns.sentenceCount >>> 5) + 1);
  const from = first >>> 5;
  const to = Math.min(union.length - 1, last >>> 5);
  const sql = `SELECT ${ROWIDS} FROM sentence_fts WHERE sentence_fts MATCH ?${range ? ' AND rowid BETWEEN ? AND ?' : ''}`;
  const statement = context.statement(sql).pluck();
  const hits = words.map((word) =>
    context.phraseHits({ kind: 'word', text: word, words: [word], negated: false }),
  );
  const count = (list: unknown) => {
    if (list instanceof Uint8Array) countRows(list, counts, union);
  };
  // The words without a bitmap each need an FTS5 pass: a helper thread, when there is one, takes
  // about half of their rows (see match-helper.ts).
  const listed = words.flatMap((word, i) => (context.hasTermBitmap(word) ? [] : [i]));
  const parameters = (word: string) => [`"${word.replace(/"/g, '""')}"`, ...rangeParameters(range)];
  const helper = context.helper(listed.reduce((sum, i) => sum + (hits[i] ?? 0), 0));
  const sent: [string, number][] = [];
  if (helper) {
    let balance = 0;
    for (const i of [...listed].sort((a, b) => (hits[b] ?? 0) - (hits[a] ?? 0))) {
      const word = words[i] ?? '';
      if (balance <= 0) {
        sent.push([word, helper.send(sql, parameters(word))]);
        balance += hits[i] ?? 0;
      } else {
        count(statement.get(...parameters(word)));
        balance -= hits[i] ?? 0;
      }
    }
  } else for (const i of listed) count(statement.get(...parameters(words[i] ?? '')));
  for (const word of words) {
    const bits = context.termBitmap(word);
    if (!bits) continue;
    // Rows of the bitmap outside the range are counted too, and dropped with the others below.
    const stop = Math.min(to, bits.length - 1);
    for (let w = from; w <= stop; w++) {
      let x = (bits[w] ?? 0) | 0;
      if (x === 0) continue;
      union[w] = (union[w] ?? 0) | x;
      const base = w * 32 + 31;
      while (x !== 0) {
        const lowest = x & -x;
        const row = base - Math.clz32(lowest);
        counts[row] = (counts[row] ?? 0) + 1;
        x ^= lowest;
      }
    }
  }
  for (const [word, id] of sent) {
    const answer = helper?.receive(id);
    count(answer ? answer.value : statement.get(...parameters(word)));
  }
  const matched = bitmapRows(union, range);
  addRepeats(columns, words, counts, matched);
  const frequency = new Uint32Array(matched.length);
  for (let i = 0; i < matched.length; i++) {
    const row = matched[i] ?? 0;
    frequency[i] = counts[row] ?? 0;
    counts[row] = 0;
  }
  // With a range, the bitmaps' words at its ends may have counted rows outside it.
  if (range) counts.fill(0, from * 32, Math.min(counts.length, (to + 1) * 32));
  return { rows: matched, frequency };
}

/**
 * Adds to `counts` the occurrences beyond the first of the given words in `rows`: one look at each
 * row's repeated tokens, for all the words at once. Looking a word up row by row, for each word,
 * cost several times more; so did walking every repeated token of the index.
 */
function addRepeats(
  columns: SearchColumns,
  words: readonly string[],
  counts: Uint32Array,
  rows: Uint32Array,
): void {
  const { repeatStart, repeatA, repeatB, repeatPositionStart } = columns;
  const hashes = words.map(tokenHash);
  // A cheap first test on the hash's low bits before comparing whole hashes.
  const seen = new Uint8Array(4096);
  for (const [a] of hashes) seen[a & 4095] = 1;
  const wantedA = Int32Array.from(hashes, ([a]) => a);
  const wantedB = Int32Array.from(hashes, ([, b]) => b);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? 0;
    const end = repeatStart[row + 1] ?? 0;
    for (let e = repeatStart[row] ?? 0; e < end; e++) {
      const a = repeatA[e] ?? 0;
      if (seen[a & 4095] === 0) continue;
      const b = repeatB[e] ?? 0;
      for (let k = 0; k < wantedA.length; k++) {
        if (wantedA[k] !== a || wantedB[k] !== b) continue;
        counts[row] =
          (counts[row] ?? 0) +
          (repeatPositionStart[e + 1] ?? 0) -
          (repeatPositionStart[e] ?? 0) -
          1;
        break;
      }
    }
  }
}

/** Counts each rowid of a comma-separated list (as bytes) once, and marks its row in `union`. */
function countRows(list: Uint8Array, counts: Uint32Array, union: Uint32Array): void {
  const n = list.length;
  if (n === 0) return;
  let row = 0;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? (list[i] ?? 0) | 0 : 44;
    if (code === 44) {
      counts[row] = (counts[row] ?? 0) + 1;
      union[row >>> 5] = (union[row >>> 5] ?? 0) | (1 << (row & 31));
      row = 0;
    } else row = (row * 10 + code - 48) | 0;
  }
}
