import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document } from '@genebelt/model';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCorpusIndex, buildCorpusIndexFromParts } from './build.js';
import { CorpusFileError, defaultIndexFile, openCorpus } from './open-corpus.js';
import { openCorpusIndex } from './queries.js';
import { fixtureCorpus } from './test-fixture.js';

let directory: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'genebelt-build-'));
});

afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

const leftovers = () => readdirSync(directory).filter((name) => /tmp|fts|journal/.test(name));

function partsOf(corpus = fixtureCorpus()) {
  return {
    schemaVersion: corpus.schemaVersion,
    name: corpus.name,
    description: corpus.description,
    entities: corpus.entities,
    events: corpus.events,
    documents: [...corpus.documents].sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

describe('building an index', () => {
  it('writes the file and leaves nothing else behind', () => {
    const file = join(directory, 'corpus.sqlite');
    buildCorpusIndex(fixtureCorpus(), file);
    expect(readdirSync(directory)).toEqual(['corpus.sqlite']);
    const index = openCorpusIndex(file);
    expect(index.overview().documentCount).toBe(3);
    index.close();
  });

  it('leaves a previous index intact, and no temporary file, when a build fails', () => {
    const file = join(directory, 'corpus.sqlite');
    buildCorpusIndex(fixtureCorpus(), file);
    const before = statSync(file);

    // The documents fail half-way, after the full-text worker has started.
    const parts = partsOf();
    function* failing(): Generator<Document> {
      yield parts.documents[0] as Document;
      throw new Error('the source went away');
    }
    expect(() =>
      buildCorpusIndexFromParts({ ...parts, name: 'replacement', documents: failing() }, file),
    ).toThrow('the source went away');

    // Or the data is inconsistent.
    const broken = fixtureCorpus();
    const mention = broken.documents[1]?.mentions[0];
    if (mention) mention.entityId = 'nobody-at-all';
    expect(() => buildCorpusIndex(broken, file)).toThrow(/refers to entity "nobody-at-all"/);

    expect(leftovers()).toEqual([]);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    const index = openCorpusIndex(file);
    expect(index.overview().name).toBe('seed excerpts');
    expect(index.search('bgi').total).toBeGreaterThan(0);
    index.close();
  });

  it('requires documents in ascending id order', () => {
    const parts = partsOf();
    expect(() =>
      buildCorpusIndexFromParts(
        { ...parts, documents: [...parts.documents].reverse() },
        join(directory, 'x.sqlite'),
      ),
    ).toThrow(/ascending id order/);
    expect(leftovers()).toEqual([]);
  });

  it('indexes an empty corpus', () => {
    const corpus = { ...fixtureCorpus(), documents: [], events: [] };
    const file = join(directory, 'empty.sqlite');
    buildCorpusIndex(corpus, file);
    const index = openCorpusIndex(file);
    expect(index.overview()).toMatchObject({ documentCount: 0, mentionCount: 0, dateRange: null });
    expect(index.search('bgi').total).toBe(0);
    expect(index.search('type:person').total).toBe(0);
    expect(index.timeline()).toEqual({ dated: [], undated: [] });
    expect(index.mentionsOf('bgi-group')).toEqual([]);
    index.close();
  });

  it('opens read-only and refuses files that are not an index of this format', () => {
    const file = join(directory, 'corpus.sqlite');
    buildCorpusIndex(fixtureCorpus(), file);
    const index = openCorpusIndex(file);
    expect(index.documents()).toHaveLength(3);
    index.close();

    const garbage = join(directory, 'garbage.sqlite');
    writeFileSync(garbage, 'not a database at all, not even close');
    expect(() => openCorpusIndex(garbage)).toThrow(/not a genebelt query index/);
    expect(() => openCorpusIndex(join(directory, 'missing.sqlite'))).toThrow(/cannot open/);

    const db = new Database(file);
    db.prepare(`UPDATE meta SET value = 999 WHERE key = 'indexFormat'`).run();
    db.close();
    expect(() => openCorpusIndex(file)).toThrow(/format 999/);
  });
});

describe('openCorpus', () => {
  const write = (file: string, value: unknown) => writeFileSync(file, JSON.stringify(value));

  it('builds the index next to corpus.json, then reuses it while the corpus is unchanged', () => {
    const corpusFile = join(directory, 'corpus.json');
    write(corpusFile, fixtureCorpus());
    expect(defaultIndexFile(corpusFile)).toBe(join(directory, 'corpus.sqlite'));
    const first = openCorpus({ corpusFile });
    expect(first.overview().documentCount).toBe(3);
    first.close();
    const built = statSync(join(directory, 'corpus.sqlite')).mtimeMs;

    const again = openCorpus({ corpusFile });
    expect(again.document('seed-002')?.title).toBe(
      'China’s BGI Launches Training for Young Pakistani Researchers',
    );
    again.close();
    expect(statSync(join(directory, 'corpus.sqlite')).mtimeMs).toBe(built);
  });

  it('rebuilds a stale index when corpus.json changes', () => {
    const corpusFile = join(directory, 'corpus.json');
    const indexFile = join(directory, 'elsewhere.sqlite');
    write(corpusFile, fixtureCorpus());
    openCorpus({ corpusFile, indexFile }).close();

    const changed = fixtureCorpus();
    changed.name = 'seed excerpts, revised';
    const outlet = changed.entities.find((e) => e.id === 'gwadar-pro');
    if (outlet) outlet.name = 'Gwadar Pro (CPEC news)';
    changed.events = changed.events.slice(1);
    write(corpusFile, changed);
    const reopened = openCorpus({ corpusFile, indexFile });
    expect(reopened.overview().name).toBe('seed excerpts, revised');
    expect(reopened.entity('gwadar-pro')?.name).toBe('Gwadar Pro (CPEC news)');
    expect(reopened.eventsOf('shenzhen').map((e) => e.id)).toEqual([
      'qaiser-nawab-visits-bgi-shenzhen',
    ]);
    reopened.close();
    expect(leftovers()).toEqual([]);
  });

  it('rebuilds an index that is damaged or of another format', () => {
    const corpusFile = join(directory, 'corpus.json');
    write(corpusFile, fixtureCorpus());
    writeFileSync(join(directory, 'corpus.sqlite'), 'damaged');
    const index = openCorpus({ corpusFile });
    expect(index.overview().documentCount).toBe(3);
    index.close();
  });

  it('names the file and the first problems of an invalid corpus, and builds nothing', () => {
    const corpusFile = join(directory, 'corpus.json');
    const broken = fixtureCorpus();
    const mention = broken.documents[0]?.mentions[0];
    if (mention) mention.span.end = 99_999;
    write(corpusFile, broken);
    let error: unknown;
    try {
      openCorpus({ corpusFile });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CorpusFileError);
    const message = (error as Error).message;
    expect(message).toContain(`${corpusFile} is not a valid corpus`);
    expect(message).toMatch(/\n {2}documents\[0\]\.mentions\[0\]\.span\.end: /);
    expect((error as CorpusFileError).issues.length).toBeGreaterThan(0);
    expect(readdirSync(directory)).toEqual(['corpus.json']);
  });

  it('says so when the file is missing or not JSON', () => {
    const corpusFile = join(directory, 'corpus.json');
    expect(() => openCorpus({ corpusFile })).toThrow(`cannot read the corpus file ${corpusFile}`);
    writeFileSync(corpusFile, '{"schemaVersion": ');
    expect(() => openCorpus({ corpusFile })).toThrow(
      /corpus\.json is not a valid corpus[\s\S]*not JSON/,
    );
  });
});
