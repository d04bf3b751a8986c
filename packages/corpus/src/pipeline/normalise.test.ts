import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, rawOffset } from './normalise.js';

const nonSpace = (text: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  text.replace(/[\s\u200B\u2060\uFEFF\u00AD\u0000-\u001F\u007F-\u009F]/gu, '').normalize('NFC');

describe('normalise', () => {
  it('leaves a clean seed excerpt alone', () => {
    const text =
      'Qaiser Nawab, Chairman of the Belt and Road Initiative for Sustainable Development (BRISD), visited BGI’s Shenzhen headquarters.\n\nBoth parties shared a vision.';
    expect(normalise(text)).toEqual({ text, edits: [] });
  });

  it('makes one canonical form and records every edit with its reason', () => {
    const raw =
      '\uFEFFBGI Plays  an Active Part\r\n\r\n\r\nThe\u00A0“Belt and Road”\u200B initiative.  \n';
    const { text, edits } = normalise(raw);
    expect(text).toBe('BGI Plays an Active Part\n\nThe “Belt and Road” initiative.');
    expect(edits.map((edit) => edit.reason)).toEqual([
      'byte-order-mark',
      'space-run',
      'line-ending',
      'non-breaking-space',
      'invisible-character',
      'blank-line-run',
    ]);
  });

  it('composes to NFC without changing a word', () => {
    const { text, edits } = normalise('Zoe\u0308 Mu\u0308ller of BGI');
    expect(text).toBe('Zoë Müller of BGI');
    expect(edits.every((edit) => edit.reason === 'unicode-nfc')).toBe(true);
  });

  it('leaves single spaces and line breaks between words alone, but not at the ends', () => {
    expect(normalise('One two\nthree.\nFour').edits).toEqual([]);
    const end = normalise('One \n');
    expect(end.text).toBe('One');
    expect(end.edits).toHaveLength(1);
    expect(normalise('a b\u0301 c').text).toBe('a b\u0301 c'.normalize('NFC'));
    expect(normalise('a \u200Bb').text).toBe('a b');
  });

  it('joins the halves of a word split by a zero-width space', () => {
    expect(normalise('Gen\u200Bomics').text).toBe('Genomics');
  });

  it('maps offsets back to the raw text', () => {
    const raw = '\uFEFFHello  world\r\n\r\nSecond';
    const { text, edits } = normalise(raw);
    const start = text.indexOf('Second');
    expect(raw.slice(rawOffset(edits, start), rawOffset(edits, start + 6))).toBe('Second');
    expect(raw.slice(rawOffset(edits, 0), rawOffset(edits, 5))).toBe('Hello');
  });
});

describe('normalise, for any string', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({
      unit: fc.constantFrom(
        ' ',
        '\n',
        '\r',
        '\t',
        '\u00A0',
        '\u200B',
        '\uFEFF',
        'a',
        'é',
        'e',
        '\u0301',
        '“',
        '.',
      ),
      maxLength: 80,
    }),
    fc.string({ unit: 'binary', maxLength: 120 }),
  );

  it('never throws, and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const once = normalise(raw).text;
        expect(normalise(once)).toEqual({ text: once, edits: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('never loses or adds a non-space character', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        expect(nonSpace(normalise(raw).text)).toBe(nonSpace(raw));
      }),
      { numRuns: 500 },
    );
  });

  it('records edits whose spans are valid, ordered, and rebuild the text', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const { text, edits } = normalise(raw);
        let rebuilt = '';
        let rawAt = 0;
        let at = 0;
        for (const edit of edits) {
          expect(edit.raw.start).toBeGreaterThanOrEqual(rawAt);
          expect(edit.normalised.start - at).toBe(edit.raw.start - rawAt);
          rebuilt +=
            raw.slice(rawAt, edit.raw.start) +
            text.slice(edit.normalised.start, edit.normalised.end);
          rawAt = edit.raw.end;
          at = edit.normalised.end;
        }
        rebuilt += raw.slice(rawAt);
        expect(rebuilt).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
