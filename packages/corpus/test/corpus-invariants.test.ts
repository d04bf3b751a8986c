import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Corpus, parseCorpus } from '@genebelt/model';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledStore } from '../src/paths.js';
import { buildStore, serialiseCorpus } from '../src/store/corpus-file.js';

const paths = bundledStore();
let committed = '';
let corpus: Corpus;

beforeAll(() => {
  committed = readFileSync(paths.corpusFile, 'utf8');
  corpus = JSON.parse(committed) as Corpus;
});

describe('the built corpus in data/', () => {
  it('is exactly what a fresh build from sources/ and knowledge/ makes (run `pnpm corpus` if not)', () => {
    expect(serialiseCorpus(buildStore(paths).corpus)).toBe(committed);
  });

  it('builds byte-identical twice, so ids and order are stable', () => {
    expect(serialiseCorpus(buildStore(paths).corpus)).toBe(
      serialiseCorpus(buildStore(paths).corpus),
    );
  });

  it('validates against the model: spans fit, anchors match, ids unique, references resolve', () => {
    const result = parseCorpus(corpus);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('has every span slice to exactly the text it claims', () => {
    let checked = 0;
    for (const document of corpus.documents) {
      const slice = (span: { start: number; end: number }) =>
        document.text.slice(span.start, span.end);
      for (const item of [
        ...document.mentions,
        ...document.temporalExpressions,
        ...document.quotes,
        ...document.quantities,
        ...document.structureMarks,
      ]) {
        expect(slice(item.span)).toBe(item.anchor.exact);
        checked++;
      }
      for (const quote of document.quotes)
        if (quote.cue) expect(slice(quote.cue.span)).toBe(quote.cue.anchor.exact);
      for (const sentence of document.sentences) {
        expect(slice(sentence.span)).toBe(slice(sentence.span).trim());
        expect(slice(sentence.span).length).toBeGreaterThan(0);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('cites evidence that lies inside its document', () => {
    const byId = new Map(corpus.documents.map((document) => [document.id, document]));
    for (const entity of corpus.entities) {
      for (const role of entity.roles) {
        for (const evidence of role.evidence) {
          const text = byId.get(evidence.documentId)?.text ?? '';
          expect(text.slice(evidence.span.start, evidence.span.end)).toContain(
            entity.name.split(' ').at(-1),
          );
        }
      }
    }
  });

  it('validates against the emitted JSON Schema with an independent validator (ajv)', () => {
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(
      readFileSync(require.resolve('@genebelt/model/schema/corpus.schema.json'), 'utf8'),
    ) as Record<string, unknown>;
    const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);
    expect(validate(corpus), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});
