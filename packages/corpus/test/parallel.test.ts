import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.js';
import { bundledStore } from '../src/paths.js';
import { buildCorpus } from '../src/pipeline/build-corpus.js';
import { buildCorpusInParallel } from '../src/pipeline/parallel.js';
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
});
