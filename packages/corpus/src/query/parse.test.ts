import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TERMS, parseSearchQuery } from './parse.js';

const terms = (input: string) =>
  parseSearchQuery(input).terms.map((term) => ({
    kind: term.kind,
    words: term.words,
    negated: term.negated,
  }));

/** What every FTS5 expression the parser makes looks like: quoted letter-and-digit strings. */
const PHRASE = String.raw`"[^"]+"(?: \*)?`;
const SAFE_EXPRESSION = new RegExp(
  String.raw`^(?:\()?${PHRASE}(?: (?:AND|OR) ${PHRASE})*(?:\) NOT \(${PHRASE}(?: OR ${PHRASE})*\))?$`,
  'u',
);

describe('parseSearchQuery', () => {
  it('reads bare words as AND, folded as the index folds them', () => {
    const parsed = parseSearchQuery('Genomics  Zürich');
    expect(terms('Genomics  Zürich')).toEqual([
      { kind: 'word', words: ['genomics'], negated: false },
      { kind: 'word', words: ['zurich'], negated: false },
    ]);
    expect(parsed.match).toBe('"genomics" AND "zurich"');
    expect(parsed.empty).toBe(false);
  });

  it('reads quoted phrases, and a word the tokenizer splits as a phrase', () => {
    expect(terms('"Belt and Road" BGI’s')).toEqual([
      { kind: 'phrase', words: ['belt', 'and', 'road'], negated: false },
      { kind: 'phrase', words: ['bgi', 's'], negated: false },
    ]);
    expect(parseSearchQuery('"Belt and Road"').match).toBe('"belt and road"');
  });

  it('reads an unbalanced quote as a phrase to the end', () => {
    expect(terms('bgi "belt and')).toEqual([
      { kind: 'word', words: ['bgi'], negated: false },
      { kind: 'phrase', words: ['belt', 'and'], negated: false },
    ]);
  });

  it('reads prefixes of at least two characters, and shorter ones as words', () => {
    expect(terms('gen* a* "belt and ro"*')).toEqual([
      { kind: 'prefix', words: ['gen'], negated: false },
      { kind: 'word', words: ['a'], negated: false },
      { kind: 'prefix', words: ['belt', 'and', 'ro'], negated: false },
    ]);
    const parsed = parseSearchQuery('gen* a*');
    expect(parsed.match).toBe('"gen" * AND "a"');
    expect(parsed.notes.join(' ')).toMatch(/at least 2 characters/);
    expect(terms('*')).toEqual([]);
    expect(terms('é*')).toEqual([{ kind: 'word', words: ['e'], negated: false }]);
  });

  it('excludes words and phrases with -', () => {
    const parsed = parseSearchQuery('bgi -shenzhen -"blood bank"');
    expect(parsed.match).toBe('("bgi") NOT ("shenzhen" OR "blood bank")');
    expect(parsed.exclude).toBe('"shenzhen" OR "blood bank"');
    expect(terms('cutting-edge')).toEqual([
      { kind: 'phrase', words: ['cutting', 'edge'], negated: false },
    ]);
  });

  it('reads filters, case-insensitively, and their exclusions', () => {
    const parsed = parseSearchQuery(
      'Type:Person entity:BGI-Group doc:seed-000 from:2017 to:2017-06-08 -type:place',
    );
    expect(parsed.terms).toEqual([]);
    expect(parsed.match).toBeNull();
    expect(parsed.empty).toBe(false);
    expect(parsed.filters.map(({ kind, value, negated }) => ({ kind, value, negated }))).toEqual([
      { kind: 'type', value: 'person', negated: false },
      { kind: 'entity', value: 'bgi-group', negated: false },
      { kind: 'doc', value: 'seed-000', negated: false },
      { kind: 'from', value: { value: '2017', precision: 'year' }, negated: false },
      { kind: 'to', value: { value: '2017-06-08', precision: 'day' }, negated: false },
      { kind: 'type', value: 'place', negated: true },
    ]);
  });

  it('reads unknown filters and invalid filter values as plain words, with a note', () => {
    expect(terms('foo:bar')).toEqual([
      { kind: 'word', words: ['foo'], negated: false },
      { kind: 'word', words: ['bar'], negated: false },
    ]);
    for (const input of [
      'type:persn',
      'from:2017-13',
      'from:2017-02-30',
      'entity:Bad_Id',
      'to:soon',
    ]) {
      const parsed = parseSearchQuery(input);
      expect(parsed.filters, input).toEqual([]);
      expect(parsed.terms.length, input).toBeGreaterThan(0);
      expect(parsed.notes.length, input).toBeGreaterThan(0);
    }
    expect(parseSearchQuery('-from:2017').filters).toEqual([]);
  });

  it('is empty for nothing, symbols or exclusions only', () => {
    for (const input of ['', '   ', '*', '"', '-', '()', '^:', '-bgi', '-type:person', '— © …']) {
      const parsed = parseSearchQuery(input);
      expect(parsed.empty, JSON.stringify(input)).toBe(true);
      expect(parsed.match).toBeNull();
    }
  });

  it('reads emoji as words, as the unicode61 tokenizer does', () => {
    expect(parseSearchQuery('🙂').match).toBe('"🙂"');
  });

  it('keeps FTS5 operators and syntax as words', () => {
    const parsed = parseSearchQuery('NEAR(a b) OR NOT AND ^x {col}: x:y');
    expect(parsed.match).toMatch(SAFE_EXPRESSION);
    expect(parsed.terms.map((term) => term.words.join(' '))).toEqual([
      'near a',
      'b',
      'or',
      'not',
      'and',
      'x',
      'col',
      'x',
      'y',
    ]);
  });

  it(`uses at most ${MAX_TERMS} terms`, () => {
    const parsed = parseSearchQuery(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' '));
    expect(parsed.terms).toHaveLength(MAX_TERMS);
    expect(parsed.notes.join(' ')).toMatch(/only the first/);
  });

  it('never throws and only ever makes quoted FTS5 strings (property)', () => {
    const pieces = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('"', '-', '*', ':', '^', '(', ')', 'NEAR(', 'AND', 'OR', 'NOT', "'", ';'),
      fc.constantFrom('type:', 'entity:', 'doc:', 'from:', 'to:', 'DROP TABLE x;--', '{text}:'),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const parsed = parseSearchQuery(parts.join(''));
        if (parsed.match !== null) expect(parsed.match).toMatch(SAFE_EXPRESSION);
        if (parsed.exclude !== null)
          expect(`("x") NOT (${parsed.exclude})`).toMatch(SAFE_EXPRESSION);
        expect(parsed.empty).toBe(parsed.match === null && !parsed.filters.some((f) => !f.negated));
      }),
      { numRuns: 2000 },
    );
  });
});
