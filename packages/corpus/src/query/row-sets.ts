/**
 * The rows a query of words matches, found without FTS5 when common words are involved. A common
 * word's sentences are stored as a bitmap (see BITMAP_DIVISOR), which is read and intersected a
 * 32-bit word at a time; FTS5 lists such a word's hundreds of thousands of rows at tens of
 * nanoseconds each, longer than the rest of the search together (issue 3). Other terms come as
 * sorted rowids (from FTS5, which lists rare words quickly).
 */

/** Rows as a bitmap (bit r of word r >> 5 is row r) or as sorted rowids. */
export type RowSet =
  | { bits: Uint32Array; rows?: undefined }
  | { rows: Uint32Array; bits?: undefined };

/** Rows from first to last, inclusive; [0, 2^32 - 1] when there is no range. */
type Bounds = [number, number];

function popcount(value: number): number {
  let x = value - ((value >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** The first index of a sorted list whose value is at least `value`. */
function lowerBound(rows: Uint32Array, value: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((rows[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The part of a sorted list within the bounds. */
function within(rows: Uint32Array, [first, last]: Bounds): Uint32Array {
  return rows.subarray(lowerBound(rows, first), lowerBound(rows, last + 1));
}

/** The rows of a bitmap within the range (all of them without one), ascending. */
export function bitmapRows(bits: Uint32Array, range: [number, number] | null): Uint32Array {
  const [first, last]: Bounds = range ?? [0, 0xffffffff];
  const from = Math.floor(first / 32);
  const to = Math.min(bits.length - 1, Math.floor(last / 32));
  let count = 0;
  for (let w = from; w <= to; w++) count += popcount(bits[w] ?? 0);
  const rows = new Uint32Array(count);
  let k = 0;
  for (let w = from; w <= to; w++) {
    let word = (bits[w] ?? 0) | 0;
    while (word !== 0) {
      const lowest = word & -word;
      rows[k++] = w * 32 + 31 - Math.clz32(lowest);
      word ^= lowest;
    }
  }
  // The first and last words may hold rows outside the range.
  return within(rows, [first, last]);
}

/**
 * The rows in every included set and in no excluded one, within the range, ascending. The
 * smallest list of rows is walked and the others are checked against it; with only bitmaps, they
 * are combined word by word first.
 */
export function intersectRows(
  included: readonly RowSet[],
  excluded: readonly RowSet[],
  range: [number, number] | null,
): Uint32Array {
  const bounds: Bounds = range ?? [0, 0xffffffff];
  const lists = included
    .flatMap((set) => (set.rows ? [within(set.rows, bounds)] : []))
    .sort((a, b) => a.length - b.length);
  const includedBits = included.flatMap((set) => (set.bits ? [set.bits] : []));
  const excludedBits = excluded.flatMap((set) => (set.bits ? [set.bits] : []));
  const excludedLists = excluded.flatMap((set) => (set.rows ? [within(set.rows, bounds)] : []));

  let candidates: Uint32Array;
  let checkedLists: Uint32Array[];
  let checkedBits: Uint32Array[];
  let forbiddenBits: Uint32Array[];
  if (lists.length > 0) {
    candidates = lists[0] ?? new Uint32Array(0);
    checkedLists = lists.slice(1);
    checkedBits = includedBits;
    forbiddenBits = excludedBits;
  } else {
    const first = includedBits[0];
    if (!first) return new Uint32Array(0);
    const combined = Uint32Array.from(first);
    for (const bits of includedBits.slice(1)) {
      for (let w = 0; w < combined.length; w++) combined[w] = (combined[w] ?? 0) & (bits[w] ?? 0);
    }
    for (const bits of excludedBits) {
      for (let w = 0; w < combined.length; w++) combined[w] = (combined[w] ?? 0) & ~(bits[w] ?? 0);
    }
    candidates = bitmapRows(combined, range);
    checkedLists = [];
    checkedBits = [];
    forbiddenBits = [];
  }
  if (
    checkedLists.length === 0 &&
    checkedBits.length === 0 &&
    forbiddenBits.length === 0 &&
    excludedLists.length === 0
  ) {
    return candidates;
  }

  const has = (bits: Uint32Array, row: number) => ((bits[row >>> 5] ?? 0) >>> (row & 31)) & 1;
  const listCursors = new Uint32Array(checkedLists.length);
  const excludedCursors = new Uint32Array(excludedLists.length);
  const rows = new Uint32Array(candidates.length);
  let k = 0;
  next: for (let i = 0; i < candidates.length; i++) {
    const row = candidates[i] ?? 0;
    for (let l = 0; l < checkedLists.length; l++) {
      const list = checkedLists[l] as Uint32Array;
      let c = listCursors[l] ?? 0;
      while (c < list.length && (list[c] ?? 0) < row) c++;
      listCursors[l] = c;
      if (list[c] !== row) continue next;
    }
    for (const bits of checkedBits) if (has(bits, row) === 0) continue next;
    for (const bits of forbiddenBits) if (has(bits, row) === 1) continue next;
    for (let l = 0; l < excludedLists.length; l++) {
      const list = excludedLists[l] as Uint32Array;
      let c = excludedCursors[l] ?? 0;
      while (c < list.length && (list[c] ?? 0) < row) c++;
      excludedCursors[l] = c;
      if (list[c] === row) continue next;
    }
    rows[k++] = row;
  }
  return rows.subarray(0, k);
}
