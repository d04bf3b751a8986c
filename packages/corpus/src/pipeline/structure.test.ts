import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.js';
import { findStructure } from './structure.js';

const seed = (name: string) =>
  normalise(readFileSync(join(import.meta.dirname, '..', '..', 'sources', name), 'utf8')).text;

function roles(text: string) {
  return findStructure(text).blocks.map((block) => [
    block.role,
    text.slice(block.span.start, block.span.end).slice(0, 40),
  ]);
}

describe('structure of the seeds', () => {
  it('seed 000: headline, then a reworded headline kept and marked as a variant, then body', () => {
    const text = seed('000_42976fab75af892a.txt');
    const { blocks } = findStructure(text);
    expect(blocks.map((block) => block.role)).toEqual([
      'headline',
      'headline-variant',
      'body',
      'body',
      'body',
      'body',
    ]);
    expect(blocks[1]?.variantOf).toBe(0);
    expect(text.slice(blocks[1]?.span.start, blocks[1]?.span.end)).toBe(
      'BGI Group Plays an Active Part in the Construction of the “Belt and Road”',
    );
  });

  it('seed 002: headline, deck, photo credit, repeated headline, body, and the attribution', () => {
    const text = seed('002_854555338c5c73b0.txt');
    const { blocks, marks } = findStructure(text);
    expect(blocks.slice(0, 5).map((block) => block.role)).toEqual([
      'headline',
      'deck',
      'credit',
      'headline-variant',
      'body',
    ]);
    expect(text.slice(blocks[2]?.span.start, blocks[2]?.span.end)).toBe(
      'P.c. China Pakistan Economic Corridor',
    );
    expect(marks).toHaveLength(1);
    const [mark] = marks;
    expect(mark?.kind).toBe('attribution');
    expect(text.slice(mark?.span.start, mark?.span.end)).toBe('According to Gwadar Pro');
    expect(text.slice(mark?.name.start, mark?.name.end)).toBe('Gwadar Pro');
  });
});

describe('articles shaped differently', () => {
  it('finds a byline, a standalone date line and an inline dateline', () => {
    const text = [
      'Genomics centre opens in Karachi',
      'By Ayesha Khan',
      'Published: 12 March 2024',
      'KARACHI, March 11 (APP) -- A genomics centre opened on Monday, according to Dawn News.',
      'It will train 200 researchers a year.',
    ].join('\n\n');
    const { blocks, marks } = findStructure(text);
    expect(blocks.map((block) => block.role)).toEqual([
      'headline',
      'byline',
      'dateline',
      'body',
      'body',
    ]);
    expect(marks.map((mark) => [mark.kind, text.slice(mark.span.start, mark.span.end)])).toEqual([
      ['dateline', 'KARACHI, March 11 (APP) --'],
      ['attribution', 'according to Dawn News'],
    ]);
  });

  it('splits single-line paragraphs when the text has no blank lines', () => {
    const text = 'Headline of a wire story\nFirst paragraph of the story.\nSecond paragraph.';
    expect(roles(text).map(([role]) => role)).toEqual(['headline', 'body', 'body']);
  });

  it('treats a one-block text as a headline only', () => {
    expect(roles('Just one line')).toEqual([['headline', 'Just one line']]);
  });

  it('does not take an "according to" a person or a report for an outlet', () => {
    const text =
      'Headline\n\nThe plan works, according to officials. According to the report, it costs more.';
    expect(findStructure(text).marks).toEqual([]);
  });
});
