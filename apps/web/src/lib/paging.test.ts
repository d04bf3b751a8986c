import { describe, expect, it } from 'vitest';
import {
  byDocument,
  firstPages,
  firstPagesOfCounts,
  laterPages,
  pageCount,
  pageOf,
  parsePage,
} from './paging';

describe('paging', () => {
  it('splits long lists into pages, page 1 being the list itself', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(1001, 500)).toBe(3);
    expect(laterPages(1001, 500)).toEqual([{ page: '2' }, { page: '3' }]);
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
  });

  it('accepts only the later pages that exist', () => {
    expect(parsePage('2', 1001, 500)).toBe(2);
    for (const bad of ['1', '4', '02', '2.0', '-2', 'two', '']) {
      expect(parsePage(bad, 1001, 500)).toBeNull();
    }
  });

  it('groups rows by document and finds where each document begins', () => {
    const rows = ['a', 'a', 'b', 'c', 'c'].map((documentId) => ({ documentId }));
    expect(byDocument(rows).map(([id, group]) => [id, group.length])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 2],
    ]);
    expect(firstPages(rows, 2)).toEqual(
      new Map([
        ['a', 1],
        ['b', 2],
        ['c', 2],
      ]),
    );
  });

  it('finds the same first pages from per-document counts as from the rows', () => {
    const counts: [string, number][] = [
      ['a', 3],
      ['empty', 0],
      ['b', 1],
      ['c', 4],
      ['d', 0],
      ['e', 2],
    ];
    const rows = counts.flatMap(([documentId, n]) =>
      Array.from({ length: n }, () => ({ documentId })),
    );
    for (const size of [1, 2, 3, 4, 500]) {
      expect(firstPagesOfCounts(counts, size), `size ${size}`).toEqual(firstPages(rows, size));
    }
    expect(firstPagesOfCounts(counts, 4).get('e')).toBe(3);
  });
});
