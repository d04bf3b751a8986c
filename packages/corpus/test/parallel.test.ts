import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.js';
import { bundledStore } from '../src/paths.js';
import { buildCorpus } from '../src/pipeline/build-corpus.js';
import { annotateInParallel, buildCorpusInParallel } from '../src/pipeline/parallel.js';
import { readSources } from '../src/sources.js';
import { serialiseCorpus } from '../src/store/corpus-file.js';

describe('buildCorpusInParallel', () => {
  it('spreads annotation over worker threads and builds the same corpus byte for byte', async () => {
    const paths = bundledStore();
    const seeds = readSources(paths.sourcesDir);
    // Repeat the seeds under new ids so each worker gets several documents.
    const articles = Array.from({ length: 6 }, (_, copy) =>
      seeds.map((article) => ({ ...article, id: `${article.id}-${copy}` })),
    ).flat();
    const inputs = {
      name: 'parallel',
      description: '',
      articles: [...seeds, ...articles],
      knowledge: loadKnowledge(paths.knowledgeDir),
    };
    const parallel = await buildCorpusInParallel(inputs, { workers: 2 });
    expect(serialiseCorpus(parallel.corpus)).toBe(serialiseCorpus(buildCorpus(inputs).corpus));
  });

  it('shares work between the main thread and the workers, in order, however it is cut', async () => {
    const paths = bundledStore();
    const knowledge = loadKnowledge(paths.knowledgeDir);
    const seeds = readSources(paths.sourcesDir);
    const articles = Array.from({ length: 5 }, (_, copy) =>
      seeds.map((article) => ({ ...article, id: `${article.id}-${copy}` })),
    ).flat();
    const ids = (documents: { document: { id: string } }[]) =>
      documents.map((item) => item.document.id);
    for (const options of [
      { workers: 2, batchSize: 1 },
      { workers: 3, batchSize: 4 },
    ]) {
      expect(ids(await annotateInParallel(articles, knowledge, options))).toEqual(
        articles.map((article) => article.id),
      );
    }
  });

  it('fails, without hanging, when an article cannot be annotated', async () => {
    const paths = bundledStore();
    const knowledge = loadKnowledge(paths.knowledgeDir);
    const seeds = readSources(paths.sourcesDir);
    const broken = { ...seeds[0], raw: 42 } as unknown as (typeof seeds)[number];
    // The first batches go to the worker, later ones to the main thread as well.
    for (const at of [0, 5]) {
      const articles = [...seeds, ...seeds, ...seeds].map((article, index) => ({
        ...(index === at ? broken : article),
        id: `${article.id}-${index}`,
      }));
      await expect(
        annotateInParallel(articles, knowledge, { workers: 2, batchSize: 1 }),
      ).rejects.toThrow();
    }
  });
});
