import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fit, textWidth, truncate, truncateStart, wrap, wrapRanges } from './text.js';

describe('textWidth', () => {
  it('counts terminal cells', () => {
    expect(textWidth('BGI Group')).toBe(9);
    expect(textWidth('“Belt and Road”')).toBe(15);
    expect(textWidth('深圳')).toBe(4);
    expect(textWidth('e\u0301')).toBe(1);
    expect(textWidth('🧬')).toBe(2);
  });
});

describe('truncate and fit', () => {
  it('cuts with an ellipsis only when needed', () => {
    expect(truncate('Shenzhen', 8)).toBe('Shenzhen');
    expect(truncate('Shenzhen', 5)).toBe('Shen…');
    expect(truncateStart('Shenzhen', 5)).toBe('…zhen');
    expect(truncate('深圳市', 4)).toBe('深…');
  });

  it('pads to an exact width, left or right', () => {
    expect(fit('ab', 4)).toBe('ab  ');
    expect(fit('ab', 4, 'right')).toBe('  ab');
    expect(fit('abcdef', 4)).toBe('abc…');
  });
});

describe('wrap', () => {
  it('breaks at spaces and drops them at the break', () => {
    expect(wrap('BGI Group has accelerated efforts', 12)).toEqual([
      'BGI Group',
      'has',
      'accelerated',
      'efforts',
    ]);
  });

  it('breaks a word longer than the line', () => {
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('honours newlines', () => {
    expect(wrap('one\ntwo', 10)).toEqual(['one', 'two']);
  });

  it('never exceeds the width and never loses a non-space character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (text, width) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is about control characters
        const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
        const lines = wrapRanges(clean, width);
        for (const [start, end] of lines) {
          const line = clean.slice(start, end);
          // A single wide character may not fit a one-cell line; it gets a line of its own.
          if (Array.from(line).length > 1) expect(textWidth(line)).toBeLessThanOrEqual(width);
        }
        const kept = lines.map(([start, end]) => clean.slice(start, end)).join('');
        expect(kept.replace(/\s/g, '')).toBe(clean.replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});
