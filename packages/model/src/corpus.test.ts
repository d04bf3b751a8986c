import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../test/fixtures/seed-corpus.js';
import {
  assertCorpus,
  type Corpus,
  ModelValidationError,
  parseCorpus,
  SCHEMA_VERSION,
} from './index.js';

function issuesOf(corpus: unknown) {
  const result = parseCorpus(corpus);
  if (result.ok) throw new Error('expected the corpus to be invalid');
  return result.issues;
}

function documentAt(corpus: Corpus, index: number) {
  const document = corpus.documents[index];
  if (!document) throw new Error(`fixture has document ${index}`);
  return document;
}

describe('Corpus', () => {
  it('accepts the seed corpus unchanged', () => {
    const corpus = seedCorpus();
    expect(parseCorpus(corpus)).toEqual({ ok: true, value: corpus });
  });

  it('names the exact place of a broken offset: documents[1].mentions[3].span.end', () => {
    const corpus = seedCorpus();
    const document = documentAt(corpus, 1);
    const mention = document.mentions[3];
    if (!mention) throw new Error('fixture');
    mention.span.end = 5000;
    expect(issuesOf(corpus)).toContainEqual({
      path: 'documents[1].mentions[3].span.end',
      message: `5000 is past the end of the text (${document.text.length} code units)`,
    });
  });

  it('reports an end before its start at the end', () => {
    const corpus = seedCorpus();
    const mention = documentAt(corpus, 0).mentions[2];
    if (!mention) throw new Error('fixture');
    mention.span = { start: 80, end: 70 };
    expect(issuesOf(corpus)).toContainEqual({
      path: 'documents[0].mentions[2].span.end',
      message: 'end must not be before start',
    });
  });

  it('reports references that do not resolve', () => {
    const corpus = seedCorpus();
    const mention = documentAt(corpus, 0).mentions[0];
    const event = corpus.events[0];
    const entity = corpus.entities.find((candidate) => candidate.id === 'qaiser-nawab');
    if (!mention || !event || !entity?.roles[0]) throw new Error('fixture');
    mention.entityId = 'beijing-genomics';
    event.placeId = 'gwadar';
    event.evidence.push({ documentId: 'seed-002', sentenceId: 's-99' });
    entity.roles[0].organizationId = 'brisd-pakistan';
    const issues = issuesOf(corpus);
    expect(issues).toContainEqual({
      path: 'documents[0].mentions[0].entityId',
      message: 'refers to entity "beijing-genomics", which the corpus does not have',
    });
    expect(issues).toContainEqual({
      path: 'events[0].placeId',
      message: 'refers to entity "gwadar", which the corpus does not have',
    });
    expect(issues).toContainEqual({
      path: 'events[0].evidence[1].sentenceId',
      message: 'refers to sentence "s-99", which document "seed-002" does not have',
    });
    const roleIndex = corpus.entities.indexOf(entity);
    expect(issues.map((issue) => issue.path)).toContain(
      `entities[${roleIndex}].roles[0].organizationId`,
    );
  });

  it('reports evidence that points past a document’s text or at no document', () => {
    const corpus = seedCorpus();
    const source = documentAt(corpus, 1).source;
    if (source.citedOutlet.status !== 'known') throw new Error('fixture');
    const evidence = source.citedOutlet.evidence[0];
    if (!evidence) throw new Error('fixture');
    evidence.span = { start: 0, end: 10_000 };
    const decision = corpus.identityDecisions[0];
    if (!decision) throw new Error('fixture');
    decision.otherEntityIds = ['bgi-genomics'];
    const issues = issuesOf(corpus);
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        'documents[1].source.citedOutlet.evidence[0].span.end',
        'identityDecisions[0].otherEntityIds[0]',
      ]),
    );
  });

  it('reports duplicate document and entity ids', () => {
    const corpus = seedCorpus();
    documentAt(corpus, 1).id = 'seed-000';
    const second = corpus.entities[1];
    if (!second) throw new Error('fixture');
    second.id = 'belt-and-road-initiative';
    const issues = issuesOf(corpus);
    expect(issues).toContainEqual({
      path: 'documents[1].id',
      message: '"seed-000" is already the id of documents[0]',
    });
    expect(issues).toContainEqual({
      path: 'entities[1].id',
      message: '"belt-and-road-initiative" is already the id of entities[0]',
    });
  });

  it('refuses a corpus of another major version', () => {
    const corpus = { ...seedCorpus(), schemaVersion: '2.0.0' };
    expect(issuesOf(corpus)).toContainEqual({
      path: 'schemaVersion',
      message: `must be a 1.x.y version; this model is ${SCHEMA_VERSION}`,
    });
  });

  it('refuses what is not a corpus at all, at the root', () => {
    expect(issuesOf(null)).toEqual([
      { path: '(root)', message: 'Invalid input: expected object, received null' },
    ]);
    expect(issuesOf([]).length).toBe(1);
  });

  it('lists every problem in the thrown error', () => {
    const corpus = seedCorpus();
    documentAt(corpus, 0).language = 'English';
    const mention = documentAt(corpus, 1).mentions[0];
    if (!mention) throw new Error('fixture');
    mention.confidence = 2;
    try {
      assertCorpus(corpus, 'data/corpus.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ModelValidationError);
      const { issues, message } = error as ModelValidationError;
      expect(issues.map((issue) => issue.path)).toEqual([
        'documents[0].language',
        'documents[1].mentions[0].confidence',
      ]);
      expect(message).toMatch(/^data\/corpus\.json is not valid \(2 problems\):/);
    }
  });
});

describe('SCHEMA_VERSION', () => {
  it('is the package version, which names the model a corpus was written against', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(SCHEMA_VERSION).toBe(manifest.version);
  });
});
