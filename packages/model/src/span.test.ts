import { describe, expect, it } from 'vitest';
import { find, SEED_002_EXCERPT } from '../test/fixtures/seed-corpus.js';
import { Span, TextQuote } from './index.js';
import { sliceSpan, spanContains, textQuoteAt, textQuoteMismatch } from './text.js';

describe('Span', () => {
  it('accepts a half-open range and an empty one', () => {
    expect(Span.safeParse({ start: 3, end: 9 }).success).toBe(true);
    expect(Span.safeParse({ start: 4, end: 4 }).success).toBe(true);
  });

  it('rejects an end before the start, at the end', () => {
    const result = Span.safeParse({ start: 9, end: 3 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['end'],
      message: 'end must not be before start',
    });
  });

  it('rejects negative and fractional offsets', () => {
    expect(Span.safeParse({ start: -1, end: 3 }).success).toBe(false);
    expect(Span.safeParse({ start: 1.5, end: 3 }).success).toBe(false);
  });
});

describe('text helpers over a seed excerpt', () => {
  const text = SEED_002_EXCERPT;

  it('slices exactly the words a span claims', () => {
    const span = find(text, 'Qaiser Nawab');
    expect(sliceSpan(text, span)).toBe('Qaiser Nawab');
  });

  it('counts UTF-16 code units, as JavaScript strings index', () => {
    // The curly apostrophe is one code unit; an astral character would be two.
    const span = find(text, 'BGI’s');
    expect(span.end - span.start).toBe(5);
    const astral = 'Seq 🧬 BGI';
    expect(sliceSpan(astral, { start: 7, end: 10 })).toBe('BGI');
  });

  it('refuses a span that does not fit the text', () => {
    expect(() => sliceSpan('abc', { start: 1, end: 4 })).toThrow(RangeError);
  });

  it('builds a TextQuote with up to 32 code units of context', () => {
    const span = find(text, 'Gwadar Pro');
    const quote = textQuoteAt(text, span);
    expect(TextQuote.parse(quote)).toEqual(quote);
    expect(quote.exact).toBe('Gwadar Pro');
    expect(quote.prefix.endsWith('According to ')).toBe(true);
    expect(quote.suffix.startsWith(', BGI is committed')).toBe(true);
    expect(quote.suffix.length).toBeLessThanOrEqual(32);
    expect(textQuoteMismatch(text, span, quote)).toBeNull();
  });

  it('names the mismatch when a quote does not match its span', () => {
    const span = find(text, 'Gwadar Pro');
    const quote = { ...textQuoteAt(text, span), exact: 'Gwadar' };
    expect(textQuoteMismatch(text, span, quote)).toMatch(
      /exact is "Gwadar" but the text there is "Gwadar Pro"/,
    );
  });

  it('tells containment', () => {
    expect(spanContains({ start: 0, end: 10 }, { start: 2, end: 10 })).toBe(true);
    expect(spanContains({ start: 0, end: 10 }, { start: 2, end: 11 })).toBe(false);
  });
});
