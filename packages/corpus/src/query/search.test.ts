import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Corpus, type Document, SearchResult, type Sentence } from '@genebelt/model';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.js';
import { buildCorpusIndex } from './build.js';
import { dateBounds } from './dates.js';
import { parseSearchQuery } from './parse.js';
import { openCorpusIndex } from './queries.js';
import { bitmapRows } from './row-sets.js';
import { BITMAP_DIVISOR } from './schema.js';
import { uint32Blob } from './search.js';
import { fixtureCorpus } from './test-fixture.js';
import { findSequence, foldText, oneLine, tokenize } from './tokenize.js';
import type { CorpusQueries } from './types.js';

const directory = mkdtempSync(join(tmpdir(), 'genebelt-search-'));
const corpus = fixtureCorpus();
const generated = generateCorpus({ documents: 40, seed: 11 });
let index: CorpusQueries;
let generatedIndex: CorpusQueries;

beforeAll(() => {
  buildCorpusIndex(corpus, join(directory, 'fixture.sqlite'), { columnChunk: 3 });
  // Tiny column chunks, so that every column crosses many chunk boundaries.
  buildCorpusIndex(generated, join(directory, 'generated.sqlite'), { columnChunk: 7 });
  index = openCorpusIndex(join(directory, 'fixture.sqlite'));
  generatedIndex = openCorpusIndex(join(directory, 'generated.sqlite'));
});

afterAll(() => {
  index.close();
  generatedIndex.close();
  rmSync(directory, { recursive: true, force: true });
});

/** The date a sentence is filtered by: a resolved date in it, else its document's. */
function sentenceDate(document: Document, sentence: Sentence): string | null {
  const expression = document.temporalExpressions
    .filter((t) => t.sentenceId === sentence.id && t.resolution.status === 'resolved')
    .sort((a, b) => a.span.start - b.span.start)[0];
  if (expression?.resolution.status === 'resolved') return expression.resolution.date.value;
  const published = document.source.published;
  return published.status === 'resolved' ? published.date.value : null;
}

/** A plain, slow reading of the query language over the corpus: what search must agree with. */
function oracle(source: Corpus, query: string) {
  const parsed = parseSearchQuery(query);
  const types = new Map(source.entities.map((e) => [e.id, e.type]));
  const matches: { document: Document; sentence: Sentence }[] = [];
  if (parsed.empty) return matches;
  const documents = [...source.documents].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const document of documents) {
    for (const sentence of document.sentences) {
      const tokens = tokenize(document.text, sentence.span.start, sentence.span.end);
      const has = (words: string[], prefix: boolean) =>
        findSequence(
          tokens,
          words.map((folded, i) => ({ folded, prefix: prefix && i === words.length - 1 })),
        ).length > 0;
      const mentioned = document.mentions.filter((m) => m.sentenceId === sentence.id);
      const date = sentenceDate(document, sentence);
      const ok =
        parsed.terms.every((t) => has(t.words, t.kind === 'prefix') !== t.negated) &&
        parsed.filters.every((f) => {
          switch (f.kind) {
            case 'type':
              return mentioned.some((m) => types.get(m.entityId) === f.value) !== f.negated;
            case 'entity':
              return mentioned.some((m) => m.entityId === f.value) !== f.negated;
            case 'doc':
              return (document.id === f.value) !== f.negated;
            case 'from':
              return date !== null && dateBounds(date)[1] >= dateBounds(f.value.value)[0];
            case 'to':
              return date !== null && dateBounds(date)[0] <= dateBounds(f.value.value)[1];
          }
          return false;
        });
      if (ok) matches.push({ document, sentence });
    }
  }
  return matches;
}

function facetsOf(source: Corpus, matches: ReturnType<typeof oracle>) {
  const types = new Map(source.entities.map((e) => [e.id, e.type]));
  const entityType = new Map<string, number>();
  const document = new Map<string, number>();
  const year = new Map<string, number>();
  for (const { document: d, sentence } of matches) {
    const mentioned = new Set(
      d.mentions.filter((m) => m.sentenceId === sentence.id).map((m) => types.get(m.entityId)),
    );
    for (const type of mentioned) if (type) entityType.set(type, (entityType.get(type) ?? 0) + 1);
    document.set(d.id, (document.get(d.id) ?? 0) + 1);
    const date = sentenceDate(d, sentence);
    if (date) year.set(date.slice(0, 4), (year.get(date.slice(0, 4)) ?? 0) + 1);
  }
  return { entityType, document, year };
}

function expectAgreement(queries: CorpusQueries, source: Corpus, query: string) {
  const result = queries.search(query, { limit: 10_000 });
  expect(SearchResult.parse(result)).toEqual(result);
  const expected = oracle(source, query);
  expect(result.total, query).toBe(expected.length);
  const key = (documentId: string, sentenceId: string) => `${documentId}/${sentenceId}`;
  expect(new Set(result.hits.map((h) => key(h.documentId, h.sentenceId)))).toEqual(
    new Set(expected.map((m) => key(m.document.id, m.sentence.id))),
  );
  const facets = facetsOf(source, expected);
  const asMap = (list: { value: string; count: number }[]) =>
    new Map(list.map((f) => [f.value, f.count]));
  expect(asMap(result.facets.entityType), query).toEqual(facets.entityType);
  expect(asMap(result.facets.year), query).toEqual(facets.year);
  expect(asMap(queries.search(query, { facetLimit: 10_000 }).facets.document), query).toEqual(
    facets.document,
  );
  return result;
}

describe('search', () => {
  it('agrees with a plain reading of the query language', () => {
    const queries = [
      'bgi',
      'BGI group',
      '"belt and road"',
      '"Belt and Road" -forum',
      'gen*',
      'health -genomics',
      'type:person',
      'type:place bgi',
      'entity:bgi-group',
      'entity:bgi-group -type:person',
      'entity:qaiser-nawab entity:bgi-group',
      'bgi entity:qaiser-nawab',
      'gen* entity:bgi-group',
      '"belt and road" entity:bgi-group entity:qaiser-nawab -type:person',
      'doc:seed-002',
      'doc:seed-002 -entity:pakistan',
      'from:2017',
      'to:2017-06',
      'from:2017-06-09 bgi',
      'from:2025-07-15',
      'to:2017-06-10',
      'bgi -doc:seed-000',
      'foo:bgi',
      'shénzhen',
    ];
    for (const query of queries) expectAgreement(index, corpus, query);
  });

  it('agrees on a generated corpus too', () => {
    const vocabulary = generated.documents
      .slice(0, 5)
      .flatMap((d) => tokenize(d.text).map((t) => d.text.slice(t.start, t.end)))
      .filter((_, i) => i % 37 === 0);
    const queries = [
      ...vocabulary.slice(0, 12),
      `${vocabulary[0]} ${vocabulary[1]}`,
      'type:organization from:2018 to:2020',
      'type:person -type:place',
      'entity:bgi-group',
      'coop* type:place',
      'the entity:bgi-group',
      'the -of',
      '"the belt"',
    ];
    for (const query of queries) expectAgreement(generatedIndex, generated, query);
  });

  it('gives the same results when a helper thread splits every FTS5 pass', () => {
    // splitPostings 0: every pass of the search is split in two (see match-helper.ts).
    const split = openCorpusIndex(join(directory, 'generated.sqlite'), {
      splitPostings: 0,
      searchCache: 0,
    });
    try {
      const doc = generated.documents[3]?.id ?? '';
      const queries = [
        '"the belt"',
        '"for the" of',
        'cooperation -health',
        'the -of',
        're*',
        'gen* the',
        '"belt and ro"*',
        `"the belt" doc:${doc}`,
        `co* doc:${doc}`,
        `the doc:${doc}`,
        '"of the" type:organization',
      ];
      for (const query of queries) {
        expect(split.search(query, { limit: 10_000 }), query).toEqual(
          generatedIndex.search(query, { limit: 10_000 }),
        );
      }
      expectAgreement(split, generated, '"the belt"');
      expectAgreement(split, generated, `co* doc:${doc}`);
    } finally {
      split.close();
    }
  });

  it('stores the sentences of each common word as a bitmap, exactly', () => {
    const db = new Database(join(directory, 'generated.sqlite'), { readonly: true });
    try {
      const sentences = Number(db.prepare('SELECT count(*) FROM sentences').pluck().get());
      const least = Math.max(2, Math.ceil(sentences / BITMAP_DIVISOR));
      const common = db
        .prepare('SELECT term FROM term_hits WHERE hits >= ? ORDER BY term')
        .pluck()
        .all(least) as string[];
      const stored = db.prepare('SELECT term, bits FROM term_bitmaps ORDER BY term').all() as {
        term: string;
        bits: Buffer;
      }[];
      expect(common.length).toBeGreaterThan(10);
      expect(stored.map((row) => row.term)).toEqual(common);
      const rowsOf = db
        .prepare('SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ? ORDER BY rowid')
        .pluck();
      for (const { term, bits } of stored) {
        expect([...bitmapRows(uint32Blob(bits), null)], term).toEqual(rowsOf.all(`"${term}"`));
      }
    } finally {
      db.close();
    }
  });

  it('ranks best first and breaks ties by document, then sentence', () => {
    const result = index.search('bgi', { limit: 100 });
    for (let i = 1; i < result.hits.length; i++) {
      const a = result.hits[i - 1];
      const b = result.hits[i];
      if (!a || !b) continue;
      expect(a.score).toBeGreaterThanOrEqual(b.score);
      if (a.score === b.score) {
        expect(a.documentId <= b.documentId).toBe(true);
        if (a.documentId === b.documentId) {
          expect(Number(a.sentenceId.slice(2)) < Number(b.sentenceId.slice(2))).toBe(true);
        }
      }
    }
    expect(index.search('bgi', { limit: 100 })).toEqual(result);
  });

  it('pages consistently with limit and offset', () => {
    const all = index.search('the', { limit: 1000 });
    const page = index.search('the', { limit: 3, offset: 4 });
    expect(page.total).toBe(all.total);
    expect(page.hits).toEqual(all.hits.slice(4, 7));
    expect(index.search('the', { limit: 0 }).hits).toEqual([]);
    expect(index.search('the', { limit: -5, offset: -1 }).hits).toEqual([]);
  });

  it('serves pages and repeated queries from its cache, unchanged', () => {
    const uncached = openCorpusIndex(join(directory, 'fixture.sqlite'), { searchCache: 0 });
    try {
      for (const [query, offset, limit] of [
        ['bgi', 0, 5],
        ['BGI', 5, 5],
        ['  bgi ', 0, 60],
        ['the', 30, 10],
        ['type:person', 1, 2],
      ] as const) {
        const cached = index.search(query, { offset, limit });
        expect(cached).toEqual(uncached.search(query, { offset, limit }));
        expect(cached.query).toBe(query);
        cached.hits.splice(0);
        cached.facets.document.splice(0);
        expect(index.search(query, { offset, limit })).toEqual(
          uncached.search(query, { offset, limit }),
        );
      }
    } finally {
      uncached.close();
    }
  });

  it('highlights the matched words, in document offsets', () => {
    for (const [query, expected] of [
      ['bgi', 'bgi'],
      ['shénzhen', 'shenzhen'],
      ['"belt and road"', 'belt and road'],
      ['"Belt and Road" type:person', 'belt and road'],
    ] as const) {
      const result = index.search(query, { limit: 100 });
      expect(result.hits.length).toBeGreaterThan(0);
      for (const hit of result.hits) {
        const text = corpus.documents.find((d) => d.id === hit.documentId)?.text ?? '';
        expect(hit.highlights.length).toBeGreaterThan(0);
        for (const h of hit.highlights) {
          expect(foldText(text.slice(h.start, h.end))).toBe(expected);
          expect(h.start).toBeGreaterThanOrEqual(hit.sentence.start);
          expect(h.end).toBeLessThanOrEqual(hit.sentence.end);
        }
        const first = hit.highlights[0];
        if (first) expect(hit.context.match).toBe(oneLine(text.slice(first.start, first.end)));
      }
    }
    for (const hit of index.search('gen*', { limit: 100 }).hits) {
      const text = corpus.documents.find((d) => d.id === hit.documentId)?.text ?? '';
      for (const h of hit.highlights) expect(foldText(text.slice(h.start, h.end))).toMatch(/^gen/);
    }
  });

  it('lists the sentences of a filter-only query, highlighting the mentions asked for', () => {
    const result = index.search('entity:qaiser-nawab');
    expect(result.total).toBe(2);
    expect(result.hits.map((h) => h.score)).toEqual([0, 0]);
    for (const hit of result.hits) {
      const document = corpus.documents.find((d) => d.id === hit.documentId);
      const mentions = document?.mentions.filter(
        (m) => m.sentenceId === hit.sentenceId && m.entityId === 'qaiser-nawab',
      );
      expect(hit.highlights).toEqual(mentions?.map((m) => m.span));
    }
    const persons = index.search('type:person');
    expect(persons.hits.every((hit) => hit.highlights.length > 0)).toBe(true);
    const documentOnly = index.search('doc:seed-000-follow-up');
    expect(documentOnly.hits.map((h) => h.sentenceId)).toEqual(['s-0', 's-1', 's-2']);
    expect(documentOnly.hits[0]?.highlights).toEqual([]);
    expect(documentOnly.hits[0]?.context.left).toBe('');
    expect(documentOnly.hits[0]?.context.right.startsWith('BGI Group to Carry Out')).toBe(true);
  });

  it('labels facets: types by name, documents by title, years by year', () => {
    const result = index.search('bgi');
    expect(result.facets.entityType[0]).toEqual({
      value: 'organization',
      label: 'Organization',
      count: result.total,
    });
    expect(result.facets.document.map((f) => [f.value, f.label])).toContainEqual([
      'seed-002',
      'China’s BGI Launches Training for Young Pakistani Researchers',
    ]);
    expect(result.facets.year.map((f) => f.value)).toEqual(['2017', '2025']);
    expect(index.search('bgi', { facetLimit: 1 }).facets.document).toHaveLength(1);
  });

  it('answers nothing, rather than failing, for empty or impossible queries', () => {
    const empty = { total: 0, hits: [], facets: { entityType: [], document: [], year: [] } };
    for (const query of ['', '   ', '-bgi', '"', '*', 'entity:nobody', 'doc:nothing bgi']) {
      expect(index.search(query)).toEqual({ query, ...empty });
    }
    expect(index.search('type:person -type:person').total).toBe(0);
    expect(index.search('bgi -entity:nobody').total).toBe(index.search('bgi').total);
  });

  it('never throws, whatever the input (property)', () => {
    const pieces = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom(
        '"',
        '-',
        '*',
        ':',
        '^',
        '(',
        ')',
        'NEAR(',
        'AND',
        'OR',
        'NOT',
        "'; DROP TABLE sentences; --",
        'bgi',
        'belt',
        'type:person',
        'entity:bgi-group',
        'from:2017',
        'to:2017-06',
        'doc:seed-000',
        '{text}:',
        '🙂',
        '\u0000',
        ' ',
      ),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
        const query = parts.join('');
        const result = index.search(query, { limit: 5 });
        expect(result.query).toBe(query);
        expect(result.hits.length).toBeLessThanOrEqual(5);
        expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
        for (const hit of result.hits) {
          for (const h of hit.highlights) {
            expect(h.start).toBeGreaterThanOrEqual(hit.sentence.start);
            expect(h.end).toBeLessThanOrEqual(hit.sentence.end);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
