import { describe, expect, it } from 'vitest';
import { type Segment, segment } from './segments';

interface Mark {
  id: string;
  span: { start: number; end: number };
}

const mark = (id: string, start: number, end: number): Mark => ({ id, span: { start, end } });

/** The segments as a bracketed string: [id:text] for marks. */
function show(segments: Segment<Mark>[]): string {
  return segments
    .map((part) => (part.kind === 'text' ? part.text : `[${part.mark.id}:${show(part.children)}]`))
    .join('');
}

/** Concatenated text of all runs: must always equal the covered range. */
function flatten(segments: Segment<Mark>[]): string {
  return segments
    .map((part) => (part.kind === 'text' ? part.text : flatten(part.children)))
    .join('');
}

// From the seed "BGI Plays an Active Part in the Construction of the “Belt and Road”".
const text = 'As a “leading Shenzhen-based enterprise” BGI Group has a powerful brand.';

describe('segment', () => {
  it('returns the plain text when there are no marks', () => {
    expect(show(segment(text, { start: 0, end: text.length }, []))).toBe(text);
  });

  it('nests a mention inside a quote', () => {
    const quote = mark('q', 6, 39);
    const place = mark('m', 14, 22);
    const org = mark('o', 41, 50);
    const result = segment(text, { start: 0, end: text.length }, [org, place, quote]);
    expect(show(result)).toBe(
      'As a “[q:leading [m:Shenzhen]-based enterprise]” [o:BGI Group] has a powerful brand.',
    );
  });

  it('splits crossing marks so that both show and none overlap', () => {
    const result = segment('abcdefgh', { start: 0, end: 8 }, [mark('a', 1, 5), mark('b', 3, 7)]);
    expect(show(result)).toBe('a[a:bc[b:de]][b:fg]h');
    expect(flatten(result)).toBe('abcdefgh');
  });

  it('orders marks with the same span by rank', () => {
    const marks = [mark('inner', 0, 3), mark('outer', 0, 3)];
    const result = segment('abc', { start: 0, end: 3 }, marks, (m) => (m.id === 'outer' ? 0 : 1));
    expect(show(result)).toBe('[outer:[inner:abc]]');
  });

  it('clips marks to the range and drops empty ones', () => {
    const result = segment('abcdefgh', { start: 2, end: 6 }, [
      mark('x', 0, 3),
      mark('y', 5, 9),
      mark('empty', 4, 4),
      mark('outside', 6, 8),
    ]);
    expect(show(result)).toBe('[x:c]de[y:f]');
  });

  it('keeps text that looks like markup as text', () => {
    const hostile = '<script>window.__pwned = 1</script> & <b>bold</b>';
    const result = segment(hostile, { start: 0, end: hostile.length }, [mark('m', 8, 26)]);
    expect(flatten(result)).toBe(hostile);
    expect(result[1]).toMatchObject({ kind: 'mark', children: [{ text: 'window.__pwned = 1' }] });
  });

  it('covers the range exactly for any marks', () => {
    const sample = 'The quick brown fox jumps over the lazy dog';
    for (let seed = 1; seed < 200; seed++) {
      let state = seed;
      const next = () => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state / 2147483648;
      };
      const marks = Array.from({ length: 1 + Math.floor(next() * 6) }, (_, i) => {
        const start = Math.floor(next() * sample.length);
        return mark(`m${i}`, start, start + Math.floor(next() * 12));
      });
      const result = segment(sample, { start: 4, end: 39 }, marks);
      expect(flatten(result)).toBe(sample.slice(4, 39));
    }
  });
});
