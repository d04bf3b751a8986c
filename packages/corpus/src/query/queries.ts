/**
 * The query API over an index file. Opening reads one row; everything else is read on demand
 * with prepared statements, so opening a 100,000-document index costs a few milliseconds.
 */
import type {
  Citation,
  ConcordanceLine,
  Cooccurrence,
  CorpusOverview,
  Document,
  DocumentSummary,
  Entity,
  EntitySummary,
  Event,
  SearchResult,
  Span,
  Timeline,
  TimelineEntry,
  TimelinePage,
} from '@genebelt/model';
import Database from 'better-sqlite3';
import { MatchHelper, passInParts, STAMP_SQL } from './match-helper.js';
import { ftsString, type QueryTerm } from './parse.js';
import { INDEX_FORMAT } from './schema.js';
import {
  loadColumns,
  SearchCache,
  type SearchColumns,
  type SearchContext,
  search,
  uint32Blob,
} from './search.js';
import { loadDocument } from './stored-document.js';
import {
  findSequence,
  foldText,
  keywordInContext,
  oneLine,
  type Token,
  type TokenPattern,
  tokenize,
} from './tokenize.js';
import {
  type ConcordanceOptions,
  type CooccurrenceOptions,
  type CorpusQueries,
  type DocumentsOptions,
  ENTITY_TYPES,
  type EntitiesOptions,
  type MentionsOptions,
  type SearchOptions,
  type TimelineOptions,
} from './types.js';

const DEFAULT_WIDTH = 60;

function integer(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface OpenOptions {
  /** Recent search results kept for paging and repeated queries (default 32; 0 keeps none). */
  searchCache?: number;
  /**
   * FTS5 passes estimated to read at least this many postings are split with a helper thread
   * (see match-helper.ts). By default the helper serves indexes of HELPER_SENTENCES sentences or
   * more, from SPLIT_POSTINGS postings, once it has started in the background; given a number,
   * the helper serves any index and the first search waits for it to start (tests use 0).
   */
  splitPostings?: number;
}

/**
 * Indexes this large get a helper thread by default: smaller ones search fast enough alone, and a
 * thread with its own connection costs a terminal browser some 10 MB it should keep for itself
 * (about 40,000 articles give a million sentences).
 */
export const HELPER_SENTENCES = 1_000_000;

/** Postings from which a pass is split by default: a few milliseconds of FTS5; a split costs ~0.1 ms. */
export const SPLIT_POSTINGS = 100_000;

/** Opens an index written by buildCorpusIndex, read-only. Throws a clear Error if it is not one. */
export function openCorpusIndex(file: string, options: OpenOptions = {}): CorpusQueries {
  return new IndexQueries(file, options);
}

/** The format and corpus digest recorded in an index, or null if the file is missing or not one. */
export function readIndexStamp(file: string): { format: number; digest: string } | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db
      .prepare(`SELECT key, value FROM meta WHERE key IN ('indexFormat', 'corpusDigest')`)
      .all() as { key: string; value: unknown }[];
    const get = (key: string) => rows.find((row) => row.key === key)?.value;
    return { format: Number(get('indexFormat')), digest: String(get('corpusDigest') ?? '') };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

interface ConcordanceCandidate {
  line: ConcordanceLine;
  rowid: number;
  left: string[];
  right: string[];
}

function compareWords(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

function citationDate(published: Citation['published']): string {
  return published.status === 'resolved' ? published.date.value : 'date unknown';
}

class IndexQueries implements CorpusQueries, SearchContext {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private overviewCache: CorpusOverview | null = null;
  private columnsCache: SearchColumns | null = null;
  private entityBitsCache: Uint8Array | null = null;

  private readonly cache: SearchCache;
  private readonly file: string;
  private readonly splitOption: number | undefined;
  private matchHelper: MatchHelper | null = null;

  constructor(file: string, options: OpenOptions = {}) {
    this.cache = new SearchCache(integer(options.searchCache, 32, 0, 10_000));
    this.file = file;
    this.splitOption =
      typeof options.splitPostings === 'number' && options.splitPostings >= 0
        ? options.splitPostings
        : undefined;
    let db: Database.Database;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
    } catch (error) {
      throw new Error(`cannot open the query index ${file}: ${message(error)}`);
    }
    let format: unknown;
    try {
      format = db.prepare(`SELECT value FROM meta WHERE key = 'indexFormat'`).pluck().get();
    } catch (error) {
      db.close();
      throw new Error(`${file} is not a genebelt query index: ${message(error)}`);
    }
    if (Number(format) !== INDEX_FORMAT) {
      db.close();
      throw new Error(
        `${file} is a query index of format ${String(format)}; this version reads format ${INDEX_FORMAT}. Rebuild it with buildCorpusIndex or openCorpus.`,
      );
    }
    db.pragma('cache_size = -32768');
    this.db = db;
  }

  statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  columns(): SearchColumns {
    if (!this.columnsCache) {
      this.columnsCache = loadColumns(this.db);
      // The first search loads the columns, which takes far longer than the helper needs to start.
      if (this.splitOption !== undefined || this.columnsCache.sentenceCount >= HELPER_SENTENCES) {
        this.matchHelper = new MatchHelper(this.file, this.db.prepare(STAMP_SQL).pluck().get());
        this.matchHelper.start();
        if (this.splitOption !== undefined) this.matchHelper.waitUntilReady(10_000);
      }
    }
    return this.columnsCache;
  }

  helper(postings: number): MatchHelper | null {
    const helper = this.matchHelper;
    return helper?.ready && postings >= (this.splitOption ?? SPLIT_POSTINGS) ? helper : null;
  }

  entityBits(): Uint8Array {
    if (!this.entityBitsCache) {
      const rows = this.statement('SELECT ordinal, type FROM entities').all() as {
        ordinal: number;
        type: string;
      }[];
      const bits = new Uint8Array(rows.reduce((max, row) => Math.max(max, row.ordinal + 1), 0));
      for (const row of rows) {
        bits[row.ordinal] = 1 << ENTITY_TYPES.indexOf(row.type as (typeof ENTITY_TYPES)[number]);
      }
      this.entityBitsCache = bits;
    }
    return this.entityBitsCache;
  }

  documentText(ordinal: number): string {
    const text = this.statement('SELECT text FROM document_bodies WHERE ordinal = ?')
      .pluck()
      .get(ordinal);
    return typeof text === 'string' ? text : '';
  }

  termBitmap(term: string): Uint32Array | null {
    const blob = this.statement('SELECT bits FROM term_bitmaps WHERE term = ?').pluck().get(term);
    return blob instanceof Uint8Array ? uint32Blob(blob) : null;
  }

  hasTermBitmap(term: string): boolean {
    // Answered from the table's index on term, without reading the bitmap.
    return this.statement('SELECT 1 FROM term_bitmaps WHERE term = ?').pluck().get(term) === 1;
  }

  private readonly hits = new Map<string, number>();

  phraseHits(term: QueryTerm): number {
    const phrase = ftsString(term);
    let hits = this.hits.get(phrase);
    if (hits === undefined) {
      const word = term.kind !== 'prefix' && term.words.length === 1 ? term.words[0] : undefined;
      hits =
        word !== undefined
          ? Number(
              this.statement('SELECT hits FROM term_hits WHERE term = ?').pluck().get(word) ?? 0,
            )
          : this.countMatches(phrase);
      if (this.hits.size >= 10_000) this.hits.clear();
      this.hits.set(phrase, hits);
    }
    return hits;
  }

  /**
   * How many sentences an FTS5 expression matches: a pass over every match, so the helper thread,
   * when it is ready, counts the upper half of the rows (see match-helper.ts).
   */
  private countMatches(expression: string): number {
    const sql =
      'SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH ? AND rowid BETWEEN ? AND ?';
    const statement = this.statement(sql).pluck();
    const helper = this.matchHelper?.ready ? this.matchHelper : null;
    const last = this.columnsCache?.sentenceCount ?? 0;
    if (!helper || last < 2) {
      return Number(
        this.statement('SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH ?')
          .pluck()
          .get(expression),
      );
    }
    const parts = passInParts(statement, sql, [expression], 1, last, helper);
    return parts.reduce<number>((sum, part) => sum + Number(part), 0);
  }

  private entityOrdinal(id: string): number | undefined {
    if (typeof id !== 'string') return undefined;
    return this.statement('SELECT ordinal FROM entities WHERE id = ?').pluck().get(id) as
      | number
      | undefined;
  }

  overview(): CorpusOverview {
    if (!this.overviewCache) {
      const json = this.statement(`SELECT value FROM meta WHERE key = 'overview'`).pluck().get();
      this.overviewCache = JSON.parse(String(json)) as CorpusOverview;
    }
    return structuredClone(this.overviewCache);
  }

  documents(options: DocumentsOptions = {}): DocumentSummary[] {
    const filter = typeof options.filter === 'string' ? foldText(options.filter.trim()) : '';
    const order =
      options.sort === 'published'
        ? 'published_key IS NULL, published_key, title_key, id'
        : 'title_key, id';
    const where = filter ? 'WHERE instr(search_key, ?) > 0' : '';
    const rows = this.statement(`SELECT summary FROM documents ${where} ORDER BY ${order}`)
      .pluck()
      .all(...(filter ? [filter] : [])) as string[];
    return rows.map((row) => JSON.parse(row) as DocumentSummary);
  }

  document(id: string): Document | null {
    if (typeof id !== 'string') return null;
    const row = this.statement(
      'SELECT b.text AS text, b.json AS json FROM documents d JOIN document_bodies b ON b.ordinal = d.ordinal WHERE d.id = ?',
    ).get(id) as { text: string; json: string } | undefined;
    return row ? loadDocument(row.json, row.text) : null;
  }

  entities(options: EntitiesOptions = {}): EntitySummary[] {
    const conditions: string[] = [];
    const parameters: string[] = [];
    if (options.type !== undefined) {
      conditions.push('type = ?');
      parameters.push(options.type);
    }
    const filter = typeof options.filter === 'string' ? foldText(options.filter.trim()) : '';
    if (filter) {
      conditions.push('instr(search_key, ?) > 0');
      parameters.push(filter);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    return this.statement(
      `SELECT id, type, name, origin, mention_count AS mentionCount, document_count AS documentCount
       FROM entities ${where} ORDER BY rank`,
    ).all(...parameters) as EntitySummary[];
  }

  entity(id: string): Entity | null {
    if (typeof id !== 'string') return null;
    const json = this.statement('SELECT json FROM entities WHERE id = ?').pluck().get(id);
    return typeof json === 'string' ? (JSON.parse(json) as Entity) : null;
  }

  /** An entity's sorted sentence or mention rowids (see entity_lists in schema.ts). */
  private entityList(ordinal: number, which: 'sentences' | 'mentions'): Uint32Array {
    const blob = this.statement(`SELECT ${which} FROM entity_lists WHERE entity = ?`)
      .pluck()
      .get(ordinal);
    return blob instanceof Uint8Array ? uint32Blob(blob) : new Uint32Array(0);
  }

  mentionsOf(entityId: string, options: MentionsOptions = {}): ConcordanceLine[] {
    const ordinal = this.entityOrdinal(entityId);
    if (ordinal === undefined) return [];
    const width = integer(options.width, DEFAULT_WIDTH, 0, 10_000);
    const offset = integer(options.offset, 0, 0, Number.MAX_SAFE_INTEGER);
    const limit = integer(options.limit, Number.MAX_SAFE_INTEGER, 0, Number.MAX_SAFE_INTEGER);
    const rowids = this.entityList(ordinal, 'mentions').subarray(offset, offset + limit);
    const statement = this.statement(
      `SELECT m.document AS ordinal, m.start_offset AS start, m.end_offset AS end,
              s.id AS sentenceId, s.start_offset AS sentenceStart, s.end_offset AS sentenceEnd,
              d.id AS documentId
       FROM mentions m
       JOIN sentences s ON s.rowid = m.sentence
       JOIN documents d ON d.ordinal = m.document
       WHERE m.rowid = ?`,
    );
    let textOrdinal = -1;
    let text = '';
    const lines: ConcordanceLine[] = [];
    for (const rowid of rowids) {
      const row = statement.get(rowid) as
        | {
            ordinal: number;
            start: number;
            end: number;
            sentenceId: string;
            sentenceStart: number;
            sentenceEnd: number;
            documentId: string;
          }
        | undefined;
      if (!row) continue;
      if (row.ordinal !== textOrdinal) {
        textOrdinal = row.ordinal;
        text = this.documentText(row.ordinal);
      }
      const span = { start: row.start, end: row.end };
      lines.push({
        documentId: row.documentId,
        sentenceId: row.sentenceId,
        span,
        context: keywordInContext(
          text,
          span,
          { start: row.sentenceStart, end: row.sentenceEnd },
          width,
        ),
      });
    }
    return lines;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    return search(this, query, options, this.cache);
  }

  concordance(term: string, options: ConcordanceOptions = {}): ConcordanceLine[] {
    const width = integer(options.width, DEFAULT_WIDTH, 0, 10_000);
    const limit = integer(options.limit, Number.POSITIVE_INFINITY, 0, Number.MAX_SAFE_INTEGER);
    let raw = typeof term === 'string' ? term.trim() : '';
    const prefix = /\*+$/.test(raw);
    raw = raw.replace(/\*+$/, '').replace(/^"+|"+$/g, '');
    const words = tokenize(raw).map((token) => token.folded);
    const lastWord = words[words.length - 1];
    if (lastWord === undefined) return [];
    const isPrefix = prefix && [...lastWord].length >= 2;
    const patterns: TokenPattern[] = words.map((folded, i) => ({
      folded,
      prefix: isPrefix && i === words.length - 1,
    }));
    const match = `"${words.join(' ').replace(/"/g, '""')}"${isPrefix ? ' *' : ''}`;

    const rows = this.statement(
      `SELECT s.rowid AS rowid, s.document AS ordinal, s.id AS sentenceId,
              s.start_offset AS start, s.end_offset AS end, d.id AS documentId
       FROM sentences s JOIN documents d ON d.ordinal = s.document
       WHERE s.rowid IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?)
       ORDER BY s.rowid`,
    ).all(match) as {
      rowid: number;
      ordinal: number;
      sentenceId: string;
      start: number;
      end: number;
      documentId: string;
    }[];

    const sort = options.sort ?? 'document';
    const candidates: ConcordanceCandidate[] = [];
    let textOrdinal = -1;
    let text = '';
    for (const row of rows) {
      if (sort === 'document' && candidates.length >= limit) break;
      if (row.ordinal !== textOrdinal) {
        textOrdinal = row.ordinal;
        text = this.documentText(row.ordinal);
      }
      const sentence = { start: row.start, end: row.end };
      const tokens: Token[] = tokenize(text, sentence.start, sentence.end);
      for (const span of findSequence(tokens, patterns)) {
        const first = tokens.findIndex((token) => token.start === span.start);
        const after = tokens.findIndex((token) => token.end === span.end) + 1;
        candidates.push({
          rowid: row.rowid,
          line: {
            documentId: row.documentId,
            sentenceId: row.sentenceId,
            span,
            context: keywordInContext(text, span, sentence, width),
          },
          left:
            sort === 'left'
              ? tokens
                  .slice(0, first)
                  .reverse()
                  .map((t) => t.folded)
              : [],
          right: sort === 'right' ? tokens.slice(after).map((t) => t.folded) : [],
        });
      }
    }
    const byPosition = (a: ConcordanceCandidate, b: ConcordanceCandidate) =>
      a.rowid - b.rowid || a.line.span.start - b.line.span.start;
    if (sort === 'left') {
      candidates.sort((a, b) => compareWords(a.left, b.left) || byPosition(a, b));
    } else if (sort === 'right') {
      candidates.sort((a, b) => compareWords(a.right, b.right) || byPosition(a, b));
    }
    return candidates.slice(0, limit).map((candidate) => candidate.line);
  }

  timeline(): Timeline;
  timeline(page: TimelineOptions): TimelinePage;
  timeline(page?: TimelineOptions): Timeline | TimelinePage {
    // Both read the timeline_order index in its order, so a window needs no sort and OFFSET only
    // walks the index. (Undated entries have no date_key: ordering them by it changes nothing.)
    const order = 'ORDER BY date_key, document_id, offset, kind, entry_id';
    const dated = `SELECT json FROM timeline WHERE dated = 1 ${order}`;
    const undated = `SELECT json FROM timeline WHERE dated = 0 ${order}`;
    const read = (sql: string, ...window: number[]) =>
      (
        this.statement(sql)
          .pluck()
          .all(...window) as string[]
      ).map((json) => JSON.parse(json) as TimelineEntry);
    if (page === undefined) return { dated: read(dated), undated: read(undated) };

    const counts = this.statement(
      'SELECT dated, count(*) AS count FROM timeline GROUP BY dated',
    ).all() as { dated: number; count: number }[];
    const datedTotal = counts.find((row) => row.dated === 1)?.count ?? 0;
    const undatedTotal = counts.find((row) => row.dated === 0)?.count ?? 0;
    const offset = integer(page.offset, 0, 0, Number.MAX_SAFE_INTEGER);
    const limit = integer(page.limit, Number.MAX_SAFE_INTEGER, 0, Number.MAX_SAFE_INTEGER);
    const end = Math.min(datedTotal + undatedTotal, offset + limit);
    let entries: TimelineEntry[] = [];
    if (offset < Math.min(end, datedTotal)) {
      entries = read(`${dated} LIMIT ? OFFSET ?`, Math.min(end, datedTotal) - offset, offset);
    }
    const undatedFrom = Math.max(offset, datedTotal);
    if (end > undatedFrom) {
      const more = read(`${undated} LIMIT ? OFFSET ?`, end - undatedFrom, undatedFrom - datedTotal);
      entries = entries.length > 0 ? entries.concat(more) : more;
    }
    return { offset, datedTotal, undatedTotal, entries };
  }

  cooccurrence(entityId: string, options: CooccurrenceOptions = {}): Cooccurrence[] {
    const ordinal = this.entityOrdinal(entityId);
    if (ordinal === undefined) return [];
    const limit = integer(options.limit, -1, 0, Number.MAX_SAFE_INTEGER);
    return this.statement(
      `SELECT e.id AS entityId, count(DISTINCT other.sentence) AS sentenceCount,
              count(DISTINCT other.document) AS documentCount
       FROM json_each(?) own
       JOIN sentences s ON s.rowid = own.value
       JOIN mentions other
         ON other.rowid BETWEEN s.first_mention AND s.first_mention + s.mention_count - 1
        AND other.entity <> ?
       JOIN entities e ON e.ordinal = other.entity
       GROUP BY other.entity
       ORDER BY sentenceCount DESC, documentCount DESC, e.id
       LIMIT ?`,
    ).all(
      JSON.stringify([...this.entityList(ordinal, 'sentences')]),
      ordinal,
      options.limit === undefined ? -1 : limit,
    ) as Cooccurrence[];
  }

  eventsOf(entityId: string): Event[] {
    const ordinal = this.entityOrdinal(entityId);
    if (ordinal === undefined) return [];
    const rows = this.statement(
      `SELECT e.json FROM event_entities x JOIN events e ON e.ordinal = x.event
       WHERE x.entity = ? ORDER BY e.date_key IS NULL, e.date_key, e.id`,
    )
      .pluck()
      .all(ordinal) as string[];
    return rows.map((json) => JSON.parse(json) as Event);
  }

  cite(documentId: string, span: Span): Citation {
    const document = this.document(documentId);
    if (!document) {
      throw new Error(`cannot cite: the corpus has no document "${String(documentId)}"`);
    }
    const { text } = document;
    const start = span?.start;
    const end = span?.end;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < 0 ||
      end < start ||
      end > text.length
    ) {
      throw new Error(
        `cannot cite: span [${String(start)}, ${String(end)}) is outside document "${document.id}", whose text has ${text.length} code units`,
      );
    }
    const quotedText = text.slice(start, end);
    const touches = (sentence: Span) =>
      start === end
        ? sentence.start <= start && start < sentence.end
        : sentence.start < end && start < sentence.end;
    let sentenceIds = document.sentences.filter((s) => touches(s.span)).map((s) => s.id);
    if (sentenceIds.length === 0 && start === end) {
      sentenceIds = document.sentences.filter((s) => s.span.end === start).map((s) => s.id);
    }
    const { publisher, url, published } = document.source;
    const publisherValue = publisher.status === 'known' ? publisher.value : null;
    const urlValue = url.status === 'known' ? url.value : null;
    const quote = oneLine(quotedText).replace(/\s+/g, ' ').trim();
    const line = [
      `“${quote}” — ${oneLine(document.title)}`,
      publisherValue ?? 'publisher unknown',
      citationDate(published),
      urlValue ?? 'no URL',
      `genebelt document ${document.id}`,
      `characters ${start}–${end}.`,
    ].join(', ');
    return {
      documentId: document.id,
      span: { start, end },
      quotedText,
      documentTitle: document.title,
      publisher: publisherValue,
      url: urlValue,
      published,
      sentenceIds,
      text: line,
    };
  }

  close(): void {
    this.matchHelper?.close();
    this.matchHelper = null;
    this.statements.clear();
    this.columnsCache = null;
    if (this.db.open) this.db.close();
  }
}
