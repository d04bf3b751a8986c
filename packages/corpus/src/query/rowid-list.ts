/**
 * Rowids out of FTS5 in bulk. `group_concat(rowid)` is the cheapest way better-sqlite3 has to
 * bring hundreds of thousands of rowids into JavaScript (one value, no per-row call); cast to a
 * BLOB it arrives as bytes, with no conversion to a JavaScript string, and is read here in one
 * pass without making a string per rowid.
 */

/** An FTS5 query's rowids: `SELECT ${ROWIDS} FROM sentence_fts WHERE …`, read with sortedRowids. */
export const ROWIDS = 'CAST(group_concat(rowid) AS BLOB)';

/**
 * The rowids of a comma-separated list of decimal integers (as bytes or a string; empty for
 * anything else), ascending: FTS5 lists rows in rowid order, and they are sorted if they are not.
 */
export function sortedRowids(list: unknown): Uint32Array {
  const bytes = typeof list === 'string' ? Buffer.from(list, 'latin1') : list;
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) return new Uint32Array(0);
  const n = bytes.length;
  // At most one rowid per two bytes. The loop is kept to integer arithmetic and no bounds checks
  // of its own: it reads several megabytes for a common word.
  const rowids = new Uint32Array((n >> 1) + 1);
  let k = 0;
  let rowid = 0;
  for (let i = 0; i < n; i++) {
    const code = (bytes[i] ?? 0) | 0;
    if (code === 44) {
      rowids[k++] = rowid;
      rowid = 0;
    } else rowid = (rowid * 10 + code - 48) | 0;
  }
  rowids[k++] = rowid;
  const result = rowids.subarray(0, k);
  for (let i = 1; i < k; i++) if ((result[i - 1] ?? 0) > (result[i] ?? 0)) return result.sort();
  return result;
}

/**
 * A rowid range as the parameters of `rowid BETWEEN ? AND ?` (none without a range). FTS5 narrows
 * its pass to a rowid range only when the bounds are INTEGER values, and better-sqlite3 binds a
 * JavaScript number as a REAL: FTS5 would then list every match and leave SQLite to drop those
 * outside the range (a whole pass for a one-document search). BigInts bind as INTEGER.
 */
export function rangeParameters(range: readonly [number, number] | null): bigint[] {
  return range ? [BigInt(range[0]), BigInt(range[1])] : [];
}
