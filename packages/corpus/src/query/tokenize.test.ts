import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FTS_TOKENIZE } from './schema.js';
import {
  countTokens,
  findSequence,
  foldText,
  keywordInContext,
  mergeSpans,
  scanTokens,
  shorten,
  tokenHash,
  tokenize,
} from './tokenize.js';

/** FTS5's own tokens of each text, read back through fts5vocab, and its token counts. */
function sqliteTokens(texts: string[]): { tokens: string[][]; counts: number[] } {
  const db = new Database(':memory:');
  try {
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(text, tokenize = '${FTS_TOKENIZE}')`);
    db.exec(`CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')`);
    const insert = db.prepare('INSERT INTO t (rowid, text) VALUES (?, ?)');
    db.transaction(() => {
      texts.forEach((text, i) => {
        insert.run(i + 1, text);
      });
    })();
    const tokens = texts.map(() => [] as string[]);
    const rows = db.prepare('SELECT doc, term FROM v ORDER BY doc, offset').raw().all() as [
      number,
      string,
    ][];
    for (const [doc, term] of rows) tokens[doc - 1]?.push(term);
    const counts = (
      db.prepare('SELECT id, sz FROM t_docsize ORDER BY id').all() as { id: number; sz: Buffer }[]
    ).map((row) => {
      // A varint: 7 bits per byte, high bit set on all but the last.
      let value = 0;
      for (const byte of row.sz) {
        value = value * 128 + (byte & 0x7f);
        if (byte < 0x80) break;
      }
      return value;
    });
    return { tokens, counts };
  } finally {
    db.close();
  }
}

describe('the tokenizer mirrors FTS5 unicode61 remove_diacritics 2', () => {
  it('for every code point of the Basic Multilingual Plane', () => {
    const texts: string[] = [];
    for (let codePoint = 0x20; codePoint <= 0xffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      texts.push(`q${String.fromCodePoint(codePoint)}q`);
    }
    const { tokens } = sqliteTokens(texts);
    const mismatches = texts.filter(
      (text, i) =>
        tokenize(text)
          .map((token) => token.folded)
          .join(' ') !== tokens[i]?.join(' '),
    );
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('for random text of letters, marks, symbols and astral characters (property)', () => {
    const alphabet = fc.constantFrom(
      ...'aZé É ßİıſ ’\'-_.,:;!?"“”()[]0123456789 \u0301\u0308\u00a0\t\n😀𝐀𝒜中文Ωωάς‐–—…Ǡ'.split(
        '',
      ),
      '\u{1F642}',
      '\u{10400}',
    );
    const text = fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 20 }), (texts) => {
        const { tokens, counts } = sqliteTokens(texts);
        texts.forEach((t, i) => {
          expect(tokenize(t).map((token) => token.folded)).toEqual(tokens[i]);
          expect(countTokens(t)).toBe(counts[i]);
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe('scanTokens', () => {
  const naive = (text: string) => {
    const positions = new Map<string, number[]>();
    tokenize(text).forEach((token, i) => {
      positions.set(token.folded, [...(positions.get(token.folded) ?? []), i]);
    });
    return [...positions]
      .filter(([, at]) => at.length > 1)
      .map(([folded, at]) => [...tokenHash(folded), at.join(' ')].join(':'))
      .sort();
  };
  const scanned = (text: string) => {
    const repeats: string[] = [];
    const count = scanTokens(text, 0, text.length, (a, b, positions, n) => {
      repeats.push(`${a}:${b}:${Array.from(positions).slice(0, n).join(' ')}`);
    });
    return { count, repeats: repeats.sort() };
  };

  it('counts tokens and reports those that repeat, with their positions (property)', () => {
    const word = fc.constantFrom(
      'the',
      'The',
      'THE',
      'bgi',
      'BGI’s',
      'Zürich',
      'zurich',
      'a',
      'é',
      '中',
      '😀',
    );
    const separator = fc.constantFrom(' ', ', ', '. ', '—', '\n', '-');
    const text = fc
      .array(fc.tuple(word, separator), { maxLength: 400 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, (t) => {
        const { count, repeats } = scanned(t);
        expect(count).toBe(tokenize(t).length);
        expect(count).toBe(countTokens(t));
        expect(repeats).toEqual(naive(t));
      }),
      { numRuns: 200 },
    );
  });

  it('handles sentences of many distinct tokens', () => {
    const text = Array.from({ length: 900 }, (_, i) => `w${i} w${i % 7}`).join(' ');
    expect(scanned(text).repeats).toEqual(naive(text));
  });
});

describe('tokenize', () => {
  it('gives offsets in the text and folded forms', () => {
    const text = 'BGI’s Zürich R&D, “Belt and Road.”';
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.folded)).toEqual([
      'bgi',
      's',
      'zurich',
      'r',
      'd',
      'belt',
      'and',
      'road',
    ]);
    for (const token of tokens) {
      expect(foldText(text.slice(token.start, token.end))).toBe(token.folded);
    }
    expect(tokenize(text, 6, 12).map((token) => token.folded)).toEqual(['zurich']);
  });

  it('finds sequences with prefixes, and merges overlapping spans', () => {
    const tokens = tokenize('the belt and road and the belt');
    expect(findSequence(tokens, [{ folded: 'belt', prefix: false }])).toEqual([
      { start: 4, end: 8 },
      { start: 26, end: 30 },
    ]);
    expect(
      findSequence(tokens, [
        { folded: 'and', prefix: false },
        { folded: 'ro', prefix: true },
      ]),
    ).toEqual([{ start: 9, end: 17 }]);
    expect(
      mergeSpans([
        { start: 9, end: 17 },
        { start: 4, end: 8 },
        { start: 13, end: 17 },
        { start: 4, end: 8 },
      ]),
    ).toEqual([
      { start: 4, end: 8 },
      { start: 9, end: 17 },
    ]);
  });
});

describe('keywordInContext', () => {
  const text = 'On June 8, BGI Group was invited to attend a seminar\nin Shenzhen today.';
  const sentence = { start: 0, end: text.length };

  it('cuts at word boundaries and keeps to one line', () => {
    const span = { start: 45, end: 52 }; // "seminar"
    expect(text.slice(span.start, span.end)).toBe('seminar');
    expect(keywordInContext(text, span, sentence, 12)).toEqual({
      left: 'to attend a ',
      match: 'seminar',
      right: ' in Shenzhen',
    });
    expect(keywordInContext(text, span, sentence, 10).right).toBe(' in');
    expect(keywordInContext(text, span, sentence, 200)).toEqual({
      left: 'On June 8, BGI Group was invited to attend a ',
      match: 'seminar',
      right: ' in Shenzhen today.',
    });
  });

  it('stays within its bounds', () => {
    const bounds = { start: 11, end: 52 };
    expect(keywordInContext(text, { start: 11, end: 14 }, bounds, 30)).toEqual({
      left: '',
      match: 'BGI',
      right: ' Group was invited to attend a',
    });
  });
});

describe('shorten', () => {
  it('cuts at a space and marks the cut', () => {
    expect(shorten('one two three four', 12)).toBe('one two…');
    expect(shorten('short\ntext', 50)).toBe('short text');
  });
});
