/**
 * Writes the query index of a corpus: one SQLite file, built in a temporary file next to the
 * target and renamed over it only when complete, so readers see the old index or the new one and
 * never half of one.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type {
  CalendarDate,
  Corpus,
  CorpusOverview,
  DateResolution,
  Document,
  DocumentSummary,
  Entity,
  EntityType,
  Event,
  TimelineEntry,
} from '@genebelt/model';
import Database from 'better-sqlite3';
import { resolvedValue } from './dates.js';
import { copyFtsTables, FtsWorker } from './fts-worker.js';
import {
  BITMAP_DIVISOR,
  CREATE_FTS,
  CREATE_INDEXES,
  CREATE_TABLES,
  CREATE_TERM_BITMAPS,
  INDEX_FORMAT,
  PAGE_SIZE,
} from './schema.js';
import { storeDocument } from './stored-document.js';
import { foldText, scanTokens, shorten } from './tokenize.js';
import { ENTITY_TYPES } from './types.js';

/**
 * A corpus in parts, so a large one can be indexed without holding every document in memory.
 * `documents` is read once, in ascending id order; `events` is read after the documents (it may
 * be a function, called then, so a generator can collect events while it yields documents).
 */
export interface CorpusParts {
  schemaVersion: string;
  name: string;
  description: string;
  entities: readonly Entity[];
  documents: Iterable<Document>;
  events: Iterable<Event> | (() => Iterable<Event>);
}

export interface BuildOptions {
  /** SHA-256 of the corpus file the index is built from; openCorpus compares it to detect staleness. */
  digest?: string;
  /** Values per stored chunk of a column (default 65,536; tests use small ones). */
  columnChunk?: number;
}

export interface BuildStats {
  documents: number;
  sentences: number;
  mentions: number;
  entities: number;
  events: number;
  timelineEntries: number;
  /** Milliseconds spent in each phase of the build (documents includes reading them). */
  phases: Record<string, number>;
}

/** Length of a statement's summary in the timeline. */
const SUMMARY_LENGTH = 200;

/** Memory FTS5 may fill before writing a segment (the default is 1 MB). */
const FTS_HASH_BYTES = 32 * 1024 * 1024;

/** The file is written once, by one process, and replaced whole: no journal, no syncing until the end. */
const BUILD_PRAGMAS = [
  `page_size = ${PAGE_SIZE}`,
  'journal_mode = OFF',
  'synchronous = OFF',
  'locking_mode = EXCLUSIVE',
  'cache_size = -16384',
];

/** Builds the index of a whole corpus into `file`, atomically (see buildCorpusIndexFromParts). */
export function buildCorpusIndex(corpus: Corpus, file: string, options: BuildOptions = {}): void {
  const documents = [...corpus.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  buildCorpusIndexFromParts(
    {
      schemaVersion: corpus.schemaVersion,
      name: corpus.name,
      description: corpus.description,
      entities: corpus.entities,
      documents,
      events: corpus.events,
    },
    file,
    options,
  );
}

/**
 * Builds the index into a temporary file in the target's directory, syncs it, renames it over
 * `file` and syncs the directory. On any error the temporary file is removed and an existing
 * index at `file` is left as it was.
 */
export function buildCorpusIndexFromParts(
  parts: CorpusParts,
  file: string,
  options: BuildOptions = {},
): BuildStats {
  let stats: BuildStats | undefined;
  writeAtomically(file, (temporary) => {
    const db = new Database(temporary);
    const fts = new FtsWorker({
      file: `${temporary}.fts`,
      setup: [
        ...BUILD_PRAGMAS.map((pragma) => `PRAGMA ${pragma}`),
        CREATE_FTS,
        // Large in-memory segments (the default is 1 MB), merged as they accumulate while the
        // main thread is still writing, rather than in one optimize at the end.
        `INSERT INTO sentence_fts(sentence_fts, rank) VALUES ('hashsize', ${FTS_HASH_BYTES})`,
        `INSERT INTO sentence_fts(sentence_fts, rank) VALUES ('automerge', 4)`,
      ],
      insert: 'INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)',
      finish: [
        `CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, sentence_fts, 'row')`,
        'CREATE TABLE term_hits (term TEXT PRIMARY KEY, hits INTEGER NOT NULL) WITHOUT ROWID',
        'INSERT INTO term_hits SELECT term, doc FROM temp.vocabulary',
        CREATE_TERM_BITMAPS,
      ],
      bitmaps: {
        vocabulary: 'temp.vocabulary',
        table: 'term_bitmaps',
        fts: 'sentence_fts',
        divisor: BITMAP_DIVISOR,
      },
    });
    try {
      stats = new IndexWriter(db, fts, parts, options).write();
    } catch (error) {
      fts.abort();
      throw error;
    } finally {
      db.close();
      rmSync(`${temporary}.fts`, { force: true });
      rmSync(`${temporary}.fts-journal`, { force: true });
    }
  });
  if (!stats) throw new Error(`building ${file} produced no index`);
  return stats;
}

/** Runs `write` on a temporary path next to `file`, then moves the result into place durably. */
export function writeAtomically(file: string, write: (temporary: string) => void): void {
  const target = resolve(file);
  const directory = dirname(target);
  const temporary = join(
    directory,
    `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    write(temporary);
    syncFile(temporary);
    renameSync(temporary, target);
  } catch (error) {
    for (const leftover of ['', '-journal', '-wal', '-shm', '.fts', '.fts-journal']) {
      rmSync(`${temporary}${leftover}`, { force: true });
    }
    throw error;
  }
  syncDirectory(directory);
}

function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the rename durable. Some platforms cannot open or sync a directory; that is not an error. */
function syncDirectory(directory: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(directory, 'r');
    fsyncSync(fd);
  } catch {
    // Windows and some file systems refuse; the rename itself has happened.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A growable typed array (one value per sentence rowid, or a list). */
class Column<T extends Uint8Array | Uint32Array> {
  values: T;
  length = 0;
  constructor(
    private readonly make: (length: number) => T,
    initial = 1 << 16,
  ) {
    this.values = make(initial);
  }
  push(value: number): void {
    this.ensure(this.length + 1);
    this.values[this.length++] = value;
  }
  ensure(length: number): void {
    if (length <= this.values.length) return;
    let size = this.values.length;
    while (size < length) size *= 2;
    const grown = this.make(size);
    grown.set(this.values);
    this.values = grown;
  }
  bytes(length: number): Buffer {
    const view = this.values.subarray(0, length);
    return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  }
}

/** Inserts rows many at a time: one statement per batch costs much less than one per row. */
class BatchInsert {
  private readonly one: Database.Statement;
  private readonly many: Database.Statement;
  private rows = 0;

  constructor(
    db: Database.Database,
    table: string,
    columns: readonly string[],
    private readonly size = 64,
  ) {
    const row = `(${columns.map(() => '?').join(', ')})`;
    const into = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.one = db.prepare(into + row);
    this.many = db.prepare(into + Array.from({ length: size }, () => row).join(', '));
  }

  /** The values of the rows being batched: push a row's values, then call `next()`. */
  values: unknown[] = [];

  next(): void {
    if (++this.rows === this.size) {
      this.many.run(this.values);
      this.values = [];
      this.rows = 0;
    }
  }

  flush(): void {
    const width = this.values.length / Math.max(1, this.rows);
    for (let i = 0; i < this.rows; i++) this.one.run(this.values.slice(i * width, (i + 1) * width));
    this.values = [];
    this.rows = 0;
  }
}

/** Entries per stored chunk of a column. */
const CHUNK = 1 << 16;

/**
 * A column written in chunks as it fills, so the build never holds a whole column: values are set
 * by index (sentence rowid, or position in a list), and chunks below the lowest index still to be
 * written go to the `columns` table. Search reads the chunks back as one array.
 */
class ChunkedColumn<T extends Uint8Array | Uint32Array> {
  private readonly open = new Map<number, T>();
  private flushedBelow = 0;
  /** One past the highest index set. */
  length = 0;

  constructor(
    private readonly name: string,
    private readonly make: (length: number) => T,
    private readonly insert: Database.Statement,
    private readonly size = CHUNK,
  ) {}

  /** The chunk written last, looked up without the Map on the common path. */
  private lastNumber = -1;
  private last: T | null = null;

  private chunkOf(index: number): T {
    const number = Math.floor(index / this.size);
    if (number === this.lastNumber && this.last) return this.last;
    let chunk = this.open.get(number);
    if (!chunk) {
      if (number < this.flushedBelow) throw new Error(`column ${this.name}: ${index} is written`);
      chunk = this.make(this.size);
      this.open.set(number, chunk);
    }
    this.lastNumber = number;
    this.last = chunk;
    return chunk;
  }

  set(index: number, value: number): void {
    this.chunkOf(index)[index % this.size] = value;
    if (index >= this.length) this.length = index + 1;
  }

  get(index: number): number {
    return this.chunkOf(index)[index % this.size] ?? 0;
  }

  push(value: number): void {
    this.set(this.length, value);
  }

  /** Writes the chunks that hold only indexes below `index`. */
  flushBelow(index: number): void {
    const below = Math.floor(index / this.size);
    for (let number = this.flushedBelow; number < below; number++) {
      this.chunkOf(number * this.size);
      this.write(number, this.size);
      this.flushedBelow = number + 1;
    }
  }

  /** Writes everything, the last chunk cut to `length` (which may be raised to cover indexes). */
  finish(length = this.length): void {
    this.length = Math.max(this.length, length);
    const chunks = Math.ceil(this.length / this.size);
    for (let number = this.flushedBelow; number < chunks; number++) {
      this.chunkOf(number * this.size);
      this.write(number, Math.min(this.size, this.length - number * this.size));
    }
  }

  private write(number: number, size: number): void {
    const chunk = this.open.get(number);
    if (!chunk) return;
    const view = chunk.subarray(0, size);
    this.insert.run(this.name, number, Buffer.from(view.buffer, view.byteOffset, view.byteLength));
    this.open.delete(number);
    if (number === this.lastNumber) {
      this.lastNumber = -1;
      this.last = null;
    }
  }
}

interface EntityInfo {
  ordinal: number;
  bit: number;
  entity: Entity;
  /** The sentences that mention it, in rowid order, each once. */
  sentences: Column<Uint32Array>;
  /** Its mentions' rowids, in order. */
  mentions: Column<Uint32Array>;
}

interface DocumentInfo {
  ordinal: number;
  firstSentence: number;
  sentenceCount: number;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The items sorted by `compare`; the array itself when it already is (the usual case). */
function inOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    if (compare(items[i - 1] as T, items[i] as T) > 0) return [...items].sort(compare);
  }
  return items;
}

/** The distinct entities the mentions of a sentence name, in order of first mention. */
function entitiesIn(
  mentions: readonly { sentenceId: string; entityId: string }[],
  sentenceId: string,
): string[] {
  const ids: string[] = [];
  for (const mention of mentions) {
    if (mention.sentenceId === sentenceId && !ids.includes(mention.entityId))
      ids.push(mention.entityId);
  }
  return ids;
}

class IndexWriter {
  private readonly entities = new Map<string, EntityInfo>();
  private readonly documents = new Map<string, DocumentInfo>();
  private readonly mentionCounts: Uint32Array;
  /** Per entity: 1 + the ordinal of the last document that mentioned it (0: none yet). */
  private readonly lastDocument: Uint32Array;
  private readonly documentCounts: Uint32Array;
  private readonly dateCodes = new Map<string, number>();
  private readonly sentenceDocument: ChunkedColumn<Uint32Array>;
  private readonly sentenceTypes: ChunkedColumn<Uint8Array>;
  private readonly sentenceDate: ChunkedColumn<Uint32Array>;
  private readonly sentenceLength: ChunkedColumn<Uint32Array>;
  /**
   * Tokens that occur more than once in a sentence: entries from repeatStart[rowid], each a hash
   * and its positions (from repeatPositionStart[entry] to repeatPositionStart[entry + 1]).
   */
  private readonly repeatStart: ChunkedColumn<Uint32Array>;
  private readonly repeatA: ChunkedColumn<Uint32Array>;
  private readonly repeatB: ChunkedColumn<Uint32Array>;
  private readonly repeatPositionStart: ChunkedColumn<Uint32Array>;
  private readonly repeatPositions: ChunkedColumn<Uint32Array>;
  private readonly addRepeat = (
    a: number,
    b: number,
    positions: ArrayLike<number>,
    count: number,
  ) => {
    this.repeatA.push(a);
    this.repeatB.push(b);
    this.repeatPositionStart.push(this.repeatPositions.length);
    for (let i = 0; i < count; i++) this.repeatPositions.push(positions[i] ?? 0);
  };
  private tokenTotal = 0;
  private nextSentence = 1;
  private mentionTotal = 0;
  private timelineTotal = 0;
  private earliest: CalendarDate | null = null;
  private latest: CalendarDate | null = null;

  private readonly insert;
  private readonly sentenceRows: BatchInsert;
  private readonly mentionRows: BatchInsert;
  private readonly timelineRows: BatchInsert;
  private nextMention = 1;

  constructor(
    private readonly db: Database.Database,
    private readonly fts: FtsWorker,
    private readonly parts: CorpusParts,
    private readonly options: BuildOptions,
  ) {
    for (const pragma of BUILD_PRAGMAS) db.pragma(pragma);
    db.exec(CREATE_TABLES);
    const chunk = db.prepare('INSERT INTO columns (name, chunk, data) VALUES (?, ?, ?)');
    const size = Math.max(1, Math.trunc(options.columnChunk ?? CHUNK));
    const uint32 = (name: string) =>
      new ChunkedColumn(name, (n) => new Uint32Array(n), chunk, size);
    this.sentenceDocument = uint32('sentence_document');
    this.sentenceTypes = new ChunkedColumn('sentence_types', (n) => new Uint8Array(n), chunk, size);
    this.sentenceDate = uint32('sentence_date');
    this.sentenceLength = uint32('sentence_length');
    this.repeatStart = uint32('repeat_start');
    this.repeatA = uint32('repeat_a');
    this.repeatB = uint32('repeat_b');
    this.repeatPositionStart = uint32('repeat_position_start');
    this.repeatPositions = uint32('repeat_positions');

    parts.entities.forEach((entity, ordinal) => {
      if (this.entities.has(entity.id)) throw new Error(`entity "${entity.id}" appears twice`);
      const bit = 1 << ENTITY_TYPES.indexOf(entity.type);
      this.entities.set(entity.id, {
        ordinal,
        bit,
        entity,
        sentences: new Column((n) => new Uint32Array(n), 16),
        mentions: new Column((n) => new Uint32Array(n), 16),
      });
    });
    this.mentionCounts = new Uint32Array(parts.entities.length);
    this.lastDocument = new Uint32Array(parts.entities.length);
    this.documentCounts = new Uint32Array(parts.entities.length);

    this.sentenceRows = new BatchInsert(db, 'sentences', [
      'rowid',
      'document',
      'idx',
      'id',
      'start_offset',
      'end_offset',
      'first_mention',
      'mention_count',
    ]);
    this.mentionRows = new BatchInsert(db, 'mentions', [
      'rowid',
      'document',
      'entity',
      'start_offset',
      'end_offset',
      'sentence',
    ]);
    this.timelineRows = new BatchInsert(db, 'timeline', [
      'dated',
      'date_key',
      'document_id',
      'offset',
      'kind',
      'entry_id',
      'json',
    ]);
    this.insert = {
      document: db.prepare(
        'INSERT INTO documents (ordinal, id, title, title_key, published_key, search_key, first_sentence, sentence_count, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      body: db.prepare('INSERT INTO document_bodies (ordinal, text, json) VALUES (?, ?, ?)'),
      entityLists: db.prepare(
        'INSERT INTO entity_lists (entity, sentences, mentions) VALUES (?, ?, ?)',
      ),
      entity: db.prepare(
        'INSERT INTO entities (ordinal, id, type, name, origin, mention_count, document_count, rank, search_key, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      event: db.prepare('INSERT INTO events (ordinal, id, date_key, json) VALUES (?, ?, ?, ?)'),
      eventEntity: db.prepare('INSERT OR IGNORE INTO event_entities (entity, event) VALUES (?, ?)'),
      findSentence: db.prepare(
        'SELECT start_offset AS start FROM sentences WHERE rowid BETWEEN ? AND ? AND id = ?',
      ),
      meta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)'),
    };
  }

  write(): BuildStats {
    const { db } = this;
    const phases: Record<string, number> = {};
    let mark = performance.now();
    const phase = (name: string) => {
      const now = performance.now();
      phases[name] = Math.round(now - mark);
      mark = now;
    };
    db.exec('BEGIN');
    let previous: string | null = null;
    for (const document of this.parts.documents) {
      if (previous !== null && !(document.id > previous)) {
        throw new Error(
          `documents must come in ascending id order without repeats: "${document.id}" came after "${previous}"`,
        );
      }
      previous = document.id;
      this.addDocument(document);
    }
    const events =
      typeof this.parts.events === 'function' ? this.parts.events() : this.parts.events;
    let eventCount = 0;
    this.fts.end();
    this.sentenceRows.flush();
    this.mentionRows.flush();
    phase('documents');
    // Part of the documents phase: time the main thread waited for the full-text worker.
    phases['documents: waiting for full-text worker'] = Math.round(this.fts.waitedMs);
    for (const event of events) this.addEvent(event, eventCount++);
    this.timelineRows.flush();
    this.addEntities();
    this.addColumnsAndMeta();
    phase('events, entities, meta');
    db.exec(CREATE_INDEXES);
    db.exec('COMMIT');
    phase('indexes');
    this.fts.wait();
    phase('waiting for full-text worker');
    copyFtsTables(db, this.fts.setup.file, 'sentence_fts', ['term_hits', 'term_bitmaps']);
    phase('copying full-text index');
    return {
      documents: this.documents.size,
      sentences: this.nextSentence - 1,
      mentions: this.mentionTotal,
      entities: this.parts.entities.length,
      events: eventCount,
      timelineEntries: this.timelineTotal,
      phases,
    };
  }

  private dateCode(value: string): number {
    let code = this.dateCodes.get(value);
    if (code === undefined) {
      code = this.dateCodes.size + 1;
      this.dateCodes.set(value, code);
    }
    return code;
  }

  private noteDate(date: DateResolution): void {
    if (date.status !== 'resolved') return;
    const value = date.date;
    if (!this.earliest || value.value < this.earliest.value) this.earliest = value;
    if (!this.latest || value.value > this.latest.value) this.latest = value;
  }

  private entityOf(id: string, where: string): EntityInfo {
    const info = this.entities.get(id);
    if (!info) throw new Error(`${where} refers to entity "${id}", which the corpus does not have`);
    return info;
  }

  private addDocument(document: Document): void {
    const { text, id } = document;
    const ordinal = this.documents.size;
    const firstSentence = this.nextSentence;
    const count = document.sentences.length;
    this.documents.set(id, { ordinal, firstSentence, sentenceCount: count });
    this.sentenceDocument.flushBelow(firstSentence);
    this.sentenceTypes.flushBelow(firstSentence);
    this.sentenceDate.flushBelow(firstSentence);
    this.sentenceLength.flushBelow(firstSentence);
    this.repeatStart.flushBelow(firstSentence);
    for (const list of [
      this.repeatA,
      this.repeatB,
      this.repeatPositionStart,
      this.repeatPositions,
    ]) {
      list.flushBelow(list.length);
    }

    const sentenceIndex = new Map<string, number>();
    document.sentences.forEach((sentence, index) => {
      sentenceIndex.set(sentence.id, index);
    });
    const missingSentence = (sentenceId: string, what: string) =>
      new Error(
        `document "${id}" ${what} refers to sentence "${sentenceId}", which the document does not have`,
      );

    // Mentions first: each sentence records the rowid range of its mentions, which are stored by
    // offset, so a sentence's mentions are consecutive rows.
    const mentions = inOrder(
      document.mentions,
      (a, b) =>
        a.span.start - b.span.start || a.span.end - b.span.end || compareStrings(a.id, b.id),
    );
    const firstMention = new Int32Array(count).fill(-1);
    const mentionCount = new Int32Array(count);
    let distinctEntities = 0;
    let previousIndex = 0;
    for (const mention of mentions) {
      const entity = this.entities.get(mention.entityId);
      if (!entity) this.entityOf(mention.entityId, `document "${id}" mention "${mention.id}"`);
      const index = sentenceIndex.get(mention.sentenceId);
      if (index === undefined) throw missingSentence(mention.sentenceId, `mention "${mention.id}"`);
      if (!entity) continue;
      if (index < previousIndex) {
        throw new Error(
          `document "${id}" mention "${mention.id}" is not inside its sentence "${mention.sentenceId}"`,
        );
      }
      previousIndex = index;
      const rowid = firstSentence + index;
      const mentionRowid = this.nextMention++;
      if ((firstMention[index] ?? -1) < 0) firstMention[index] = mentionRowid;
      mentionCount[index] = (mentionCount[index] ?? 0) + 1;
      this.mentionRows.values.push(
        mentionRowid,
        ordinal,
        entity.ordinal,
        mention.span.start,
        mention.span.end,
        rowid,
      );
      this.mentionRows.next();
      this.sentenceTypes.set(rowid, this.sentenceTypes.get(rowid) | entity.bit);
      const sentences = entity.sentences;
      if (sentences.length === 0 || sentences.values[sentences.length - 1] !== rowid) {
        sentences.push(rowid);
      }
      entity.mentions.push(mentionRowid);
      this.mentionCounts[entity.ordinal] = (this.mentionCounts[entity.ordinal] ?? 0) + 1;
      if (this.lastDocument[entity.ordinal] !== ordinal + 1) {
        this.lastDocument[entity.ordinal] = ordinal + 1;
        distinctEntities++;
        this.documentCounts[entity.ordinal] = (this.documentCounts[entity.ordinal] ?? 0) + 1;
      }
    }
    this.mentionTotal += mentions.length;

    const published = resolvedValue(document.source.published);
    const publishedCode = published === null ? 0 : this.dateCode(published);
    document.sentences.forEach((sentence, index) => {
      const { start, end } = sentence.span;
      if (!(start >= 0 && start <= end && end <= text.length)) {
        throw new Error(
          `document "${id}" sentence "${sentence.id}" [${start}, ${end}) lies outside its text (${text.length} code units)`,
        );
      }
      const rowid = firstSentence + index;
      const first = firstMention[index] ?? -1;
      this.sentenceRows.values.push(
        rowid,
        ordinal,
        index,
        sentence.id,
        start,
        end,
        first < 0 ? this.nextMention : first,
        mentionCount[index] ?? 0,
      );
      this.sentenceRows.next();
      this.fts.add(rowid, text.slice(start, end));
      this.repeatStart.set(rowid, this.repeatA.length);
      const length = scanTokens(text, start, end, this.addRepeat);
      this.sentenceLength.set(rowid, length);
      this.tokenTotal += length;
      this.sentenceDocument.set(rowid, ordinal);
      this.sentenceDate.set(rowid, publishedCode);
    });
    this.nextSentence += count;

    const expressions = inOrder(
      document.temporalExpressions,
      (a, b) => a.span.start - b.span.start || compareStrings(a.id, b.id),
    );
    const datedBySentence = new Set<number>();
    for (const expression of expressions) {
      const index = sentenceIndex.get(expression.sentenceId);
      if (index === undefined) {
        throw missingSentence(expression.sentenceId, `temporal expression "${expression.id}"`);
      }
      const sentence = document.sentences[index];
      if (!sentence) continue;
      const value = resolvedValue(expression.resolution);
      this.noteDate(expression.resolution);
      if (value !== null && !datedBySentence.has(index)) {
        datedBySentence.add(index);
        this.sentenceDate.set(firstSentence + index, this.dateCode(value));
      }
      const entry: TimelineEntry = {
        kind: 'statement',
        id: `${id}#${expression.id}`,
        date: expression.resolution,
        summary: shorten(text.slice(sentence.span.start, sentence.span.end), SUMMARY_LENGTH),
        eventType: null,
        documentId: id,
        sentenceId: sentence.id,
        entityIds: entitiesIn(mentions, sentence.id),
      };
      this.addTimeline(entry, expression.span.start);
    }

    const publisher = document.source.publisher;
    const summary: DocumentSummary = {
      id,
      title: document.title,
      publisher: publisher.status === 'known' ? publisher.value : null,
      published: document.source.published,
      counts: {
        paragraphs: document.paragraphs.length,
        sentences: count,
        mentions: document.mentions.length,
        entities: distinctEntities,
        temporalExpressions: document.temporalExpressions.length,
        // Quotations, as a reader counts them (the model's quotationsOf): the parts of one over
        // several sentences are one. Counted here, as the query side loads no model code.
        quotes: document.quotes.filter((quote) => quote.continues === undefined).length,
        quantities: document.quantities.length,
      },
    };
    this.insert.document.run(
      ordinal,
      id,
      document.title,
      foldText(document.title),
      published,
      foldText([document.title, id, summary.publisher ?? ''].join('\n')),
      firstSentence,
      count,
      JSON.stringify(summary),
    );
    this.insert.body.run(ordinal, text, storeDocument(document));
  }

  private addTimeline(entry: TimelineEntry, offset: number): void {
    const value = resolvedValue(entry.date);
    this.timelineRows.values.push(
      value === null ? 0 : 1,
      value,
      entry.documentId,
      offset,
      entry.kind,
      entry.id,
      JSON.stringify(entry),
    );
    this.timelineRows.next();
    this.timelineTotal++;
  }

  private addEvent(event: Event, ordinal: number): void {
    const where = `event "${event.id}"`;
    const entityIds: string[] = [];
    const add = (entityId: string | null) => {
      if (entityId === null || entityIds.includes(entityId)) return;
      const entity = this.entityOf(entityId, where);
      entityIds.push(entityId);
      this.insert.eventEntity.run(entity.ordinal, ordinal);
    };
    for (const participant of event.participants) add(participant.entityId);
    add(event.placeId);

    let first: { documentId: string; sentenceId: string; offset: number } | null = null;
    for (const reference of event.evidence) {
      const document = this.documents.get(reference.documentId);
      if (!document) {
        throw new Error(
          `${where} cites document "${reference.documentId}", which the corpus does not have`,
        );
      }
      const sentence = this.insert.findSentence.get(
        document.firstSentence,
        document.firstSentence + document.sentenceCount - 1,
        reference.sentenceId,
      ) as { start: number } | undefined;
      if (!sentence) {
        throw new Error(
          `${where} cites sentence "${reference.sentenceId}", which document "${reference.documentId}" does not have`,
        );
      }
      first ??= { ...reference, offset: sentence.start };
    }
    if (!first) throw new Error(`${where} has no evidence`);

    this.noteDate(event.date);
    this.insert.event.run(ordinal, event.id, resolvedValue(event.date), JSON.stringify(event));
    this.addTimeline(
      {
        kind: 'event',
        id: event.id,
        date: event.date,
        summary: event.summary,
        eventType: event.type,
        documentId: first.documentId,
        sentenceId: first.sentenceId,
        entityIds,
      },
      first.offset,
    );
  }

  private addEntities(): void {
    const infos = [...this.entities.values()];
    const ranked = [...infos].sort(
      (a, b) =>
        (this.mentionCounts[b.ordinal] ?? 0) - (this.mentionCounts[a.ordinal] ?? 0) ||
        compareStrings(a.entity.name, b.entity.name) ||
        compareStrings(a.entity.id, b.entity.id),
    );
    const rank = new Map(ranked.map((info, position) => [info.ordinal, position]));
    for (const { ordinal, entity, sentences, mentions } of infos) {
      this.insert.entityLists.run(
        ordinal,
        sentences.bytes(sentences.length),
        mentions.bytes(mentions.length),
      );
      const searchText = [entity.id, entity.name, ...entity.aliases.map((alias) => alias.text)];
      this.insert.entity.run(
        ordinal,
        entity.id,
        entity.type,
        entity.name,
        entity.origin,
        this.mentionCounts[ordinal] ?? 0,
        this.documentCounts[ordinal] ?? 0,
        rank.get(ordinal) ?? ordinal,
        foldText(searchText.join('\n')),
        JSON.stringify(entity),
      );
    }
  }

  private addColumnsAndMeta(): void {
    const length = this.nextSentence;
    for (const column of [
      this.sentenceDocument,
      this.sentenceTypes,
      this.sentenceDate,
      this.sentenceLength,
    ]) {
      column.finish(length);
    }
    this.repeatStart.set(length, this.repeatA.length);
    this.repeatStart.finish();
    this.repeatPositionStart.push(this.repeatPositions.length);
    for (const list of [
      this.repeatA,
      this.repeatB,
      this.repeatPositionStart,
      this.repeatPositions,
    ]) {
      list.finish();
    }

    const entityCountByType: Partial<Record<EntityType, number>> = {};
    for (const entity of this.parts.entities) {
      entityCountByType[entity.type] = (entityCountByType[entity.type] ?? 0) + 1;
    }
    const overview: CorpusOverview = {
      name: this.parts.name,
      description: this.parts.description,
      schemaVersion: this.parts.schemaVersion,
      documentCount: this.documents.size,
      entityCount: this.parts.entities.length,
      mentionCount: this.mentionTotal,
      entityCountByType,
      dateRange:
        this.earliest && this.latest ? { earliest: this.earliest, latest: this.latest } : null,
    };
    const meta: [string, string | number][] = [
      ['indexFormat', INDEX_FORMAT],
      ['schemaVersion', this.parts.schemaVersion],
      ['corpusDigest', this.options.digest ?? ''],
      ['overview', JSON.stringify(overview)],
      ['dates', JSON.stringify([...this.dateCodes.keys()])],
      ['sentenceCount', this.nextSentence - 1],
      ['tokenCount', this.tokenTotal],
    ];
    for (const [key, value] of meta) this.insert.meta.run(key, value);
  }
}
