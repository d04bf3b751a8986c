import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitize, sanitizeLine, terminalJson, UNSAFE_CHARACTERS } from './sanitize.js';

const ESC = '\u001b';
const BEL = '\u0007';

describe('sanitize', () => {
  it('leaves ordinary text, quotes and non-Latin scripts alone', () => {
    const text = 'BGI’s “Belt and Road” — 基因 — Qaiser Nawab\nnext line';
    expect(sanitize(text)).toBe(text);
  });

  it.each([
    ['CSI colour', `red ${ESC}[31mtext${ESC}[0m`, 'red text'],
    ['CSI cursor move', `a${ESC}[2J${ESC}[1;1Hb`, 'ab'],
    ['CSI private mode', `a${ESC}[?1049hb`, 'ab'],
    ['OSC 52 clipboard, BEL-terminated', `a${ESC}]52;c;SGVsbG8=${BEL}b`, 'ab'],
    ['OSC 52 clipboard, ST-terminated', `a${ESC}]52;c;SGVsbG8=${ESC}\\b`, 'ab'],
    [
      'OSC 8 link',
      `see ${ESC}]8;;http://evil.example${ESC}\\here${ESC}]8;;${ESC}\\ now`,
      'see here now',
    ],
    ['OSC title', `a${ESC}]0;pwned${BEL}b`, 'ab'],
    ['DCS', `a${ESC}P1$qm${ESC}\\b`, 'ab'],
    ['APC', `a${ESC}_payload${ESC}\\b`, 'ab'],
    ['unterminated OSC', `a${ESC}]52;c;AAAA`, 'a'],
    ['lone ESC at the end', `a${ESC}`, 'a'],
    ['ESC + non-ASCII', `a${ESC}é`, 'aé'],
    ['two-character escapes', `a${ESC}cb${ESC}7c${ESC}(Bd`, 'abcd'],
    ['8-bit CSI', 'a\u009b31mb', 'ab'],
    ['8-bit OSC with 8-bit ST', 'a\u009d52;c;AAAA\u009cb', 'ab'],
    ['other C1', 'a\u0085b\u0090x\u009cc', 'abc'],
    ['carriage return', 'safe\rEVIL', 'safeEVIL'],
    ['BEL and backspace', `a${BEL}b\bc`, 'abc'],
    ['NUL and DEL', 'a\u0000b\u007fc', 'abc'],
    ['bidi overrides', 'a\u202eb\u202cc\u2066d\u2069e\u200ef\u200fg\u061ch', 'abcdefgh'],
    ['tab', 'a\tb', 'a  b'],
    ['line separators', 'a\u2028b\u2029c', 'a\nb\nc'],
  ])('removes %s', (_name, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });

  it('keeps newlines; sanitizeLine turns them into spaces', () => {
    expect(sanitize('a\n\nb')).toBe('a\n\nb');
    expect(sanitizeLine('a\n\nb\nc')).toBe('a b c');
  });

  it('never leaves a control character, whatever the input', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(
          fc.oneof(
            fc.constantFrom(
              ESC,
              BEL,
              '\r',
              '\u009b',
              '\u009d',
              '\u009c',
              '\u202e',
              '[',
              ']',
              ';',
              '\\',
              'P',
              '_',
            ),
            fc.string({ maxLength: 4 }),
          ),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        expect(sanitize(text)).not.toMatch(UNSAFE_CHARACTERS);
        expect(sanitizeLine(text)).not.toMatch(/[\n]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(sanitize(sanitize(text))).toBe(sanitize(text));
      }),
    );
  });
});

describe('terminalJson', () => {
  it('is lossless and carries no raw control character', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        const input = { value, text };
        const json = terminalJson(input, 2);
        expect(json).not.toMatch(UNSAFE_CHARACTERS);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(input)));
      }),
      { numRuns: 500 },
    );
  });
});
