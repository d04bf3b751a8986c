/**
 * A second thread for the longest FTS5 passes of a search (issue 3). A phrase of common words
 * ("for international") makes FTS5 walk hundreds of thousands of positions: tens of milliseconds
 * on one core, and most of such a search's time. FTS5 walks a rowid range in time proportional to
 * the range (see rangeParameters), so the helper thread, with its own read-only connection, walks
 * the upper part of the rows while the search's thread walks the lower part (and a prefix's words
 * are shared out the same way, see prefix.ts). On the two cores of the benchmark machine, two
 * halves took about 0.7 of the whole pass when the other core was free (not half: the cores share
 * more than they own), and no longer than the whole pass when it was busy.
 *
 * Calls stay synchronous, like the rest of the query API: the search's thread posts the pass, runs
 * its own part, then blocks on a SharedArrayBuffer (Atomics) until the helper has answered, and
 * takes the answer with receiveMessageOnPort. The helper is plain JavaScript evaluated from a
 * string (as fts-worker.ts), so it runs the same from the sources, under a test runner and from a
 * bundle. It starts in the background (see start) and is used only once it is ready; until then,
 * and if it ever fails, the search's thread walks the whole range itself, with the same result.
 */
import { createRequire } from 'node:module';
import {
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  Worker,
} from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { rangeParameters } from './rowid-list.js';

const WORKER_SOURCE = `
'use strict';
const { workerData } = require('node:worker_threads');
const state = new Int32Array(workerData.state);
const port = workerData.port;
const statements = new Map();
let db = null;
process.on('uncaughtException', () => {
  Atomics.store(state, 1, 2);
  Atomics.notify(state, 0);
  Atomics.notify(state, 1);
});
try {
  const Database = require(workerData.driver);
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  db.pragma('cache_size = -8192');
  // The file may have been replaced since the search's thread opened it (an index is rebuilt by
  // renaming a new file over it): a helper reading another index must not be used.
  const same = db.prepare(workerData.stampSql).pluck().get() === workerData.stamp;
  Atomics.store(state, 1, same ? 1 : 2);
} catch {
  Atomics.store(state, 1, 2);
}
Atomics.notify(state, 1);
port.on('message', (message) => {
  let reply;
  try {
    let statement = statements.get(message.sql);
    if (!statement) {
      statement = db.prepare(message.sql).pluck();
      statements.set(message.sql, statement);
    }
    reply = { id: message.id, value: statement.get(...message.parameters) };
  } catch (error) {
    reply = { id: message.id, error: String((error && error.message) || error) };
  }
  port.postMessage(reply);
  Atomics.store(state, 0, message.id);
  Atomics.notify(state, 0);
});
`;

/**
 * What identifies an index's content: its meta rows (format, corpus digest, token count, dates,
 * overview). The helper is used only if its file gives the same as the search's connection.
 */
export const STAMP_SQL =
  "SELECT group_concat(key || '=' || quote(value), char(10)) FROM (SELECT key, value FROM meta ORDER BY key)";

/** Helper states in state[1]: starting (0), ready, failed. */
const STARTING = 0;
const READY = 1;
const FAILED = 2;

/** The longest a search waits for the helper before it walks the helper's part itself. */
const PATIENCE_MS = 30_000;

/** One pass's answer: the value of `statement.pluck().get(...)`, or what it failed with. */
type Reply = { id: number; value?: unknown; error?: string };

export class MatchHelper {
  private readonly state = new Int32Array(new SharedArrayBuffer(8));
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  private sent = 0;
  private broken = false;

  /** `stamp` is STAMP_SQL's value on the search's own connection to `file`. */
  constructor(
    private readonly file: string,
    private readonly stamp: unknown,
  ) {}

  /**
   * Starts the helper thread if it is not started (it opens its connection in the background;
   * ready says when it can take passes). Never throws: without a helper, searches run alone.
   */
  start(): void {
    if (this.worker || this.broken) return;
    try {
      const channel = new MessageChannel();
      const driver = createRequire(import.meta.url).resolve('better-sqlite3');
      this.worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: {
          file: this.file,
          stamp: this.stamp,
          stampSql: STAMP_SQL,
          driver,
          state: this.state.buffer,
          port: channel.port2,
        },
        transferList: [channel.port2],
      });
      // A helper must never keep a process alive, nor report an error of its own: a failed
      // helper only means the searches run alone.
      this.worker.unref();
      this.worker.on('error', () => {
        this.broken = true;
      });
      this.port = channel.port1;
      this.port.unref();
    } catch {
      this.broken = true;
    }
  }

  /** Waits up to `ms` for a started helper to be ready (for callers that want it at once). */
  waitUntilReady(ms: number): void {
    if (this.worker && !this.broken) Atomics.wait(this.state, 1, STARTING, ms);
  }

  /** Whether the helper can take a pass now. */
  get ready(): boolean {
    return !this.broken && this.worker !== null && Atomics.load(this.state, 1) === READY;
  }

  /** Posts a pass (SQL whose one column is the answer); returns its id for receive. */
  send(sql: string, parameters: readonly unknown[]): number {
    const id = ++this.sent;
    this.port?.postMessage({ id, sql, parameters });
    return id;
  }

  /**
   * Waits for the answer to pass `id`: its value, or `undefined` when the pass failed on the
   * helper, or the helper failed or took too long (it is then no longer used). The caller then
   * runs the pass itself, and meets the error (as an SqliteError) if the pass is at fault.
   */
  receive(id: number): { value: unknown } | undefined {
    const deadline = performance.now() + PATIENCE_MS;
    for (;;) {
      // The value waited on is the one just compared: were it read again for the wait, an answer
      // stored in between would be waited for until the timeout.
      const answered = Atomics.load(this.state, 0);
      if (answered >= id) break;
      if (Atomics.load(this.state, 1) === FAILED || performance.now() > deadline) {
        this.close();
        return undefined;
      }
      Atomics.wait(this.state, 0, answered, 50);
    }
    for (;;) {
      const received = this.port ? receiveMessageOnPort(this.port) : undefined;
      if (!received) {
        this.close();
        return undefined;
      }
      const reply = received.message as Reply;
      if (reply.id !== id) continue;
      return reply.error === undefined ? { value: reply.value } : undefined;
    }
  }

  close(): void {
    this.broken = true;
    this.port?.close();
    this.port = null;
    if (this.worker) void this.worker.terminate();
    this.worker = null;
  }
}

/**
 * The value of a pass, `sql` (run by `statement`, plucked) ending in `rowid BETWEEN ? AND ?`, over
 * rows `first` to `last`, as parts in rowid order: two when there is a helper (it walks the upper
 * half while this thread walks the lower one), else one.
 */
export function passInParts(
  statement: Database.Statement,
  sql: string,
  parameters: readonly unknown[],
  first: number,
  last: number,
  helper: MatchHelper | null,
): unknown[] {
  if (!helper || last - first < 1) {
    return [statement.get(...parameters, ...rangeParameters([first, last]))];
  }
  const middle = first + Math.floor((last - first) / 2);
  const upper = rangeParameters([middle + 1, last]);
  const id = helper.send(sql, [...parameters, ...upper]);
  const lower = statement.get(...parameters, ...rangeParameters([first, middle]));
  const answer = helper.receive(id);
  return [lower, answer ? answer.value : statement.get(...parameters, ...upper)];
}
