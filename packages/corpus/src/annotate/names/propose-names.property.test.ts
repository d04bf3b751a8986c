import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeNames } from './index.js';

// Text built from pieces that exercise names, joining words, punctuation, quotes, line breaks,
// emoji, surrogate halves and control characters.
const piece = fc.constantFrom(
  'Qaiser Nawab',
  'Bank of China',
  'the',
  'of',
  'and',
  'BGI',
  '(BRISD)',
  'Mr.',
  'President',
  'Shenzhen',
  ', ',
  '. ',
  '“',
  '”',
  '"',
  "'s",
  '\n',
  '\n\n',
  '\t',
  '😀',
  '\uD83D',
  '\u0000',
  '\u200B',
  '-',
  '42',
  'İstanbul',
  'ÅNGSTRÖM',
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 60 })
    .map((parts) => parts.join(' ')),
  fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
);

describe('proposeNames properties', () => {
  it('never throws, and returns valid, sorted, trimmed spans that nest but never cross', () => {
    fc.assert(
      fc.property(text, (input) => {
        const candidates = proposeNames(input);
        let previousStart = 0;
        let outerEnd = 0;
        for (const { span, type, confidence } of candidates) {
          expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
          expect(span.start).toBeGreaterThanOrEqual(previousStart);
          if (span.start < outerEnd) {
            // Inside the name before it: only a place or a person named within a longer name.
            expect(span.end).toBeLessThanOrEqual(outerEnd);
            expect(['place', 'person']).toContain(type);
          } else outerEnd = span.end;
          previousStart = span.start;
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(input.length);
          const slice = input.slice(span.start, span.end);
          expect(slice).toBe(slice.trim());
          expect(['person', 'organization', 'place']).toContain(type);
          expect(confidence).toBeGreaterThan(0);
          expect(confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(proposeNames(input)).toEqual(proposeNames(input));
      }),
      { numRuns: 100 },
    );
  });

  it('copes with a large text', () => {
    const paragraph =
      'Qaiser Nawab, Chairman of the Belt and Road Initiative for Sustainable Development ' +
      '(BRISD), visited Shenzhen. 😀 Nawab met officials of the Bank of China.\n\n';
    const large = paragraph.repeat(2_000);
    const candidates = proposeNames(large);
    expect(candidates.length).toBeGreaterThan(2_000);
    // The last name, then the place named inside it.
    expect(candidates.slice(-2).map(({ span }) => large.slice(span.start, span.end))).toEqual([
      'Bank of China',
      'China',
    ]);
  });
});
