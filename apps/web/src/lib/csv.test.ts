import { describe, expect, it } from 'vitest';
import { csvRow, csvTable } from './csv';

describe('csv', () => {
  it('quotes every field and doubles quotes', () => {
    expect(csvRow(['BGI Group', 'said “a, b”', 'He said "no"', 3, null])).toBe(
      '"BGI Group","said “a, b”","He said ""no""","3",',
    );
  });

  it('keeps line breaks inside quoted fields and ends lines with CRLF', () => {
    expect(csvTable(['a', 'b'], [['x\ny', 1]])).toBe('"a","b"\r\n"x\ny","1"\r\n');
  });
});
