import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { seed002Document, seedCorpus, seedEntities } from '../test/fixtures/seed-corpus.js';
import { JSON_SCHEMA_CONCEPTS, type JsonSchemaConcept, jsonSchemaOf } from './index.js';

const schemaDir = join(import.meta.dirname, '..', 'schema');
const concepts = Object.keys(JSON_SCHEMA_CONCEPTS) as JsonSchemaConcept[];
const emitted = (concept: JsonSchemaConcept) =>
  JSON.parse(readFileSync(join(schemaDir, `${concept}.schema.json`), 'utf8')) as Record<
    string,
    unknown
  >;

describe('emitted JSON Schema', () => {
  it.each(concepts)(
    'schema/%s.schema.json is what the schemas emit now (build is fresh)',
    (concept) => {
      expect(emitted(concept)).toEqual(jsonSchemaOf(concept));
    },
  );

  it.each(concepts)('%s matches its reviewed snapshot', async (concept) => {
    await expect(`${JSON.stringify(jsonSchemaOf(concept), null, 2)}\n`).toMatchFileSnapshot(
      `__snapshots__/${concept}.schema.json`,
    );
  });

  it('declares draft 2020-12 and a stable id', () => {
    const corpus = emitted('corpus');
    expect(corpus.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(corpus.$id).toBe('urn:genebelt:model:1:corpus');
  });
});

describe('JSON Schema through an independent validator (ajv)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  const validateCorpus = ajv.compile(emitted('corpus'));
  const validateDocument = ajv.compile(emitted('document'));
  const validateEntity = ajv.compile(emitted('entity'));

  it('accepts the seed corpus, a document and an entity', () => {
    expect(validateCorpus(seedCorpus()), JSON.stringify(validateCorpus.errors)).toBe(true);
    expect(validateDocument(seed002Document()), JSON.stringify(validateDocument.errors)).toBe(true);
    for (const entity of seedEntities()) expect(validateEntity(entity)).toBe(true);
  });

  it('rejects a corpus with a missing field, naming it', () => {
    const { index: _index, ...corpus } = seedCorpus();
    expect(validateCorpus(corpus)).toBe(false);
    expect(validateCorpus.errors).toContainEqual(
      expect.objectContaining({ keyword: 'required', params: { missingProperty: 'index' } }),
    );
  });

  it('rejects a negative offset, a bad id, an unknown entity type and an unknown property', () => {
    const corpus = seedCorpus() as unknown as {
      documents: { mentions: { span: { start: number } }[]; id: string }[];
      entities: { type: string }[];
    };
    const mention = corpus.documents[1]?.mentions[3];
    const entity = corpus.entities[0];
    const document = corpus.documents[0];
    if (!mention || !entity || !document) throw new Error('fixture');
    mention.span.start = -1;
    entity.type = 'company';
    document.id = 'Seed 000';
    expect(validateCorpus(corpus)).toBe(false);
    const paths = validateCorpus.errors?.map((error) => error.instancePath) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining([
        '/documents/1/mentions/3/span/start',
        '/entities/0/type',
        '/documents/0/id',
      ]),
    );
  });

  it('rejects a date with the wrong shape and an unresolved date without its reason', () => {
    const document = seed002Document() as unknown as { source: { published: unknown } };
    document.source.published = { status: 'unresolved' };
    expect(validateDocument(document)).toBe(false);
    document.source.published = {
      status: 'resolved',
      date: { value: '8 June 2017', precision: 'day' },
      basis: 'context',
      explanation: 'x',
      evidence: [],
    };
    expect(validateDocument(document)).toBe(false);
  });
});
