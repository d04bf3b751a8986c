/**
 * @genebelt/corpus/query: the query API alone, for programs that only read a built corpus (the
 * terminal browser, the site). It imports none of the pipeline, so opening a corpus through it
 * loads neither the NLP libraries (wink-nlp and its model, chrono-node) nor the pipeline's code;
 * the model's schemas load only when an index has to be rebuilt from a corpus file.
 */
import { bundledStore } from './paths.js';
import { type CorpusQueries, openCorpus } from './query/index.js';

export { bundledStore, packageRoot, type StorePaths, storeAt } from './paths.js';
export * from './query/index.js';
export type { TimelineOptions } from './query/types.js';

/** Opens the corpus bundled with this package (the seed articles), building its index if needed. */
export function openBundledCorpus(): CorpusQueries {
  const paths = bundledStore();
  return openCorpus({ corpusFile: paths.corpusFile, indexFile: paths.indexFile });
}
