import {
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureFreshIndex, indexStampFile, openCorpus } from './open-corpus.js';
import { fixtureCorpus } from './test-fixture.js';

let directory: string;
let corpusFile: string;
let indexFile: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'genebelt-open-'));
  corpusFile = join(directory, 'corpus.json');
  indexFile = join(directory, 'corpus.sqlite');
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** Writes as ingest does: a new file renamed over the old one. */
function replace(file: string, text: string | Buffer) {
  writeFileSync(`${file}.new`, text);
  renameSync(`${file}.new`, file);
}

/** A clock far enough ahead that files written just now count as settled. */
const later = () => Date.now() + 60_000;

describe('the index stamp', () => {
  it('spares reading the corpus while neither file has changed since the last check', () => {
    writeFileSync(corpusFile, JSON.stringify(fixtureCorpus()));
    expect(ensureFreshIndex(corpusFile, indexFile, later)).toBe('rebuilt');
    expect(ensureFreshIndex(corpusFile, indexFile, later)).toBe('stamp');
    expect(ensureFreshIndex(corpusFile, indexFile, later)).toBe('stamp');
    const index = openCorpus({ corpusFile, indexFile });
    expect(index.overview().documentCount).toBe(3);
    index.close();
  });

  it('does not stamp files written moments ago, whose next write could keep their times', () => {
    writeFileSync(corpusFile, JSON.stringify(fixtureCorpus()));
    expect(ensureFreshIndex(corpusFile, indexFile)).toBe('rebuilt');
    expect(existsSync(indexStampFile(indexFile))).toBe(false);
    expect(ensureFreshIndex(corpusFile, indexFile)).toBe('digest');
    expect(existsSync(indexStampFile(indexFile))).toBe(false);
  });

  it('hashes again when the corpus is touched, and keeps the index if its bytes are the same', () => {
    writeFileSync(corpusFile, JSON.stringify(fixtureCorpus()));
    ensureFreshIndex(corpusFile, indexFile, later);
    const built = statSync(indexFile).ino;
    utimesSync(corpusFile, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(ensureFreshIndex(corpusFile, indexFile, later)).toBe('digest');
    expect(ensureFreshIndex(corpusFile, indexFile, later)).toBe('stamp');
    expect(statSync(indexFile).ino).toBe(built);
  });

  it('rebuilds when the corpus changes, even to the same size with its old times put back', () => {
    const text = JSON.stringify(fixtureCorpus());
    writeFileSync(corpusFile, text);
    ensureFreshIndex(corpusFile, indexFile, later);
    expect(ensureFreshIndex(corpusFile, indexFile, later)).toBe('stamp');
    const { atime, mtime } = statSync(corpusFile);
    const revised = text.replace('"seed excerpts"', '"seed Excerpts"');
    expect(revised).not.toBe(text);
    expect(revised.length).toBe(text.length);
    replace(corpusFile, revised);
    utimesSync(corpusFile, atime, mtime);
    expect(ensureFreshIndex(corpusFile, indexFile, later)).toBe('rebuilt');
    const index = openCorpus({ corpusFile, indexFile });
    expect(index.overview().name).toBe('seed Excerpts');
    index.close();
  });

  it('checks the corpus again when the index is replaced or the stamp is unreadable', () => {
    writeFileSync(corpusFile, JSON.stringify(fixtureCorpus()));
    ensureFreshIndex(corpusFile, indexFile, later);
    replace(indexFile, readFileSync(indexFile));
    expect(ensureFreshIndex(corpusFile, indexFile, later)).toBe('digest');
    writeFileSync(indexStampFile(indexFile), '{"corpus":');
    expect(ensureFreshIndex(corpusFile, indexFile, later)).toBe('digest');
    expect(ensureFreshIndex(corpusFile, indexFile, later)).toBe('stamp');
    rmSync(indexFile);
    expect(ensureFreshIndex(corpusFile, indexFile, later)).toBe('rebuilt');
  });
});
