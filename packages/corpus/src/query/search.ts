/**
 * Search: one FTS5 pass (or common words' bitmaps, see row-sets.ts; or, for filter-only queries,
 * a walk of the filter's sentences) yields every matching sentence; its BM25 score (exactly
 * FTS5's, see bm25.ts), the filters, the facets over all matches and the page of best hits are
 * then computed in JavaScript from per-sentence columns (document, entity types mentioned, date,
 * length, repeated tokens) that are loaded once, on the first search. A long FTS5 pass is shared
 * with a helper thread when the index has one (see match-helper.ts).
 */
import type { SearchHit, SearchResult, Span } from '@genebelt/model';
import type Database from 'better-sqlite3';
import { Accumulator, type MatchSink } from './accumulator.js';
import {
  type Bm25Plan,
  frequencyFromBm25,
  lengthFreeContribution,
  planBm25,
  queryRepeatThreshold,
  repeatThreshold,
  scoreOf,
  scoreOfSingles,
} from './bm25.js';
import { dateBounds } from './dates.js';
import { type MatchHelper, passInParts } from './match-helper.js';
import { ftsString, type ParsedQuery, parseSearchQuery, type QueryTerm } from './parse.js';
import { type PrefixMatches, prefixMatches, prefixWords } from './prefix.js';
import { phraseFrequency, repeatEntry } from './repeats.js';
import { intersectRows, type RowSet } from './row-sets.js';
import { ROWIDS, rangeParameters, sortedRowids } from './rowid-list.js';
import { findSequence, keywordInContext, mergeSpans, tokenHash, tokenize } from './tokenize.js';
import { ENTITY_TYPES, type SearchOptions } from './types.js';

/** Per-sentence columns, indexed by sentence rowid (from 1). */
export interface SearchColumns {
  sentenceCount: number;
  documentCount: number;
  document: Uint32Array;
  types: Uint8Array;
  date: Uint32Array;
  /** Tokens in each sentence, as FTS5 counts them. */
  length: Uint32Array;
  /**
   * Tokens that occur more than once in a sentence: for sentence r, entries repeatStart[r] to
   * repeatStart[r + 1], each the token's hash halves and its positions in the sentence, from
   * repeatPositions[repeatPositionStart[e]] to repeatPositions[repeatPositionStart[e + 1] - 1].
   */
  repeatStart: Uint32Array;
  repeatA: Int32Array;
  repeatB: Int32Array;
  repeatPositionStart: Uint32Array;
  repeatPositions: Uint32Array;
  tokenCount: number;
  /** By date code (0: undated): the year, and the first and last day as yyyymmdd. */
  year: Int32Array;
  low: Int32Array;
  high: Int32Array;
}

/** What search needs from the open index. */
export interface SearchContext {
  statement(sql: string): Database.Statement;
  columns(): SearchColumns;
  /** The type bit of every entity, by entity ordinal. */
  entityBits(): Uint8Array;
  documentText(ordinal: number): string;
  /** How many sentences contain a term (cached: the index never changes). */
  phraseHits(term: QueryTerm): number;
  /** The sentences of a common indexed word as a bitmap (see BITMAP_DIVISOR), else null. */
  termBitmap(term: string): Uint32Array | null;
  /** Whether termBitmap has a bitmap for the word (without reading it). */
  hasTermBitmap(term: string): boolean;
  /** The helper thread, if one is ready and a pass of this many postings is worth splitting. */
  helper(postings: number): MatchHelper | null;
}

/** A blob as 32-bit integers (little-endian, as written), without copying when it is aligned. */
export function uint32Blob(blob: unknown): Uint32Array {
  if (!(blob instanceof Uint8Array) || blob.byteLength % 4 !== 0) {
    throw new Error('the query index has a damaged column');
  }
  if (blob.byteOffset % 4 === 0) {
    return new Uint32Array(blob.buffer, blob.byteOffset, blob.byteLength / 4);
  }
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Uint32Array(copy.buffer);
}

/** Reads the per-sentence columns of an index. */
export function loadColumns(db: Database.Database): SearchColumns {
  const chunks = db.prepare('SELECT data FROM columns WHERE name = ? ORDER BY chunk').pluck();
  /** A column's chunks as one array of bytes (copied once into an aligned buffer). */
  const bytes = (name: string): Uint8Array => {
    const parts = chunks.all(name) as unknown[];
    let size = 0;
    for (const part of parts) {
      if (!(part instanceof Uint8Array)) throw new Error(`the query index has a damaged ${name}`);
      size += part.byteLength;
    }
    const whole = new Uint8Array(size);
    let offset = 0;
    for (const part of parts as Uint8Array[]) {
      whole.set(part, offset);
      offset += part.byteLength;
    }
    return whole;
  };
  const column = (name: string) => uint32Blob(bytes(name));
  const document = column('sentence_document');
  const types = bytes('sentence_types');
  const date = column('sentence_date');
  const length = column('sentence_length');
  const repeatStart = column('repeat_start');
  const signed = (name: string) => {
    const values = column(name);
    return new Int32Array(values.buffer, values.byteOffset, values.length);
  };
  const repeatA = signed('repeat_a');
  const repeatB = signed('repeat_b');
  const repeatPositionStart = column('repeat_position_start');
  const repeatPositions = column('repeat_positions');
  const tokenCount = Number(
    db.prepare(`SELECT value FROM meta WHERE key = 'tokenCount'`).pluck().get() ?? 0,
  );
  const dates = JSON.parse(
    String(db.prepare(`SELECT value FROM meta WHERE key = 'dates'`).pluck().get() ?? '[]'),
  ) as string[];
  const year = new Int32Array(dates.length + 1);
  const low = new Int32Array(dates.length + 1);
  const high = new Int32Array(dates.length + 1);
  dates.forEach((value, index) => {
    const [first, last] = dateBounds(value);
    year[index + 1] = Number(value.slice(0, 4));
    low[index + 1] = first;
    high[index + 1] = last;
  });
  const documentCount = Number(db.prepare('SELECT count(*) FROM documents').pluck().get());
  return {
    sentenceCount: document.length - 1,
    documentCount,
    document,
    types,
    date,
    length,
    repeatStart,
    repeatA,
    repeatB,
    repeatPositionStart,
    repeatPositions,
    tokenCount,
    year,
    low,
    high,
  };
}

function clampInteger(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

function emptyResult(query: string): SearchResult {
  return { query, total: 0, hits: [], facets: { entityType: [], document: [], year: [] } };
}

interface Plan {
  required: number;
  forbidden: number;
  onlyDocument: number;
  excludedDocuments: Set<number>;
  datePass: Uint8Array | null;
  requiredEntities: Uint8Array[];
  excludedEntities: Uint8Array[];
  /** Positive entity filters' sentence lists, to walk when there is no term. */
  entitySentences: Uint32Array[];
  /** Ordinals and bits of positive entity and type filters, to highlight their mentions. */
  highlightEntities: Set<number>;
  highlightBits: number;
}

const ENTITY_SQL = 'SELECT ordinal FROM entities WHERE id = ?';
const DOCUMENT_SQL =
  'SELECT ordinal, first_sentence AS first, sentence_count AS count FROM documents WHERE id = ?';

/** Resolves the filters against the index; null when they cannot match anything. */
function plan(
  context: SearchContext,
  parsed: ParsedQuery,
  columns: SearchColumns,
): { plan: Plan; range: [number, number] | null } | null {
  const result: Plan = {
    required: 0,
    forbidden: 0,
    onlyDocument: -1,
    excludedDocuments: new Set(),
    datePass: null,
    requiredEntities: [],
    excludedEntities: [],
    entitySentences: [],
    highlightEntities: new Set(),
    highlightBits: 0,
  };
  let range: [number, number] | null = null;
  let from = Number.NEGATIVE_INFINITY;
  let to = Number.POSITIVE_INFINITY;
  let dated = false;
  for (const filter of parsed.filters) {
    switch (filter.kind) {
      case 'type': {
        const bit = 1 << ENTITY_TYPES.indexOf(filter.value);
        if (filter.negated) result.forbidden |= bit;
        else {
          result.required |= bit;
          result.highlightBits |= bit;
        }
        break;
      }
      case 'doc': {
        const row = context.statement(DOCUMENT_SQL).get(filter.value) as
          | { ordinal: number; first: number; count: number }
          | undefined;
        if (filter.negated) {
          if (row) result.excludedDocuments.add(row.ordinal);
        } else {
          if (!row) return null;
          if (result.onlyDocument >= 0 && result.onlyDocument !== row.ordinal) return null;
          result.onlyDocument = row.ordinal;
          range = [row.first, row.first + row.count - 1];
        }
        break;
      }
      case 'entity': {
        const ordinal = context.statement(ENTITY_SQL).pluck().get(filter.value) as
          | number
          | undefined;
        if (ordinal === undefined) {
          if (filter.negated) break;
          return null;
        }
        const sentences = entitySentences(context, ordinal);
        const marker = new Uint8Array(columns.sentenceCount + 1);
        for (const sentence of sentences) marker[sentence] = 1;
        if (filter.negated) result.excludedEntities.push(marker);
        else {
          result.requiredEntities.push(marker);
          result.entitySentences.push(sentences);
          result.highlightEntities.add(ordinal);
        }
        break;
      }
      case 'from':
        dated = true;
        from = Math.max(from, dateBounds(filter.value.value)[0]);
        break;
      case 'to':
        dated = true;
        to = Math.min(to, dateBounds(filter.value.value)[1]);
        break;
    }
  }
  if ((result.required & result.forbidden) !== 0) return null;
  if (dated) {
    // A sentence's date is a range (a year, a month or a day); it matches when the ranges overlap.
    const pass = new Uint8Array(columns.low.length);
    for (let code = 1; code < pass.length; code++) {
      if ((columns.high[code] ?? 0) >= from && (columns.low[code] ?? 0) <= to) pass[code] = 1;
    }
    result.datePass = pass;
  }
  return { plan: result, range };
}

function isFtsError(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    String((error as { code: unknown }).code).startsWith('SQLITE_') &&
    /fts5|syntax|MATCH/i.test(error.message)
  );
}

/**
 * How many postings (a word's rows) FTS5 reads to match these terms, roughly: the sum of their
 * words' hit counts, or of a prefix's. What decides whether a pass is split (see ftsParts).
 */
function postingsOf(context: SearchContext, terms: readonly QueryTerm[]): number {
  let postings = 0;
  for (const term of terms) {
    if (term.kind === 'prefix') postings += context.phraseHits(term);
    else {
      for (const word of term.words) {
        postings += context.phraseHits({ kind: 'word', text: word, words: [word], negated: false });
      }
    }
  }
  return postings;
}

/**
 * The value of an FTS5 pass, `sql` ending in `rowid BETWEEN ? AND ?`, over the range (all rows
 * without one), as parts in rowid order: two when a helper thread is ready for a pass of this
 * many postings (it walks the upper half while this thread walks the lower one), else one.
 */
function ftsParts(
  context: SearchContext,
  sql: string,
  parameters: readonly unknown[],
  range: [number, number] | null,
  postings: number,
): unknown[] {
  const [first, last] = range ?? [1, context.columns().sentenceCount];
  const statement = context.statement(sql).pluck();
  return passInParts(statement, sql, parameters, first, last, context.helper(postings));
}

/** Sorted rowid lists of consecutive rowid ranges as one. */
function concatRows(parts: readonly Uint32Array[]): Uint32Array {
  if (parts.length === 1) return parts[0] as Uint32Array;
  const rows = new Uint32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    rows.set(part, offset);
    offset += part.length;
  }
  return rows;
}

/**
 * Where a phrase or prefix term occurs more than once, and how often: one FTS5 pass over the term
 * alone, filtered in C by its length-free bm25() (see bm25.ts). Null when the frequencies cannot be
 * recovered that way (very short sentences on average): the rows are then tokenized.
 */
function repeatedPhrase(
  context: SearchContext,
  term: QueryTerm,
  idf: number,
  plan: Bm25Plan,
  range: [number, number] | null,
): Map<number, number> | null {
  const threshold = repeatThreshold(plan, idf);
  if (threshold === null) return null;
  const list = context
    .statement(
      `SELECT group_concat(x) FROM (
        SELECT rowid || ':' || bm25(sentence_fts) AS x FROM sentence_fts
        WHERE sentence_fts MATCH ? AND bm25(sentence_fts) < ?${range ? ' AND rowid BETWEEN ? AND ?' : ''}
        LIMIT -1)`,
    )
    .pluck()
    .get(ftsString(term), threshold, ...rangeParameters(range));
  const repeated = new Map<number, number>();
  if (typeof list !== 'string' || list.length === 0) return repeated;
  for (const entry of list.split(',')) {
    const colon = entry.indexOf(':');
    const frequency = frequencyFromBm25(plan, idf, Number(entry.slice(colon + 1)));
    if (frequency === null) return null;
    repeated.set(Number(entry.slice(0, colon)), frequency);
  }
  return repeated;
}

/**
 * The rows matching a query whose terms are all common words (with a bitmap) or one-word prefixes
 * (whose rows are known by now), and whose exclusions are all single words, from the bitmaps and
 * the rows of the other terms (see row-sets.ts); null for other queries, which FTS5 matches.
 */
function rowsOfWords(
  context: SearchContext,
  parsed: ParsedQuery,
  prefixes: readonly (PrefixMatches | null)[],
  range: [number, number] | null,
): Uint32Array | null {
  const positive = parsed.terms.filter((term) => !term.negated);
  const negative = parsed.terms.filter((term) => term.negated);
  if (negative.some((term) => term.kind !== 'word')) return null;
  // FTS5 intersects quickly when a word is rare (it walks that word's few rows), and alone matches
  // phrases: bitmaps pay when every word is common.
  const common = (term: QueryTerm, t: number) =>
    prefixes[t] !== null || (term.kind === 'word' && context.hasTermBitmap(term.words[0] ?? ''));
  if (!positive.every(common)) return null;
  const statement = context
    .statement(
      `SELECT ${ROWIDS} FROM sentence_fts WHERE sentence_fts MATCH ?${range ? ' AND rowid BETWEEN ? AND ?' : ''}`,
    )
    .pluck();
  const word = (term: QueryTerm): RowSet => {
    const bits = context.termBitmap(term.words[0] ?? '');
    return bits
      ? { bits }
      : { rows: sortedRowids(statement.get(ftsString(term), ...rangeParameters(range))) };
  };
  const included = positive.map((term, t): RowSet => {
    const prefix = prefixes[t];
    return prefix ? { rows: prefix.rows } : word(term);
  });
  return intersectRows(included, negative.map(word), range);
}

/** The positive terms of a query as scoreRows reads them: typed arrays, one entry per term. */
interface TermTable {
  /** 0 a word, 1 a phrase, 2 a prefix. */
  kinds: Int8Array;
  /** The hash halves of each term's first word (see tokenHash). */
  firstA: Int32Array;
  firstB: Int32Array;
  /** Each term's words' hashes. */
  hashes: [number, number][][];
  /** A prefix's rows and its frequency in each (empty for other terms). */
  prefixRows: Uint32Array[];
  prefixFrequency: Uint32Array[];
  /** Where each prefix's list has been read to (the rows come in order, a chunk at a time). */
  cursors: Uint32Array;
  /** Scores of rows where every term occurs once, by length (filled as needed; never 0). */
  singles: Float64Array;
}

/**
 * The BM25 score of each of `rows` (ascending, and after the rows of the calls before with the
 * same table; each in every prefix's list), into `scores`. A word or phrase
 * occurs once in a row unless its first word is among the row's repeated tokens, which few rows
 * show: that test is made here, in the loop, rather than in a call per row. The loop sees every
 * match of a broad query; it is a function of its own, always given the same types, so that it
 * stays compiled whatever mix of queries comes (inside matchTerms it ran unoptimized after other
 * kinds of queries, two to five times slower; issue 3).
 */
function scoreRows(
  columns: SearchColumns,
  plan: Bm25Plan,
  rows: Uint32Array,
  table: TermTable,
  scores: Float64Array,
): void {
  const { length, repeatStart, repeatA, repeatB, repeatPositionStart } = columns;
  const { kinds, firstA, firstB, hashes, prefixRows, prefixFrequency, cursors, singles } = table;
  const terms = kinds.length;
  const frequencies = new Float64Array(terms);
  let anyWords = false;
  for (let t = 0; t < terms; t++) if (kinds[t] !== 2) anyWords = true;
  for (let i = 0; i < rows.length; i++) {
    const rowid = rows[i] ?? 0;
    const from = anyWords ? (repeatStart[rowid] ?? 0) : 0;
    const to = anyWords ? (repeatStart[rowid + 1] ?? 0) : 0;
    let repeated = false;
    for (let t = 0; t < terms; t++) {
      const kind = kinds[t];
      let f = 1;
      if (kind === 2) {
        const list = prefixRows[t] as Uint32Array;
        let c = cursors[t] ?? 0;
        while (c < list.length && (list[c] ?? 0) < rowid) c++;
        cursors[t] = c;
        f = (prefixFrequency[t] as Uint32Array)[c] ?? 1;
      } else if (from !== to) {
        const a = firstA[t];
        const b = firstB[t];
        let entry = -1;
        for (let e = from; e < to; e++) {
          if (repeatA[e] === a && repeatB[e] === b) {
            entry = e;
            break;
          }
        }
        if (entry >= 0) {
          f =
            kind === 0
              ? (repeatPositionStart[entry + 1] ?? 0) - (repeatPositionStart[entry] ?? 0)
              : phraseFrequency(columns, from, to, hashes[t] ?? []);
        }
      }
      frequencies[t] = f;
      if (f > 1) repeated = true;
    }
    scores[i] = rowScore(plan, frequencies, length[rowid] ?? 0, repeated, singles);
  }
}

/**
 * A row's score. Rows where every term occurs once score by length alone, so those scores are
 * kept in `singles`, by length, as they are first needed (0 means not yet; a score is never 0).
 */
function rowScore(
  plan: Bm25Plan,
  frequencies: Float64Array,
  size: number,
  repeated: boolean,
  singles: Float64Array,
): number {
  if (repeated) return scoreOf(plan, frequencies, size);
  if (size >= singles.length) return scoreOfSingles(plan, size);
  let value = singles[size] ?? 0;
  if (value === 0) {
    value = scoreOfSingles(plan, size);
    singles[size] = value;
  }
  return value;
}

/**
 * Visits every sentence matching the query's terms with its BM25 score (see bm25.ts). One FTS5 pass
 * returns all matching rowids; a term occurs once in most sentences, and how often a word or a
 * phrase occurs where it repeats, the per-sentence list of repeated tokens says. A one-word prefix
 * is read through the vocabulary (see prefix.ts); other prefixes go to matchTermsWithBm25.
 */
function matchTerms(
  context: SearchContext,
  parsed: ParsedQuery,
  columns: SearchColumns,
  range: [number, number] | null,
  sink: MatchSink,
  within: Uint32Array | null,
): void {
  const positive = parsed.terms.filter((term) => !term.negated);
  const words = positive.map((term) =>
    term.kind !== 'prefix'
      ? []
      : term.words.length === 1
        ? prefixWords(context, term.words[0] ?? '')
        : null,
  );
  if (words.some((list) => list === null)) {
    matchTermsWithBm25(context, parsed, columns, range, sink);
    return;
  }
  const prefixes = positive.map((term, t) =>
    term.kind === 'prefix' ? prefixMatches(context, columns, words[t] ?? [], range) : null,
  );
  // A query of one term with nothing excluded and no range matches the rows of that term: their
  // number is its IDF's hit count, which then costs no pass of its own.
  const alone = positive.length === 1 && parsed.exclude === null && range === null;
  const rows =
    alone && prefixes[0]
      ? prefixes[0].rows
      : (rowsOfWords(context, parsed, prefixes, range) ??
        concatRows(
          ftsParts(
            context,
            `SELECT ${ROWIDS} FROM sentence_fts WHERE sentence_fts MATCH ? AND rowid BETWEEN ? AND ?`,
            [parsed.match ?? ''],
            range,
            postingsOf(context, positive),
          ).map(sortedRowids),
        ));
  if (rows.length === 0) return;
  const plan = planBm25(
    positive.map((term, t) => {
      const prefix = prefixes[t];
      if (prefix && range === null) return prefix.rows.length;
      return alone ? rows.length : context.phraseHits(term);
    }),
    columns.sentenceCount,
    columns.tokenCount,
  );

  // Rows a filter drops anyway (they are not among the sentences of an entity the query asks for)
  // need no score: a common word with an entity filter keeps a few of its hundreds of thousands.
  const scored = within ? intersectRows([{ rows }, { rows: within }], [], null) : rows;
  const hashes = positive.map((term) => term.words.map(tokenHash));
  const empty = new Uint32Array(0);
  const table: TermTable = {
    kinds: Int8Array.from(positive, (term) =>
      term.kind === 'prefix' ? 2 : term.words.length > 1 ? 1 : 0,
    ),
    firstA: Int32Array.from(hashes, (words) => words[0]?.[0] ?? 0),
    firstB: Int32Array.from(hashes, (words) => words[0]?.[1] ?? 0),
    hashes,
    prefixRows: prefixes.map((prefix) => prefix?.rows ?? empty),
    prefixFrequency: prefixes.map((prefix) => prefix?.frequency ?? empty),
    cursors: new Uint32Array(positive.length),
    singles: new Float64Array(1024),
  };
  // A chunk of rows at a time: one buffer of scores for all of a broad query's rows (ten
  // megabytes for a million) cost more to allocate than to fill.
  const scores = new Float64Array(Math.min(scored.length, SCORE_CHUNK));
  for (let start = 0; start < scored.length; start += SCORE_CHUNK) {
    const chunk = scored.subarray(start, start + SCORE_CHUNK);
    const chunkScores = scores.subarray(0, chunk.length);
    scoreRows(columns, plan, chunk, table, chunkScores);
    sink.addRows(chunk, chunkScores);
  }
}

/** Rows scored at a time (see matchTerms). */
const SCORE_CHUNK = 1 << 16;

/**
 * matchTerms for queries with a prefix of several words or of too many vocabulary words, whose
 * frequency the list of repeated tokens cannot give (it names no words): with one such prefix in
 * the query the main pass brings FTS5's length-free bm25() for the rows where something repeats
 * (the prefix's share is what the words and phrases leave); with more, each prefix gets a pass of
 * its own.
 */
function matchTermsWithBm25(
  context: SearchContext,
  parsed: ParsedQuery,
  columns: SearchColumns,
  range: [number, number] | null,
  sink: MatchSink,
): void {
  const positive = parsed.terms.filter((term) => !term.negated);
  const plan = planBm25(
    positive.map((term) => context.phraseHits(term)),
    columns.sentenceCount,
    columns.tokenCount,
  );
  const prefixes = positive.flatMap((term, t) => (term.kind === 'prefix' ? [t] : []));
  const onlyPrefix = prefixes.length === 1 ? prefixes[0] : undefined;
  const mainThreshold =
    onlyPrefix === undefined
      ? null
      : queryRepeatThreshold(plan, plan.idf, plan.idf[onlyPrefix] ?? 0);
  const where = 'sentence_fts MATCH ? AND rowid BETWEEN ? AND ?';
  const list = ftsParts(
    context,
    mainThreshold === null
      ? `SELECT group_concat(rowid) FROM sentence_fts WHERE ${where}`
      : `SELECT group_concat(x) FROM (
          SELECT iif(bm25(sentence_fts) < ?, rowid || ':' || bm25(sentence_fts), rowid) AS x
          FROM sentence_fts WHERE ${where} LIMIT -1)`,
    mainThreshold === null ? [parsed.match ?? ''] : [mainThreshold, parsed.match ?? ''],
    range,
    postingsOf(context, positive),
  )
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join(',');
  if (list.length === 0) return;

  const { length, repeatStart, repeatPositionStart } = columns;
  const hashes = positive.map((term) => term.words.map(tokenHash));
  // Prefixes not covered by the main pass: a pass each (null: the rows must be tokenized).
  const prefixRepeats = positive.map((term, t) =>
    term.kind === 'prefix' && mainThreshold === null
      ? repeatedPhrase(context, term, plan.idf[t] ?? 0, plan, range)
      : undefined,
  );
  const tokenizeAll = prefixRepeats.some((map) => map === null);
  const frequencies = new Float64Array(positive.length);
  /** Scores of rows where every term occurs once, by length (filled as needed; never 0). */
  const singles = new Float64Array(1024);
  const toTokenize: number[] = [];

  // Per term: 0 a word, 1 a phrase, 2 a prefix.
  const kinds = Int8Array.from(positive, (term) =>
    term.kind === 'prefix' ? 2 : term.words.length > 1 ? 1 : 0,
  );
  const terms = positive.length;

  /** Scores a row; `bm25` is FTS5's length-free value when the main pass brought it. */
  const score = (rowid: number, bm25: number | null) => {
    const from = repeatStart[rowid] ?? 0;
    const to = repeatStart[rowid + 1] ?? 0;
    let repeated = false;
    let known = 0;
    for (let t = 0; t < terms; t++) {
      const kind = kinds[t];
      let f = 1;
      if (kind === 2) {
        f = prefixRepeats[t]?.get(rowid) ?? 1;
      } else if (from !== to) {
        const words = hashes[t] ?? [];
        if (kind === 0) {
          const entry = repeatEntry(columns, from, to, words[0] ?? [0, 0]);
          if (entry >= 0)
            f = (repeatPositionStart[entry + 1] ?? 0) - (repeatPositionStart[entry] ?? 0);
        } else f = phraseFrequency(columns, from, to, words);
      }
      if (bm25 !== null && t !== onlyPrefix)
        known += lengthFreeContribution(plan, plan.idf[t] ?? 0, f);
      frequencies[t] = f;
      if (f > 1) repeated = true;
    }
    if (bm25 !== null && onlyPrefix !== undefined) {
      // What the words and phrases leave of the length-free value is the prefix's share.
      const f = frequencyFromBm25(plan, plan.idf[onlyPrefix] ?? 0, bm25 + known);
      if (f === null) {
        toTokenize.push(rowid);
        return;
      }
      frequencies[onlyPrefix] = f;
      if (f > 1) repeated = true;
    }
    sink.add(rowid, rowScore(plan, frequencies, length[rowid] ?? 0, repeated, singles));
  };

  const n = list.length;
  let i = 0;
  while (i < n) {
    let rowid = 0;
    let code = list.charCodeAt(i);
    while (code >= 48 && code <= 57) {
      rowid = rowid * 10 + (code - 48);
      code = list.charCodeAt(++i);
    }
    if (tokenizeAll) toTokenize.push(rowid);
    else if (code === 58) {
      // "rowid:bm25"
      let end = list.indexOf(',', i);
      if (end < 0) end = n;
      score(rowid, Number(list.slice(i + 1, end)));
      i = end;
    } else score(rowid, null);
    i++;
  }
  if (toTokenize.length > 0) scoreByTokenizing(context, positive, plan, toTokenize, length, sink);
}

/** Scores rows by counting each phrase in the sentence text. */
function scoreByTokenizing(
  context: SearchContext,
  terms: readonly QueryTerm[],
  plan: Bm25Plan,
  rowids: readonly number[],
  lengths: Uint32Array,
  sink: MatchSink,
): void {
  const statement = context.statement(
    'SELECT document, start_offset AS start, end_offset AS end FROM sentences WHERE rowid = ?',
  );
  const patterns = terms.map((term) =>
    term.words.map((folded, i) => ({
      folded,
      prefix: term.kind === 'prefix' && i === term.words.length - 1,
    })),
  );
  let textOrdinal = -1;
  let text = '';
  for (const rowid of rowids) {
    const row = statement.get(rowid) as
      | { document: number; start: number; end: number }
      | undefined;
    if (!row) continue;
    if (row.document !== textOrdinal) {
      textOrdinal = row.document;
      text = context.documentText(row.document);
    }
    const tokens = tokenize(text, row.start, row.end);
    const frequencies = patterns.map((pattern) => findSequence(tokens, pattern).length);
    sink.add(rowid, scoreOf(plan, frequencies, lengths[rowid] ?? tokens.length));
  }
}

/**
 * Recent results by what they depend on (the parsed query, facet limit and width, not its
 * spelling), with hits from the first one up to as many as were asked for: the next page of a
 * query, or the same query again, costs no new pass over its matches.
 */
export class SearchCache {
  private readonly entries = new Map<string, SearchResult>();
  constructor(readonly size: number) {}

  get(key: string, wanted: number): SearchResult | undefined {
    const entry = this.entries.get(key);
    if (!entry || (entry.hits.length < wanted && entry.hits.length < entry.total)) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, result: SearchResult): void {
    if (this.size <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, result);
    if (this.entries.size > this.size) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

/** Hits computed at least, so that the next pages come from the cache. */
const CACHED_HITS = 50;

/** Runs a query; never throws for any input text (see parse.ts for the language). */
export function search(
  context: SearchContext,
  query: string,
  options: SearchOptions = {},
  cache?: SearchCache,
): SearchResult {
  const text = typeof query === 'string' ? query : '';
  const parsed = parseSearchQuery(text);
  const limit = clampInteger(options.limit, 20, 0, 10_000);
  const offset = clampInteger(options.offset, 0, 0, 1_000_000);
  const width = clampInteger(options.width, 60, 0, 10_000);
  const facetLimit = clampInteger(options.facetLimit, 20, 0, 10_000);
  if (parsed.empty) return emptyResult(text);
  if (!cache || cache.size <= 0) {
    return run(context, text, parsed, offset, limit, width, facetLimit);
  }
  const key = JSON.stringify([parsed.match, parsed.exclude, parsed.filters, facetLimit, width]);
  let result = cache.get(key, offset + limit);
  if (!result) {
    result = run(
      context,
      text,
      parsed,
      0,
      Math.max(offset + limit, CACHED_HITS),
      width,
      facetLimit,
    );
    cache.set(key, result);
  }
  return {
    query: text,
    total: result.total,
    hits: structuredClone(result.hits.slice(offset, offset + limit)),
    facets: structuredClone(result.facets),
  };
}

function run(
  context: SearchContext,
  text: string,
  parsed: ParsedQuery,
  offset: number,
  limit: number,
  width: number,
  facetLimit: number,
): SearchResult {
  const columns = context.columns();
  const planned = plan(context, parsed, columns);
  if (!planned) return emptyResult(text);
  const { plan: p, range } = planned;

  let excludedTerms: Uint8Array | null = null;
  if (parsed.match === null && parsed.exclude !== null) {
    excludedTerms = new Uint8Array(columns.sentenceCount + 1);
    try {
      const rowids = sortedRowids(
        context
          .statement(`SELECT ${ROWIDS} FROM sentence_fts WHERE sentence_fts MATCH ?`)
          .pluck()
          .get(parsed.exclude),
      );
      for (let i = 0; i < rowids.length; i++) excludedTerms[rowids[i] ?? 0] = 1;
    } catch (error) {
      if (!isFtsError(error)) throw error;
    }
  }

  const { document, types, date } = columns;
  const filtered =
    p.required !== 0 ||
    p.forbidden !== 0 ||
    p.onlyDocument >= 0 ||
    p.excludedDocuments.size > 0 ||
    p.datePass !== null ||
    p.requiredEntities.length > 0 ||
    p.excludedEntities.length > 0 ||
    excludedTerms !== null;
  const accept = (rowid: number): boolean => {
    const bits = types[rowid] ?? 0;
    if ((bits & p.required) !== p.required || (bits & p.forbidden) !== 0) return false;
    const ordinal = document[rowid] ?? -1;
    if (p.onlyDocument >= 0 && ordinal !== p.onlyDocument) return false;
    if (p.excludedDocuments.size > 0 && p.excludedDocuments.has(ordinal)) return false;
    if (p.datePass && p.datePass[date[rowid] ?? 0] !== 1) return false;
    for (let i = 0; i < p.requiredEntities.length; i++) {
      if (p.requiredEntities[i]?.[rowid] !== 1) return false;
    }
    for (let i = 0; i < p.excludedEntities.length; i++) {
      if (p.excludedEntities[i]?.[rowid] === 1) return false;
    }
    if (excludedTerms && excludedTerms[rowid] === 1) return false;
    return true;
  };
  const top = new Accumulator(columns, filtered ? accept : null, offset + limit);

  if (parsed.match !== null) {
    try {
      const shortest = p.entitySentences.reduce<Uint32Array | null>(
        (a, b) => (a && a.length <= b.length ? a : b),
        null,
      );
      matchTerms(context, parsed, columns, range, top, shortest);
    } catch (error) {
      if (!isFtsError(error)) throw error;
      return emptyResult(text);
    }
  } else if (range) {
    for (let rowid = range[0]; rowid <= range[1]; rowid++) top.add(rowid, 0);
  } else if (p.entitySentences.length > 0) {
    const shortest = p.entitySentences.reduce((a, b) => (b.length < a.length ? b : a));
    for (let i = 0; i < shortest.length; i++) top.add(shortest[i] ?? 0, 0);
  } else {
    for (let rowid = 1; rowid <= columns.sentenceCount; rowid++) top.add(rowid, 0);
  }

  const hits: SearchHit[] = [];
  const texts = new Map<number, string>();
  const sentenceStatement = context.statement(
    `SELECT s.document AS ordinal, s.id AS sentenceId, s.start_offset AS start, s.end_offset AS end,
            d.id AS documentId, d.title AS title
     FROM sentences s JOIN documents d ON d.ordinal = s.document WHERE s.rowid = ?`,
  );
  for (let i = offset; i < top.rowids.length; i++) {
    const rowid = top.rowids[i] ?? 0;
    const row = sentenceStatement.get(rowid) as
      | {
          ordinal: number;
          sentenceId: string;
          start: number;
          end: number;
          documentId: string;
          title: string;
        }
      | undefined;
    if (!row) continue;
    let documentText = texts.get(row.ordinal);
    if (documentText === undefined) {
      documentText = context.documentText(row.ordinal);
      texts.set(row.ordinal, documentText);
    }
    const sentence: Span = { start: row.start, end: row.end };
    const highlights = highlight(context, parsed, p, documentText, sentence, rowid);
    const first = highlights[0];
    hits.push({
      documentId: row.documentId,
      documentTitle: row.title,
      sentenceId: row.sentenceId,
      sentence,
      score: top.scores[i] ?? 0,
      highlights,
      context: first
        ? keywordInContext(documentText, first, sentence, width)
        : keywordInContext(documentText, { start: row.start, end: row.start }, sentence, width * 2),
    });
  }

  const documentTitle = context.statement('SELECT id, title FROM documents WHERE ordinal = ?');
  return {
    query: text,
    total: top.total,
    hits,
    facets: {
      entityType: top.entityTypeFacet(),
      document: top.topDocuments(facetLimit).map(([ordinal, count]) => {
        const row = documentTitle.get(ordinal) as { id: string; title: string };
        return { value: row.id, label: row.title, count };
      }),
      year: top.yearFacet(),
    },
  };
}

/** The sentences that mention an entity, sorted, each once (stored with the index). */
function entitySentences(context: SearchContext, ordinal: number): Uint32Array {
  const blob = context
    .statement('SELECT sentences FROM entity_lists WHERE entity = ?')
    .pluck()
    .get(ordinal);
  return blob instanceof Uint8Array ? uint32Blob(blob) : new Uint32Array(0);
}

/**
 * The matched words of a hit, in document offsets: every occurrence of every positive term in the
 * sentence, found with the index's own tokenization. A query of filters only highlights the
 * mentions its entity and type filters asked for.
 */
function highlight(
  context: SearchContext,
  parsed: ParsedQuery,
  p: Plan,
  text: string,
  sentence: Span,
  rowid: number,
): Span[] {
  const positive = parsed.terms.filter((term) => !term.negated);
  if (positive.length > 0) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    const spans: Span[] = [];
    for (const term of positive) {
      const last = term.words.length - 1;
      const patterns = term.words.map((folded, i) => ({
        folded,
        prefix: term.kind === 'prefix' && i === last,
      }));
      spans.push(...findSequence(tokens, patterns));
    }
    return mergeSpans(spans);
  }
  if (p.highlightEntities.size === 0 && p.highlightBits === 0) return [];
  const bits = context.entityBits();
  const mentions = context
    .statement(
      `SELECT m.entity, m.start_offset AS start, m.end_offset AS end
       FROM sentences s JOIN mentions m
         ON m.rowid BETWEEN s.first_mention AND s.first_mention + s.mention_count - 1
       WHERE s.rowid = ?`,
    )
    .all(rowid) as { entity: number; start: number; end: number }[];
  return mergeSpans(
    mentions
      .filter(
        (m) => p.highlightEntities.has(m.entity) || ((bits[m.entity] ?? 0) & p.highlightBits) !== 0,
      )
      .map((m) => ({ start: m.start, end: m.end })),
  );
}
