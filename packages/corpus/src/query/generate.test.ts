import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCorpus } from '@genebelt/model';
import { afterAll, describe, expect, it } from 'vitest';
import {
  generateCorpus,
  generateCorpusParts,
  generateDocument,
} from '../../bench/generate-corpus.js';
import { buildCorpusIndex, buildCorpusIndexFromParts } from './build.js';
import { openCorpusIndex } from './queries.js';

const directory = mkdtempSync(join(tmpdir(), 'genebelt-generate-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('the benchmark corpus generator', () => {
  it('makes corpora the model accepts', () => {
    const corpus = generateCorpus({ documents: 60, seed: 7 });
    const parsed = parseCorpus(corpus);
    expect(parsed.ok ? [] : parsed.issues.slice(0, 5)).toEqual([]);
    const document = corpus.documents[1];
    expect(document?.sentences.length).toBeGreaterThan(10);
    expect(document?.mentions.length).toBeGreaterThan(5);
    expect(corpus.documents.some((d) => d.temporalExpressions.length > 0)).toBe(true);
    const resolutions = corpus.documents.flatMap((d) =>
      d.temporalExpressions.map((t) => t.resolution.status),
    );
    expect(resolutions).toContain('resolved');
    expect(resolutions).toContain('unresolved');
    expect(corpus.events.length).toBeGreaterThan(0);
  });

  it('is deterministic, and each document can be made alone', () => {
    const a = generateCorpus({ documents: 5, seed: 3 });
    const b = generateCorpus({ documents: 5, seed: 3 });
    expect(a).toEqual(b);
    expect(generateDocument(4, 3).document).toEqual(a.documents[4]);
    expect(generateCorpus({ documents: 5, seed: 4 }).documents[0]?.text).not.toBe(
      a.documents[0]?.text,
    );
  });

  it('streams into the index with the same result as a whole corpus', () => {
    const options = { documents: 30, seed: 9 };
    const whole = join(directory, 'whole.sqlite');
    const streamed = join(directory, 'streamed.sqlite');
    buildCorpusIndex(generateCorpus(options), whole);
    const stats = buildCorpusIndexFromParts(generateCorpusParts(options), streamed);
    expect(stats.documents).toBe(30);
    const a = openCorpusIndex(whole);
    const b = openCorpusIndex(streamed);
    expect(b.overview()).toEqual(a.overview());
    expect(b.entities()).toEqual(a.entities());
    expect(b.timeline()).toEqual(a.timeline());
    expect(b.search('cooperation type:person')).toEqual(a.search('cooperation type:person'));
    a.close();
    b.close();
  });
});
