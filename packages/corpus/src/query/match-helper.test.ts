import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatchHelper, STAMP_SQL } from './match-helper.js';

const directory = mkdtempSync(join(tmpdir(), 'genebelt-helper-'));
const file = join(directory, 'rows.sqlite');
let stamp: unknown;

beforeAll(() => {
  const db = new Database(file);
  db.exec('CREATE TABLE t (x INTEGER PRIMARY KEY)');
  db.exec(
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value); INSERT INTO meta VALUES ('digest', 'a')",
  );
  const insert = db.prepare('INSERT INTO t (x) VALUES (?)');
  for (let x = 1; x <= 100; x++) insert.run(x);
  stamp = db.prepare(STAMP_SQL).pluck().get();
  db.close();
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('MatchHelper', () => {
  it('answers passes on its own thread, each by its id', () => {
    const helper = new MatchHelper(file, stamp);
    try {
      expect(helper.ready).toBe(false);
      helper.start();
      helper.waitUntilReady(10_000);
      expect(helper.ready).toBe(true);
      const sql = 'SELECT group_concat(x) FROM t WHERE x BETWEEN ? AND ?';
      const first = helper.send(sql, [3n, 5n]);
      const second = helper.send(sql, [98n, 200n]);
      expect(helper.receive(first)).toEqual({ value: '3,4,5' });
      expect(helper.receive(second)).toEqual({ value: '98,99,100' });
      // A pass that fails there is answered with nothing, and the helper goes on.
      expect(helper.receive(helper.send('SELECT nothing FROM nowhere', []))).toBeUndefined();
      expect(helper.receive(helper.send('SELECT count(*) FROM t', []))).toEqual({ value: 100 });
    } finally {
      helper.close();
    }
    expect(helper.ready).toBe(false);
  });

  it('is never ready when it cannot open its file, or finds another index there', () => {
    for (const helper of [
      new MatchHelper(join(directory, 'missing.sqlite'), stamp),
      new MatchHelper(file, 'digest=the stamp of an index since replaced'),
    ]) {
      try {
        helper.start();
        helper.waitUntilReady(10_000);
        expect(helper.ready).toBe(false);
      } finally {
        helper.close();
      }
    }
  });
});
