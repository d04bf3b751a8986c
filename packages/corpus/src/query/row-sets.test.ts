import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitmapRows, intersectRows, type RowSet } from './row-sets.js';

function bitmap(rows: readonly number[], size: number): Uint32Array {
  const bits = new Uint32Array((size >>> 5) + 1);
  for (const row of rows) bits[row >>> 5] = (bits[row >>> 5] ?? 0) | (1 << (row & 31));
  return bits;
}

describe('row sets', () => {
  it('lists the rows of a bitmap, within a range', () => {
    const bits = bitmap([0, 31, 32, 63, 64, 200], 200);
    expect([...bitmapRows(bits, null)]).toEqual([0, 31, 32, 63, 64, 200]);
    expect([...bitmapRows(bits, [31, 64])]).toEqual([31, 32, 63, 64]);
    expect([...bitmapRows(bits, [1, 30])]).toEqual([]);
    expect([...bitmapRows(bits, [100, 10_000])]).toEqual([200]);
  });

  it('intersects bitmaps and lists, less exclusions, as sets do (property)', () => {
    const size = 300;
    const rows = fc.uniqueArray(fc.integer({ min: 0, max: size }), { maxLength: 120 });
    const set = fc.tuple(rows, fc.boolean());
    fc.assert(
      fc.property(
        fc.array(set, { minLength: 1, maxLength: 4 }),
        fc.array(set, { maxLength: 3 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: size }), fc.integer({ min: 0, max: size }))),
        (included, excluded, range) => {
          const as = ([list, asBits]: [number[], boolean]): RowSet => {
            const sorted = Uint32Array.from(list).sort();
            return asBits ? { bits: bitmap(list, size) } : { rows: sorted };
          };
          const bounds: [number, number] | null = range
            ? [Math.min(...range), Math.max(...range)]
            : null;
          const expected = Array.from({ length: size + 1 }, (_, row) => row).filter(
            (row) =>
              included.every(([list]) => list.includes(row)) &&
              !excluded.some(([list]) => list.includes(row)) &&
              (!bounds || (row >= bounds[0] && row <= bounds[1])),
          );
          expect([...intersectRows(included.map(as), excluded.map(as), bounds)]).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
