/**
 * BM25 exactly as SQLite's FTS5 bm25() computes it (k1 = 1.2, b = 0.75, IDF clamped to 1e-6),
 * without paying FTS5's price for it. FTS5's bm25() reads each matching row's length from a
 * separate table: about a microsecond per match, 0.6 s for a word in 600,000 sentences. Here the
 * lengths are an in-memory column, and a phrase's frequency in a row is almost always 1; the rare
 * rows where some phrase occurs more often are found by FTS5 itself, cheaply.
 *
 * The index is built with columnsize = 0, so FTS5's own bm25() sees every row as length -1. For a
 * query of one phrase its value then depends on the phrase's frequency only, and exceeds the value
 * for frequency 1 exactly when the phrase occurs more than once: `bm25() < repeatThreshold` selects
 * those rows in C, and the frequency follows from the value. Single words do not even need that:
 * the index lists, per sentence, the tokens it repeats.
 */
export const K1 = 1.2;
export const B = 0.75;

/** FTS5's inverse document frequency of a phrase found in `hits` of `rows` rows. */
export function inverseDocumentFrequency(rows: number, hits: number): number {
  const idf = Math.log((rows - hits + 0.5) / (hits + 0.5));
  return idf <= 0 ? 1e-6 : idf;
}

export interface Bm25Plan {
  /** One IDF per positive phrase of the query, in order. */
  idf: number[];
  idfSum: number;
  averageLength: number;
  /** True when the lengths are too short for the length-free trick: rows must be tokenized. */
  degenerate: boolean;
  /** FTS5's length term for length -1: k1 * (1 - b + b * -1 / average). */
  lengthTermAtMinusOne: number;
}

/** Saturation of a frequency `f` with the length term `k` (k1 * (1 - b + b * D / avgdl)). */
function saturation(f: number, k: number): number {
  return (f * (K1 + 1)) / (f + k);
}

export function planBm25(hits: readonly number[], rows: number, tokens: number): Bm25Plan {
  const idf = hits.map((h) => inverseDocumentFrequency(rows, h));
  const idfSum = idf.reduce((sum, value) => sum + value, 0);
  const averageLength = rows > 0 ? tokens / rows : 1;
  const k = K1 * (1 - B - B / averageLength);
  // With k > 0 the length-free saturation grows with the frequency, so a frequency above 1 shows
  // as a larger score (see repeatThreshold); with k near 0 it would not.
  const degenerate = !(k > 0.01);
  return {
    idf,
    idfSum,
    averageLength,
    degenerate,
    lengthTermAtMinusOne: k,
  };
}

function lengthTerm(plan: Bm25Plan, length: number): number {
  return K1 * (1 - B + (B * length) / plan.averageLength);
}

/** The score of a row of `length` tokens in which every phrase occurs once. */
export function scoreOfSingles(plan: Bm25Plan, length: number): number {
  return plan.idfSum * saturation(1, lengthTerm(plan, length));
}

/** The score of a row of `length` tokens with these phrase frequencies. */
export function scoreOf(plan: Bm25Plan, frequencies: ArrayLike<number>, length: number): number {
  const k = lengthTerm(plan, length);
  const { idf } = plan;
  let score = 0;
  for (let i = 0; i < idf.length; i++) score += (idf[i] ?? 0) * saturation(frequencies[i] ?? 0, k);
  return score;
}

/**
 * The threshold below which FTS5's length-free bm25() for a query of one phrase (with this IDF)
 * means the phrase occurs more than once in the row; null if the lengths make that undecidable.
 */
export function repeatThreshold(plan: Bm25Plan, idf: number): number | null {
  if (plan.degenerate) return null;
  const k = plan.lengthTermAtMinusOne;
  return -idf * (saturation(1, k) + (saturation(2, k) - saturation(1, k)) / 2);
}

/** The length-free bm25() contribution of a phrase with this IDF occurring `f` times. */
export function lengthFreeContribution(plan: Bm25Plan, idf: number, f: number): number {
  return idf * saturation(f, plan.lengthTermAtMinusOne);
}

/**
 * The threshold below which FTS5's length-free bm25() for a whole query means its one phrase or
 * prefix term (with IDF `idf`) may occur more than once; `singles` are the IDFs of its other
 * (single-word) terms, which only lower the value further when they repeat.
 */
export function queryRepeatThreshold(
  plan: Bm25Plan,
  idfs: readonly number[],
  idf: number,
): number | null {
  if (plan.degenerate) return null;
  const k = plan.lengthTermAtMinusOne;
  const allOnes = idfs.reduce((sum, value) => sum + value * saturation(1, k), 0);
  return -(allOnes + (idf * (saturation(2, k) - saturation(1, k))) / 2);
}

/**
 * The frequency of a phrase in a row, from FTS5's bm25() value for a query of that phrase alone
 * (computed with length -1); null if it cannot be recovered and the row must be tokenized.
 */
export function frequencyFromBm25(plan: Bm25Plan, idf: number, bm25: number): number | null {
  if (plan.degenerate || !(idf > 0)) return null;
  const s = -bm25 / idf;
  const k = plan.lengthTermAtMinusOne;
  // s = f (k1 + 1) / (f + k)  =>  f = s k / (k1 + 1 - s)
  const denominator = K1 + 1 - s;
  if (!(denominator > 1e-9)) return null;
  const f = Math.round((s * k) / denominator);
  return f >= 1 ? f : null;
}
