/**
 * The layout of the query index: one SQLite file, written once by the builder and then only read.
 *
 * Ordinals: documents are stored in ascending id order, so a document's `ordinal` (its rowid) sorts
 * like its id, and sentence rowids (global, from 1) sort like (document id, sentence index). Every
 * "ties broken by document id, then sentence index" rule is therefore a plain rowid order.
 */

/** Bumped whenever the layout changes; an index of another format is rebuilt by `openCorpus`. */
export const INDEX_FORMAT = 3;

/** The FTS5 tokenizer: case-insensitive, diacritics removed. `tokenize.ts` mirrors it exactly. */
export const FTS_TOKENIZE = 'unicode61 remove_diacritics 2';

/** Page size of the index file (set before the first table is created). */
export const PAGE_SIZE = 8192;

/**
 * The full-text index of sentences (rowid = sentence rowid). Contentless: the sentence text is
 * sliced from document_bodies.text when needed. columnsize = 0: sentence lengths live in the
 * sentence_length column instead, so that search can compute BM25 without FTS5 looking up a
 * length row for every match (see search.ts).
 */
export const CREATE_FTS = `CREATE VIRTUAL TABLE sentence_fts USING fts5(
  text,
  content = '',
  tokenize = '${FTS_TOKENIZE}',
  prefix = '2 3',
  detail = full,
  columnsize = 0
);`;

/**
 * Words found in at least 1/BITMAP_DIVISOR of the sentences have their sentences stored as a
 * bitmap (bit r of little-endian 32-bit word r >> 5 is sentence rowid r), no larger than a list
 * of their rowids would be. Search reads a common word from its bitmap in about a millisecond,
 * where FTS5 takes tens of milliseconds to list its hundreds of thousands of rows (issue 3).
 */
export const BITMAP_DIVISOR = 32;

export const CREATE_TERM_BITMAPS =
  'CREATE TABLE term_bitmaps (term TEXT PRIMARY KEY, bits BLOB NOT NULL)';

export const CREATE_TABLES = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value
) WITHOUT ROWID;

-- Named binary columns loaded by the first search (see search.ts): arrays of little-endian 32-bit
-- (or 8-bit) integers, one value per sentence rowid or per list entry, stored in chunks of 65,536
-- values so that the build never holds a whole column.
CREATE TABLE columns (
  name TEXT NOT NULL,
  chunk INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (name, chunk)
);

CREATE TABLE documents (
  ordinal INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  title TEXT NOT NULL,
  title_key TEXT NOT NULL,
  published_key TEXT,
  search_key TEXT NOT NULL,
  first_sentence INTEGER NOT NULL,
  sentence_count INTEGER NOT NULL,
  summary TEXT NOT NULL
);

-- The large parts of a document, apart so that listing documents reads few pages.
-- json is the Document with "text" emptied; the text is its own column.
CREATE TABLE document_bodies (
  ordinal INTEGER PRIMARY KEY,
  text TEXT NOT NULL,
  json TEXT NOT NULL
);

CREATE TABLE sentences (
  rowid INTEGER PRIMARY KEY,
  document INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  id TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  -- The sentence's mentions are the consecutive mention rows from first_mention.
  first_mention INTEGER NOT NULL,
  mention_count INTEGER NOT NULL
);

${CREATE_FTS}

CREATE TABLE entities (
  ordinal INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  origin TEXT NOT NULL,
  mention_count INTEGER NOT NULL,
  document_count INTEGER NOT NULL,
  rank INTEGER NOT NULL,
  search_key TEXT NOT NULL,
  json TEXT NOT NULL
);

-- Mentions are stored in document order and by offset within a document, so the mentions of an
-- entity come in reading order by rowid, and those of a sentence are consecutive rows.
CREATE TABLE mentions (
  rowid INTEGER PRIMARY KEY,
  document INTEGER NOT NULL,
  entity INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  sentence INTEGER NOT NULL
);

-- For each entity, the rowids of the sentences that mention it (each once) and of its mentions, as
-- sorted little-endian 32-bit integers: what an index on mentions(entity) would give, smaller.
CREATE TABLE entity_lists (
  entity INTEGER PRIMARY KEY,
  sentences BLOB NOT NULL,
  mentions BLOB NOT NULL
);

-- How many sentences contain each indexed word (from fts5vocab, written with the index), so that
-- search knows a word's IDF without counting.
CREATE TABLE term_hits (
  term TEXT PRIMARY KEY,
  hits INTEGER NOT NULL
) WITHOUT ROWID;

-- See BITMAP_DIVISOR.
${CREATE_TERM_BITMAPS};

CREATE TABLE events (
  ordinal INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  date_key TEXT,
  json TEXT NOT NULL
);

CREATE TABLE event_entities (
  entity INTEGER NOT NULL,
  event INTEGER NOT NULL,
  PRIMARY KEY (entity, event)
) WITHOUT ROWID;

CREATE TABLE timeline (
  dated INTEGER NOT NULL,
  date_key TEXT,
  document_id TEXT NOT NULL,
  offset INTEGER NOT NULL,
  kind TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  json TEXT NOT NULL
);
`;

/** Secondary indexes, created after the bulk insert. */
export const CREATE_INDEXES = `
CREATE UNIQUE INDEX documents_by_id ON documents(id);
CREATE INDEX documents_by_title ON documents(title_key, id);
CREATE UNIQUE INDEX entities_by_id ON entities(id);
CREATE INDEX entities_by_rank ON entities(rank);
CREATE UNIQUE INDEX events_by_id ON events(id);
CREATE INDEX timeline_order ON timeline(dated, date_key, document_id, offset, kind, entry_id);
`;
