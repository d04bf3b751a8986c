import type { Sentence } from '@genebelt/model';
import { describe, expect, it } from 'vitest';
import { quoteParts } from './quote-parts.js';

const text = '“One. Two three.” she said. Four.';
/** Sentences as a segmenter leaves them: the first ends inside the quote. */
const sentences: Sentence[] = [
  { id: 's-0', index: 0, paragraphId: 'p-0', span: { start: 0, end: 6 } },
  { id: 's-1', index: 1, paragraphId: 'p-0', span: { start: 6, end: 27 } },
  { id: 's-2', index: 2, paragraphId: 'p-0', span: { start: 28, end: 33 } },
];

describe('quoteParts', () => {
  it('cuts a span at sentence ends and trims the spaces between', () => {
    const parts = quoteParts(text, sentences, { start: 1, end: 16 });
    expect(
      parts?.map((part) => [text.slice(part.span.start, part.span.end), part.sentence.id]),
    ).toEqual([
      ['One.', 's-0'],
      ['Two three.', 's-1'],
    ]);
  });

  it('gives one part for a span inside one sentence', () => {
    expect(quoteParts(text, sentences, { start: 6, end: 15 })?.length).toBe(1);
  });

  it('gives null for a span that begins or ends outside every sentence', () => {
    expect(quoteParts(text, sentences, { start: 27, end: 33 })).toBeNull();
    expect(quoteParts(text, [], { start: 1, end: 4 })).toBeNull();
  });
});
