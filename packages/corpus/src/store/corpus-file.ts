import { readFileSync } from 'node:fs';
import { assertCorpus, type Corpus } from '@genebelt/model';
import { loadKnowledge } from '../knowledge/load.js';
import type { StorePaths } from '../paths.js';
import { type BuiltCorpus, buildCorpus } from '../pipeline/build-corpus.js';
import { readSources } from '../sources.js';

export const CORPUS_NAME = 'BGI Group and the Belt and Road';
export const CORPUS_DESCRIPTION =
  'News articles about BGI Group (Beijing Genomics Institute) and its genomics cooperation along the Belt and Road, normalised and annotated by genebelt.';

/** The bytes of corpus.json: stable key order (construction order) and a final newline. */
export function serialiseCorpus(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}

/** Builds the corpus of a store from its sources and knowledge, in memory. */
export function buildStore(paths: StorePaths): BuiltCorpus {
  return buildCorpus({
    name: CORPUS_NAME,
    description: CORPUS_DESCRIPTION,
    articles: readSources(paths.sourcesDir),
    knowledge: loadKnowledge(paths.knowledgeDir),
  });
}

/** Reads and validates a corpus file, with every problem named by its path. */
export function readCorpusFile(file: string): Corpus {
  return assertCorpus(JSON.parse(readFileSync(file, 'utf8')), file);
}
