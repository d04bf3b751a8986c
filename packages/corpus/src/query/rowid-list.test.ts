import { describe, expect, it } from 'vitest';
import { rangeParameters, sortedRowids } from './rowid-list.js';

describe('sortedRowids', () => {
  it('reads a list of rowids from bytes or a string, ascending', () => {
    expect([...sortedRowids(Buffer.from('1,22,333,4444444'))]).toEqual([1, 22, 333, 4444444]);
    expect([...sortedRowids('7')]).toEqual([7]);
    expect([...sortedRowids('5,3,9,1')]).toEqual([1, 3, 5, 9]);
  });

  it('reads nothing from an empty list or from what is not one', () => {
    for (const value of [null, undefined, '', Buffer.alloc(0), 42]) {
      expect(sortedRowids(value)).toHaveLength(0);
    }
  });

  it('has room for the longest list of one-digit rowids', () => {
    const digits = Array.from({ length: 1001 }, (_, i) => i % 10);
    expect([...sortedRowids(digits.join(','))]).toEqual([...digits].sort((a, b) => a - b));
  });
});

describe('rangeParameters', () => {
  it('binds a range as INTEGER values (BigInts), which FTS5 needs to narrow its pass', () => {
    expect(rangeParameters([3, 9])).toEqual([3n, 9n]);
    expect(rangeParameters(null)).toEqual([]);
  });
});
