/**
 * @genebelt/corpus: the pipeline that turns raw articles into the annotated corpus, the bundled
 * corpus itself, and the query API both apps use. Apps call `openBundledCorpus()` (or
 * `openCorpus()` on another store) and never read data files themselves.
 */
import { bundledStore } from './paths.js';
import { type CorpusQueries, openCorpus } from './query/index.js';

export { InputError } from './errors.js';
export {
  type IngestedArticle,
  type IngestInput,
  type IngestResult,
  ingestArticles,
} from './ingest.js';
export { EMPTY_KNOWLEDGE, type Knowledge, loadKnowledge } from './knowledge/load.js';
export { bundledStore, packageRoot, type StorePaths, storeAt } from './paths.js';
export {
  type AnnotatedDocument,
  annotateDocument,
  type RawArticle,
} from './pipeline/annotate-document.js';
export { annotationContext, type BuiltCorpus, buildCorpus } from './pipeline/build-corpus.js';
export { normalise, rawOffset } from './pipeline/normalise.js';
export { segmentSentences, segmentWords } from './pipeline/segment.js';
export { findStructure } from './pipeline/structure.js';
export * from './query/index.js';
export { readSources } from './sources.js';
export { buildStore, readCorpusFile, serialiseCorpus } from './store/corpus-file.js';
export { decodeArticle, MAX_ARTICLE_BYTES } from './text/decode-article.js';

/** Opens the corpus bundled with this package (the seed articles), building its index if needed. */
export function openBundledCorpus(): CorpusQueries {
  const paths = bundledStore();
  return openCorpus({ corpusFile: paths.corpusFile, indexFile: paths.indexFile });
}
