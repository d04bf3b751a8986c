import { describe, expect, it } from 'vitest';
import { type Quote, quotationsOf } from './index.js';

function quote(id: string, start: number, end: number, continues?: string): Quote {
  return {
    id,
    span: { start, end },
    anchor: { exact: 'x'.repeat(end - start), prefix: '', suffix: '' },
    sentenceId: `s-${id}`,
    kind: 'speech',
    speakerEntityId: null,
    cue: null,
    origin: 'rule',
    confidence: 0.8,
    ...(continues === undefined ? {} : { continues }),
  };
}

describe('quotationsOf', () => {
  it('joins the parts of a quotation and leaves single quotes alone', () => {
    const quotes = [
      quote('a', 0, 10),
      quote('b', 12, 20, 'a'),
      quote('c', 30, 35),
      quote('d', 37, 40, 'b'),
    ];
    expect(
      quotationsOf(quotes).map((q) => ({
        first: q.first.id,
        parts: q.parts.map((p) => p.id),
        span: q.span,
      })),
    ).toEqual([
      { first: 'a', parts: ['a', 'b', 'd'], span: { start: 0, end: 40 } },
      { first: 'c', parts: ['c'], span: { start: 30, end: 35 } },
    ]);
  });

  it('keeps a part whose quote before it is missing as a quotation of its own', () => {
    expect(quotationsOf([quote('b', 12, 20, 'zzz')]).map((q) => q.parts.length)).toEqual([1]);
  });
});
