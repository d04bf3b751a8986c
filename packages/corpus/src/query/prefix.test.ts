import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.js';
import { buildCorpusIndex } from './build.js';
import { prefixMatches, prefixWords } from './prefix.js';
import { openCorpusIndex } from './queries.js';
import type { SearchContext } from './search.js';
import { tokenize } from './tokenize.js';
import type { CorpusQueries } from './types.js';

const directory = mkdtempSync(join(tmpdir(), 'genebelt-prefix-'));
const corpus = generateCorpus({ documents: 60, seed: 7 });
let index: CorpusQueries;
/** The same index, with a helper thread that takes part of every FTS5 pass (see match-helper.ts). */
let split: CorpusQueries;

beforeAll(() => {
  buildCorpusIndex(corpus, join(directory, 'generated.sqlite'), { columnChunk: 11 });
  index = openCorpusIndex(join(directory, 'generated.sqlite'));
  split = openCorpusIndex(join(directory, 'generated.sqlite'), { splitPostings: 0 });
});

afterAll(() => {
  index.close();
  split.close();
  rmSync(directory, { recursive: true, force: true });
});

/** Each sentence's tokens, by rowid (documents in id order, as the index numbers them). */
function sentenceTokens(): string[][] {
  const rows: string[][] = [[]];
  for (const document of [...corpus.documents].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const sentence of document.sentences) {
      rows.push(
        tokenize(document.text, sentence.span.start, sentence.span.end).map((t) => t.folded),
      );
    }
  }
  return rows;
}

describe('prefixMatches', () => {
  it.each([
    ['alone', () => index],
    ['with a helper thread', () => split],
  ])('finds every row with a word that starts with the prefix, and how often (%s)', (_, open) => {
    const context = open() as unknown as SearchContext;
    const columns = context.columns();
    const tokens = sentenceTokens();
    expect(tokens.length - 1).toBe(columns.sentenceCount);
    let repeats = 0;
    for (const prefix of ['co', 'de', 'the', 'gen', 'inter', 'pla', 'qqq']) {
      const words = prefixWords(context, prefix);
      expect(words, prefix).not.toBeNull();
      for (const range of [null, [1, 9], [37, 301]] as ([number, number] | null)[]) {
        const expected: [number, number][] = [];
        tokens.forEach((row, rowid) => {
          if (range && (rowid < range[0] || rowid > range[1])) return;
          const count = row.filter((token) => token.startsWith(prefix)).length;
          if (count > 0) expected.push([rowid, count]);
        });
        repeats += expected.filter(([, count]) => count > 1).length;
        // Twice: the counts kept between calls must be left at zero.
        for (const time of [1, 2]) {
          const found = prefixMatches(context, columns, words ?? [], range);
          const pairs = [...found.rows].map((rowid, i) => [rowid, found.frequency[i]]);
          expect(pairs, `${prefix}* in ${range ?? 'all'} (${time})`).toEqual(expected);
        }
      }
    }
    // The corpus has rows where a prefix occurs more than once, so the counts are tested.
    expect(repeats).toBeGreaterThan(10);
  });
});
