/**
 * @genebelt/corpus: the pipeline that turns raw articles into the annotated corpus, the bundled
 * corpus itself, and the query API both apps use. Apps call `openBundledCorpus()` (or
 * `openCorpus()` on another store) and never read data files themselves. Programs that only
 * query import `@genebelt/corpus/query` (src/query-api.ts), which leaves the pipeline out.
 */
export { InputError } from './errors.js';
export {
  type IngestedArticle,
  type IngestInput,
  type IngestResult,
  ingestArticles,
} from './ingest.js';
export { EMPTY_KNOWLEDGE, type Knowledge, loadKnowledge } from './knowledge/load.js';
export {
  type AnnotatedDocument,
  annotateDocument,
  type RawArticle,
} from './pipeline/annotate-document.js';
export { annotationContext, type BuiltCorpus, buildCorpus } from './pipeline/build-corpus.js';
export { normalise, rawOffset } from './pipeline/normalise.js';
export { segmentSentences, segmentWords } from './pipeline/segment.js';
export { findStructure } from './pipeline/structure.js';
export * from './query-api.js';
export { readSources } from './sources.js';
export { buildStore, readCorpusFile, serialiseCorpus } from './store/corpus-file.js';
export { decodeArticle, MAX_ARTICLE_BYTES } from './text/decode-article.js';
