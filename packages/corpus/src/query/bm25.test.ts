import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from '@genebelt/model';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.js';
import {
  frequencyFromBm25,
  inverseDocumentFrequency,
  planBm25,
  repeatThreshold,
  scoreOf,
} from './bm25.js';
import { buildCorpusIndex } from './build.js';
import { type OpenOptions, openCorpusIndex } from './queries.js';
import { FTS_TOKENIZE } from './schema.js';
import { fixtureCorpus } from './test-fixture.js';

const directory = mkdtempSync(join(tmpdir(), 'genebelt-bm25-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/**
 * Stock FTS5 (columnsize = 1, its own bm25()) over the same sentences with the same rowids: the
 * reference the index's scores must equal.
 */
function twin(corpus: Corpus) {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(text, tokenize = '${FTS_TOKENIZE}', prefix = '2 3')`);
  const insert = db.prepare('INSERT INTO t (rowid, text) VALUES (?, ?)');
  const rowids = new Map<string, number>();
  let rowid = 1;
  const documents = [...corpus.documents].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const document of documents) {
    for (const sentence of document.sentences) {
      insert.run(rowid, document.text.slice(sentence.span.start, sentence.span.end));
      rowids.set(`${document.id}/${sentence.id}`, rowid++);
    }
  }
  return { db, rowids };
}

function compare(
  corpus: Corpus,
  name: string,
  queries: [string, string][],
  options: OpenOptions = {},
) {
  const file = join(directory, `${name}.sqlite`);
  buildCorpusIndex(corpus, file, { columnChunk: 5 });
  const index = openCorpusIndex(file, options);
  const reference = twin(corpus);
  try {
    for (const [query, match] of queries) {
      const expected = new Map(
        (
          reference.db
            .prepare('SELECT rowid, bm25(t) AS score FROM t WHERE t MATCH ?')
            .all(match) as { rowid: number; score: number }[]
        ).map((row) => [row.rowid, -row.score]),
      );
      const result = index.search(query, { limit: 10_000 });
      expect(result.total, query).toBe(expected.size);
      for (const hit of result.hits) {
        const rowid = reference.rowids.get(`${hit.documentId}/${hit.sentenceId}`) ?? -1;
        const score = expected.get(rowid);
        expect(score, `${query}: ${hit.documentId}/${hit.sentenceId}`).toBeDefined();
        expect(hit.score).toBeCloseTo(score ?? Number.NaN, 9);
      }
      // Best first, ties by document id then sentence order.
      const order = result.hits.map((hit) => [
        -hit.score,
        reference.rowids.get(`${hit.documentId}/${hit.sentenceId}`) ?? 0,
      ]);
      const sorted = [...order].sort(
        (a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0),
      );
      expect(order).toEqual(sorted);
    }
  } finally {
    index.close();
    reference.db.close();
  }
}

const GENERATED_QUERIES: [string, string][] = [
  ['cooperation', '"cooperation"'],
  ['the', '"the"'],
  ['health genomics', '"health" AND "genomics"'],
  ['"belt and road"', '"belt and road"'],
  ['gen*', '"gen" *'],
  ['de*', '"de" *'],
  ['international -cooperation', '"international" NOT "cooperation"'],
  ['the the', '"the" AND "the"'],
  ['"belt and road" cooperation', '"belt and road" AND "cooperation"'],
  ['"for the" of', '"for the" AND "of"'],
  ['de* the', '"de" * AND "the"'],
  ['"the" th*', '"the" AND "th" *'],
  ['"of the" "in the"', '"of the" AND "in the"'],
  // Prefixes read through the vocabulary (one word of at most MAX_PREFIX_WORDS words; "re"
  // starts more), and through FTS5's bm25() (the others).
  ['co* the', '"co" * AND "the"'],
  ['re*', '"re" *'],
  ['re* co*', '"re" * AND "co" *'],
  ['co* de*', '"co" * AND "de" *'],
  ['co* -cooperation', '"co" * NOT "cooperation"'],
  ['"belt and ro"*', '"belt and ro" *'],
  ['"belt and ro"* the', '"belt and ro" * AND "the"'],
];

describe('BM25 equals FTS5 bm25()', () => {
  it('on the seed excerpts, including phrases that repeat in a sentence', () => {
    compare(fixtureCorpus(), 'fixture', [
      ['bgi', '"bgi"'],
      ['belt', '"belt"'],
      ['"belt and road"', '"belt and road"'],
      ['construction belt', '"construction" AND "belt"'],
      ['gen*', '"gen" *'],
      ['bgi -shenzhen', '"bgi" NOT "shenzhen"'],
      ['the of', '"the" AND "of"'],
      ['health', '"health"'],
      ['"belt and road" bgi', '"belt and road" AND "bgi"'],
      ['"belt and road" the', '"belt and road" AND "the"'],
      ['gen* the', '"gen" * AND "the"'],
      ['"belt and road" gen*', '"belt and road" AND "gen" *'],
      ['"of the" the', '"of the" AND "the"'],
    ]);
  });

  it('on a generated corpus', () => {
    compare(generateCorpus({ documents: 120, seed: 5 }), 'generated', GENERATED_QUERIES);
  });

  it('on a generated corpus, with every pass split with a helper thread', () => {
    compare(generateCorpus({ documents: 120, seed: 5 }), 'generated-split', GENERATED_QUERIES, {
      splitPostings: 0,
    });
  });
});

describe('bm25 helpers', () => {
  it('clamps the IDF of phrases in more than half the rows, as FTS5 does', () => {
    expect(inverseDocumentFrequency(100, 90)).toBe(1e-6);
    expect(inverseDocumentFrequency(100, 1)).toBeCloseTo(Math.log(99.5 / 1.5), 12);
  });

  it('recovers a phrase frequency from the length-free bm25() value', () => {
    const plan = planBm25([10], 1000, 20_000);
    const idf = plan.idf[0] ?? 0;
    const threshold = repeatThreshold(plan, idf) ?? 0;
    for (const frequency of [1, 2, 3, 7]) {
      const k = plan.lengthTermAtMinusOne;
      const bm25 = -idf * ((frequency * 2.2) / (frequency + k));
      expect(frequencyFromBm25(plan, idf, bm25)).toBe(frequency);
      expect(bm25 < threshold).toBe(frequency > 1);
    }
    expect(repeatThreshold(planBm25([10], 1000, 2000), idf)).toBeNull();
  });

  it('sums phrases and saturates frequencies', () => {
    const plan = planBm25([10, 100], 1000, 20_000);
    expect(scoreOf(plan, [2, 1], 20)).toBeGreaterThan(scoreOf(plan, [1, 1], 20));
    expect(scoreOf(plan, [1, 1], 10)).toBeGreaterThan(scoreOf(plan, [1, 1], 40));
  });
});
