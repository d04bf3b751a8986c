/**
 * The query API of @genebelt/corpus: an embedded SQLite index of a corpus (full-text search over
 * sentences, entities, mentions, events, timeline) answering with the shapes of @genebelt/model.
 */
export {
  type BuildOptions,
  type BuildStats,
  buildCorpusIndex,
  buildCorpusIndexFromParts,
  type CorpusParts,
} from './build.js';
export { CorpusFileError, defaultIndexFile, openCorpus } from './open-corpus.js';
export {
  MAX_TERMS,
  type ParsedQuery,
  parseSearchQuery,
  type QueryFilter,
  type QueryTerm,
} from './parse.js';
export { type OpenOptions, openCorpusIndex } from './queries.js';
export type {
  ConcordanceOptions,
  CooccurrenceOptions,
  CorpusQueries,
  DocumentsOptions,
  EntitiesOptions,
  MentionsOptions,
  SearchOptions,
} from './types.js';
