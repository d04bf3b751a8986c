/**
 * Builds the full-text index on a second thread while the main thread writes everything else:
 * FTS5 tokenizing (with prefix indexes) is the largest single cost of a build. The worker writes
 * the FTS table into a side file; when both are done the main thread copies its shadow tables into
 * the index. The worker is plain JavaScript evaluated from a string, so it runs the same from the
 * TypeScript sources, under a test runner and from a bundle. Calls stay synchronous: the main
 * thread blocks on a SharedArrayBuffer (Atomics) for back-pressure and to wait for the end.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

const WORKER_SOURCE = `
'use strict';
const { workerData, parentPort } = require('node:worker_threads');
const state = new Int32Array(workerData.state);
const errorBytes = new Uint8Array(workerData.error);
let db = null;
let insert = null;
let highestRowid = 0;
function fail(error) {
  if (Atomics.load(state, 1) !== 0) return;
  const text = Buffer.from(String((error && error.stack) || error)).subarray(0, errorBytes.length - 1);
  errorBytes.set(text);
  Atomics.store(state, 1, 2);
  Atomics.notify(state, 0);
  Atomics.notify(state, 1);
  try { if (db) db.close(); } catch {}
  db = null;
  parentPort.close();
}
process.on('uncaughtException', fail);
try {
  const Database = require(workerData.driver);
  db = new Database(workerData.file);
  for (const sql of workerData.setup) db.exec(sql);
  db.exec('BEGIN');
  insert = db.prepare(workerData.insert);
} catch (error) {
  fail(error);
}
// The rows of each term found in at least 1/divisor of them, as a bitmap (bit r of 32-bit
// little-endian word r >> 5 is row r): no larger than the term's rowids as 32-bit integers.
function writeBitmaps({ vocabulary, table, fts, divisor }) {
  const words = (highestRowid >>> 5) + 1;
  const least = Math.max(2, Math.ceil(highestRowid / divisor));
  const terms = db.prepare('SELECT term FROM ' + vocabulary + ' WHERE doc >= ?').pluck().all(least);
  const select = db
    .prepare('SELECT CAST(group_concat(rowid) AS BLOB) FROM ' + fts + ' WHERE ' + fts + ' MATCH ?')
    .pluck();
  const insertBits = db.prepare('INSERT INTO ' + table + ' (term, bits) VALUES (?, ?)');
  // One buffer for every term (SQLite copies what it is given), to keep the worker's memory low.
  const bits = new Uint32Array(words);
  for (const term of terms) {
    const list = select.get('"' + term.replace(/"/g, '""') + '"');
    if (!list) continue;
    bits.fill(0);
    let rowid = 0;
    for (let i = 0; i <= list.length; i++) {
      const code = i < list.length ? list[i] : 44;
      if (code === 44) {
        bits[rowid >>> 5] |= 1 << (rowid & 31);
        rowid = 0;
      } else rowid = rowid * 10 + code - 48;
    }
    insertBits.run(term, Buffer.from(bits.buffer, bits.byteOffset, bits.byteLength));
  }
}
parentPort.on('message', (message) => {
  if (Atomics.load(state, 1) !== 0) return;
  try {
    if (message.type === 'rows') {
      const { first, texts } = message;
      for (let i = 0; i < texts.length; i++) insert.run(first + i, texts[i]);
      if (texts.length > 0) highestRowid = Math.max(highestRowid, first + texts.length - 1);
      Atomics.add(state, 0, 1);
      Atomics.notify(state, 0);
    } else if (message.type === 'finish') {
      for (const sql of workerData.finish) db.exec(sql);
      if (workerData.bitmaps) writeBitmaps(workerData.bitmaps);
      db.exec('COMMIT');
      db.close();
      db = null;
      Atomics.store(state, 1, 1);
      Atomics.notify(state, 1);
      parentPort.close();
    } else {
      db.close();
      db = null;
      Atomics.store(state, 1, 3);
      Atomics.notify(state, 1);
      parentPort.close();
    }
  } catch (error) {
    fail(error);
  }
});
`;

/** Batches of about this many UTF-16 code units go to the worker at once. */
const BATCH_CHARS = 1 << 20;
/** At most this many batches wait for the worker before the main thread waits for it. */
const MAX_IN_FLIGHT = 4;

/** Worker states in state[1]: running, done (1), failed, aborted (3). */
const RUNNING = 0;
const FAILED = 2;

export interface FtsWorkerSetup {
  /** The file the worker creates and fills. */
  file: string;
  /** SQL run once before inserting (pragmas, CREATE VIRTUAL TABLE, FTS options). */
  setup: string[];
  /** The INSERT statement, with parameters (rowid, text). */
  insert: string;
  /** SQL run after the last row, before COMMIT (such as an FTS optimize). */
  finish: string[];
  /**
   * Then, if given: writes into `table` (term, bits) a bitmap of the rows of every term of the
   * fts5vocab table `vocabulary` found in at least 1/divisor of the rows of the FTS table `fts`.
   */
  bitmaps?: { vocabulary: string; table: string; fts: string; divisor: number };
}

/** Sends rows to a worker that indexes them; see the module comment. */
export class FtsWorker {
  private readonly state = new Int32Array(new SharedArrayBuffer(8));
  private readonly error = new Uint8Array(new SharedArrayBuffer(1 << 14));
  private readonly worker: Worker;
  private sent = 0;
  private first = -1;
  private texts: string[] = [];
  private chars = 0;
  private closed = false;
  /** Milliseconds the main thread has waited for the worker to take more rows (back-pressure). */
  waitedMs = 0;

  constructor(readonly setup: FtsWorkerSetup) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { ...setup, driver, state: this.state.buffer, error: this.error.buffer },
    });
    this.worker.on('error', () => {
      // Reported through the shared state; this listener keeps the error from being unhandled.
    });
  }

  add(rowid: number, text: string): void {
    if (this.texts.length > 0 && rowid !== this.first + this.texts.length) this.flush();
    if (this.texts.length === 0) this.first = rowid;
    this.texts.push(text);
    this.chars += text.length;
    if (this.chars >= BATCH_CHARS) this.flush();
  }

  private check(): void {
    if (Atomics.load(this.state, 1) === FAILED) {
      const end = this.error.indexOf(0);
      const message = Buffer.from(
        this.error.slice(0, end < 0 ? this.error.length : end),
      ).toString();
      throw new Error(`the full-text index worker failed: ${message}`);
    }
  }

  private flush(): void {
    if (this.texts.length === 0) return;
    this.check();
    const started = performance.now();
    for (;;) {
      const done = Atomics.load(this.state, 0);
      if (this.sent - done < MAX_IN_FLIGHT) break;
      Atomics.wait(this.state, 0, done, 100);
      this.check();
    }
    this.waitedMs += performance.now() - started;
    this.worker.postMessage({ type: 'rows', first: this.first, texts: this.texts });
    this.sent++;
    this.texts = [];
    this.chars = 0;
  }

  /** Sends the last rows and asks the worker to finish; returns at once (see wait). */
  end(): void {
    this.flush();
    this.check();
    this.worker.postMessage({ type: 'finish' });
  }

  /** Waits for the worker to commit its file; throws what it failed with. */
  wait(): void {
    while (Atomics.load(this.state, 1) === RUNNING) Atomics.wait(this.state, 1, RUNNING, 200);
    this.check();
    this.closed = true;
  }

  /** Stops the worker after an error elsewhere (best effort; never throws). */
  abort(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.worker.postMessage({ type: 'abort' });
      const deadline = Date.now() + 10_000;
      while (Atomics.load(this.state, 1) === RUNNING && Date.now() < deadline) {
        Atomics.wait(this.state, 1, RUNNING, 100);
      }
    } catch {
      // The worker is gone already.
    }
    void this.worker.terminate();
  }
}

/**
 * Replaces the shadow tables of an FTS5 table in `db` with those the worker wrote, and copies the
 * other tables named in `extra` (which must exist, empty, in `db`).
 */
export function copyFtsTables(
  db: Database.Database,
  file: string,
  table: string,
  extra: readonly string[] = [],
): void {
  db.prepare('ATTACH DATABASE ? AS fts_part').run(file);
  // Shadow tables are write-protected in SQLite's defensive mode, which unsafe mode lifts.
  db.unsafeMode(true);
  try {
    const names = db
      .prepare(`SELECT name FROM fts_part.sqlite_schema WHERE type = 'table' AND name LIKE ?`)
      .pluck()
      .all(`${table}%`) as string[];
    db.exec('BEGIN');
    for (const name of [...names.filter((n) => n.startsWith(`${table}_`)), ...extra]) {
      db.exec(`DELETE FROM main."${name}"`);
      db.exec(`INSERT INTO main."${name}" SELECT * FROM fts_part."${name}"`);
    }
    db.exec('COMMIT');
  } finally {
    db.unsafeMode(false);
    db.exec('DETACH DATABASE fts_part');
  }
}
