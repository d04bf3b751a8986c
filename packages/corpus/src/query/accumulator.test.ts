import { describe, expect, it } from 'vitest';
import { Accumulator, type AccumulatorColumns } from './accumulator.js';

/** Columns of `rows` sentences spread over a few documents, dates and entity types. */
function columns(rows: number): AccumulatorColumns {
  const document = new Uint32Array(rows + 1);
  const types = new Uint8Array(rows + 1);
  const date = new Uint32Array(rows + 1);
  for (let r = 1; r <= rows; r++) {
    document[r] = Math.floor(r / 7) % 13;
    types[r] = (r * 37) % 128;
    date[r] = r % 5;
  }
  return {
    document,
    types,
    date,
    year: Int32Array.from([0, 2015, 2016, 2017, 2018]),
    documentCount: 13,
  };
}

function summary(accumulator: Accumulator) {
  return {
    total: accumulator.total,
    scores: accumulator.scores,
    rowids: accumulator.rowids,
    types: accumulator.entityTypeFacet(),
    years: accumulator.yearFacet(),
    documents: accumulator.topDocuments(5),
  };
}

describe('Accumulator', () => {
  it('counts and ranks rows given together as it does rows given one by one', () => {
    const data = columns(500);
    const rows = Uint32Array.from({ length: 300 }, (_, i) => 1 + ((i * 7) % 500)).sort();
    // Few distinct scores, so that many rows tie and the rowid order decides.
    const scores = Float64Array.from(rows, (row) => (row % 4) / 3);
    for (const accept of [null, (row: number) => row % 3 !== 0]) {
      for (const size of [0, 1, 10, 1000]) {
        const one = new Accumulator(data, accept, size);
        for (let i = 0; i < rows.length; i++) one.add(rows[i] ?? 0, scores[i] ?? 0);
        const all = new Accumulator(data, accept, size);
        all.addRows(rows, scores);
        expect(summary(all)).toEqual(summary(one));
        const unscored = new Accumulator(data, accept, size);
        unscored.addRows(rows, null);
        const zero = new Accumulator(data, accept, size);
        for (const row of rows) zero.add(row, 0);
        expect(summary(unscored)).toEqual(summary(zero));
      }
    }
  });
});
