import { describe, expect, it } from 'vitest';
import { proposeNames } from './index.js';

const names = (text: string) =>
  proposeNames(text).map(({ span }) => text.slice(span.start, span.end));

describe('species names', () => {
  it('does not propose the genus of a species the text names twice or explains', () => {
    const text =
      'The team used Formica fusca. Formica fusca lives in logs. Some ants were infected with ' +
      'Beauveria bassiana, a fungus, at the University of Helsinki.';
    const found = names(text);
    expect(found).not.toContain('Formica');
    expect(found).not.toContain('Beauveria');
    expect(found).toContain('University of Helsinki');
  });

  it('keeps names followed by English words with Latin endings, or by a word used alone', () => {
    expect(names('Prices in the Tokyo area rose, and Tokyo area shops closed.')).toContain('Tokyo');
    // `rex` is used on its own too, so `Acme rex` is no species.
    const text = 'Acme rex shipped. Acme rex sold well. The rex was loud.';
    expect(names(text)).toContain('Acme');
  });
});
