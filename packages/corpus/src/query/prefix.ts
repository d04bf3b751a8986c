/**
 * A one-word prefix term (gen*) through the vocabulary rather than through FTS5's bm25(). The
 * words of the index that start with the prefix are listed in term_hits; a common word's bitmap
 * or a plain FTS5 pass per word finds its rows, and a row's frequency of the prefix is the sum of those words' frequencies
 * in it (one each, unless the sentence's list of repeated tokens says more). FTS5 counts a prefix
 * the same way, as every token that starts with it. The passes read about as many rows as one
 * prefix pass, whereas asking FTS5 for bm25() on each row, the only other way to learn where a
 * prefix repeats, costs several times more (issue 3).
 */
import { wordFrequency } from './repeats.js';
import { bitmapRows } from './row-sets.js';
import { ROWIDS, sortedRowids } from './rowid-list.js';
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

/** Two sorted lists of rows with frequencies as one, adding the frequencies of common rows. */
function merge(a: PrefixMatches, b: PrefixMatches): PrefixMatches {
  const rows = new Uint32Array(a.rows.length + b.rows.length);
  const frequency = new Uint32Array(rows.length);
  const n = a.rows.length;
  const m = b.rows.length;
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < n && j < m) {
    const x = a.rows[i] ?? 0;
    const y = b.rows[j] ?? 0;
    rows[k] = Math.min(x, y);
    frequency[k++] =
      x < y
        ? (a.frequency[i++] ?? 0)
        : x > y
          ? (b.frequency[j++] ?? 0)
          : (a.frequency[i++] ?? 0) + (b.frequency[j++] ?? 0);
  }
  for (; i < n; i++, k++) {
    rows[k] = a.rows[i] ?? 0;
    frequency[k] = a.frequency[i] ?? 0;
  }
  for (; j < m; j++, k++) {
    rows[k] = b.rows[j] ?? 0;
    frequency[k] = b.frequency[j] ?? 0;
  }
  return { rows: rows.subarray(0, k), frequency: frequency.subarray(0, k) };
}

/**
 * Where the words of a prefix occur (within `range` if given) and how often: each word's rows
 * (FTS5 gives them in rowid order) with its frequency in each, merged pairwise.
 */
export function prefixMatches(
  context: SearchContext,
  columns: SearchColumns,
  words: readonly string[],
  range: [number, number] | null,
): PrefixMatches {
  const statement = context
    .statement(
      `SELECT ${ROWIDS} FROM sentence_fts WHERE sentence_fts MATCH ?${range ? ' AND rowid BETWEEN ? AND ?' : ''}`,
    )
    .pluck();
  let lists: PrefixMatches[] = words.map((word) => {
    const bits = context.termBitmap(word);
    const rows = bits
      ? bitmapRows(bits, range)
      : sortedRowids(statement.get(`"${word.replace(/"/g, '""')}"`, ...(range ?? [])));
    const hash = tokenHash(word);
    const frequency = new Uint32Array(rows.length);
    for (let i = 0; i < rows.length; i++) frequency[i] = wordFrequency(columns, rows[i] ?? 0, hash);
    return { rows, frequency };
  });
  if (lists.length === 0) return { rows: new Uint32Array(0), frequency: new Uint32Array(0) };
  while (lists.length > 1) {
    const next: PrefixMatches[] = [];
    for (let i = 0; i < lists.length; i += 2) {
      const a = lists[i] as PrefixMatches;
      const b = lists[i + 1];
      next.push(b ? merge(a, b) : a);
    }
    lists = next;
  }
  return lists[0] as PrefixMatches;
}
