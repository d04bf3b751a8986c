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
parentPort.on('message', (message) => {
  if (Atomics.load(state, 1) !== 0) return;
  try {
    if (message.type === 'rows') {
      const { first, texts } = message;
      for (let i = 0; i < texts.length; i++) insert.run(first + i, texts[i]);
      Atomics.add(state, 0, 1);
      Atomics.notify(state, 0);
    } else if (message.type === 'finish') {
      for (const sql of workerData.finish) db.exec(sql);
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
    for (;;) {
      const done = Atomics.load(this.state, 0);
      if (this.sent - done < MAX_IN_FLIGHT) break;
      Atomics.wait(this.state, 0, done, 100);
      this.check();
    }
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
