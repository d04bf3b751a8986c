/**
 * Collects the matches of a search: how many, facet counts over all of them, and the best page.
 * It sees every matching sentence (hundreds of thousands for a common word), so each one costs a
 * few array increments: the entity types are counted per combination (a 7-bit mask) and the years
 * per date code, and both are expanded once at the end.
 */
import type { FacetCount } from '@genebelt/model';
import { ENTITY_TYPE_LABELS, ENTITY_TYPES } from './types.js';

/** What the accumulator reads per sentence rowid (see SearchColumns). */
export interface AccumulatorColumns {
  document: Uint32Array;
  types: Uint8Array;
  date: Uint32Array;
  /** By date code: the year (0 for none). */
  year: Int32Array;
  documentCount: number;
}

/** Receives matching sentences with their scores. */
export interface MatchSink {
  add(rowid: number, score: number): void;
  /** add for each of `rows`, with the score at the same index (0 for all when null). */
  addRows(rows: Uint32Array, scores: Float64Array | null): void;
}

export class Accumulator implements MatchSink {
  total = 0;
  /** The best matches so far, best first: higher score, then lower rowid. */
  readonly scores: number[] = [];
  readonly rowids: number[] = [];
  private readonly maskCounts = new Uint32Array(256);
  private readonly documentCounts: Uint32Array;
  private readonly touched: number[] = [];
  private readonly dateCounts: Uint32Array;

  constructor(
    private readonly columns: AccumulatorColumns,
    private readonly accept: ((rowid: number) => boolean) | null,
    private readonly size: number,
  ) {
    this.documentCounts = new Uint32Array(columns.documentCount);
    this.dateCounts = new Uint32Array(columns.year.length);
  }

  add(rowid: number, score: number): void {
    const accept = this.accept;
    if (accept !== null && !accept(rowid)) return;
    this.total++;
    const columns = this.columns;
    const mask = columns.types[rowid] ?? 0;
    this.maskCounts[mask] = (this.maskCounts[mask] ?? 0) + 1;
    const ordinal = columns.document[rowid] ?? 0;
    const count = this.documentCounts[ordinal] ?? 0;
    if (count === 0) this.touched.push(ordinal);
    this.documentCounts[ordinal] = count + 1;
    const code = columns.date[rowid] ?? 0;
    this.dateCounts[code] = (this.dateCounts[code] ?? 0) + 1;

    const size = this.size;
    if (size === 0) return;
    const n = this.scores.length;
    if (n === size) {
      const worst = this.scores[n - 1] ?? 0;
      if (score < worst || (score === worst && rowid > (this.rowids[n - 1] ?? 0))) return;
    }
    this.insert(score, rowid);
  }

  /**
   * add() for many rows at once, with the same result: without a filter, the facet counts and the
   * best page each in a loop of its own. A broad query brings hundreds of thousands of rows, and
   * two tight loops cost less than a call per row that does both.
   */
  addRows(rows: Uint32Array, scores: Float64Array | null): void {
    if (this.accept !== null) {
      // With a filter, a row at a time: copying the rows it keeps cost more than the calls.
      for (let i = 0; i < rows.length; i++) this.add(rows[i] ?? 0, scores ? (scores[i] ?? 0) : 0);
      return;
    }
    const n = rows.length;
    this.total += n;
    const { types, document, date } = this.columns;
    const { maskCounts, documentCounts, dateCounts, touched } = this;
    for (let i = 0; i < n; i++) {
      const rowid = rows[i] ?? 0;
      const mask = types[rowid] ?? 0;
      maskCounts[mask] = (maskCounts[mask] ?? 0) + 1;
      const ordinal = document[rowid] ?? 0;
      const count = documentCounts[ordinal] ?? 0;
      if (count === 0) touched.push(ordinal);
      documentCounts[ordinal] = count + 1;
      const code = date[rowid] ?? 0;
      dateCounts[code] = (dateCounts[code] ?? 0) + 1;
    }
    const size = this.size;
    if (size === 0) return;
    const best = this.scores;
    const bestRows = this.rowids;
    for (let i = 0; i < n; i++) {
      const score = scores ? (scores[i] ?? 0) : 0;
      const rowid = rows[i] ?? 0;
      const m = best.length;
      if (m === size) {
        const worst = best[m - 1] ?? 0;
        if (score < worst || (score === worst && rowid > (bestRows[m - 1] ?? 0))) continue;
      }
      this.insert(score, rowid);
    }
  }

  private insert(score: number, rowid: number): void {
    const { scores, rowids } = this;
    let low = 0;
    let high = scores.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const s = scores[middle] ?? 0;
      if (s > score || (s === score && (rowids[middle] ?? 0) < rowid)) low = middle + 1;
      else high = middle;
    }
    scores.splice(low, 0, score);
    rowids.splice(low, 0, rowid);
    if (scores.length > this.size) {
      scores.pop();
      rowids.pop();
    }
  }

  /** Sentences per entity type, most first. */
  entityTypeFacet(): FacetCount[] {
    const counts = new Array<number>(ENTITY_TYPES.length).fill(0);
    this.maskCounts.forEach((count, mask) => {
      if (count === 0) return;
      for (let bit = 0; bit < ENTITY_TYPES.length; bit++) {
        if (mask & (1 << bit)) counts[bit] = (counts[bit] ?? 0) + count;
      }
    });
    return ENTITY_TYPES.map((type, bit) => ({
      value: type as string,
      label: ENTITY_TYPE_LABELS[type],
      count: counts[bit] ?? 0,
    }))
      .filter((facet) => facet.count > 0)
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  }

  /** Sentences per year of their date, in year order. */
  yearFacet(): FacetCount[] {
    const byYear = new Map<number, number>();
    this.dateCounts.forEach((count, code) => {
      const year = this.columns.year[code] ?? 0;
      if (count > 0 && year !== 0) byYear.set(year, (byYear.get(year) ?? 0) + count);
    });
    return [...byYear]
      .sort((a, b) => a[0] - b[0])
      .map(([year, count]) => ({ value: String(year), label: String(year), count }));
  }

  /** The `limit` documents with most matches (ties by id order), as [ordinal, count]. */
  topDocuments(limit: number): [number, number][] {
    const best: [number, number][] = [];
    if (limit <= 0) return best;
    const counts = this.documentCounts;
    const better = (a: [number, number], b: [number, number]) =>
      a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
    for (const ordinal of this.touched) {
      const entry: [number, number] = [ordinal, counts[ordinal] ?? 0];
      const last = best[best.length - 1];
      if (best.length === limit && last && !better(entry, last)) continue;
      let i = best.length;
      while (i > 0 && better(entry, best[i - 1] as [number, number])) i--;
      best.splice(i, 0, entry);
      if (best.length > limit) best.pop();
    }
    return best;
  }
}
