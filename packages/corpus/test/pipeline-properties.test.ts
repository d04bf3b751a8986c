import { parseCorpus } from '@genebelt/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_KNOWLEDGE, loadKnowledge } from '../src/knowledge/load.js';
import { SourceSidecar } from '../src/knowledge/schema.js';
import { bundledStore } from '../src/paths.js';
import { buildCorpus } from '../src/pipeline/build-corpus.js';
import { normalise } from '../src/pipeline/normalise.js';
import { readSources } from '../src/sources.js';

const knowledge = loadKnowledge(bundledStore().knowledgeDir);
// The curated knowledge cites the seeds, so a build with it includes them.
const seeds = readSources(bundledStore().sourcesDir);

/** News-like text: words, names, quotes, numbers and dates, with hostile characters mixed in. */
const newsText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'BGI Group',
        'Qaiser Nawab',
        'said',
        '“Belt and Road”',
        'over 30,000 donors',
        'On June 8,',
        'in May',
        'Shenzhen.',
        'Mr.',
        'P.c.',
        '"quoted words,"',
        '“One sentence. And another,”',
        '\n\n',
        '\n',
        'the',
        'of',
        '(BRISD)',
        '🧬',
        'e\u0301',
      ),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

function build(raw: string, withKnowledge = true) {
  return buildCorpus({
    name: 'property',
    description: '',
    articles: [
      ...(withKnowledge ? seeds : []),
      {
        id: 'article',
        fileName: 'article.txt',
        raw,
        rawDigest: '0'.repeat(64),
        sidecar: SourceSidecar.parse({}),
      },
    ],
    knowledge: withKnowledge ? knowledge : EMPTY_KNOWLEDGE,
  });
}

describe('the pipeline, for any text', () => {
  it('never throws on text with a word in it, and every offset it writes is valid', () => {
    fc.assert(
      fc.property(newsText, fc.boolean(), (raw, withKnowledge) => {
        fc.pre(normalise(raw).text.length > 0);
        const { corpus } = build(raw, withKnowledge);
        const result = parseCorpus(corpus);
        expect(result.ok ? [] : result.issues).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('is idempotent: its own normalised text comes back with the same annotations', () => {
    fc.assert(
      fc.property(newsText, (raw) => {
        const text = normalise(raw).text;
        fc.pre(text.length > 0);
        const article = (corpus: { documents: { id: string }[] }) =>
          corpus.documents.find((document) => document.id === 'article');
        const first = article(build(raw).corpus) as ReturnType<
          typeof build
        >['corpus']['documents'][number];
        const second = article(build(text).corpus) as typeof first;
        expect(second?.text).toBe(first?.text);
        expect(second?.mentions).toEqual(first?.mentions);
        expect(second?.sentences).toEqual(first?.sentences);
        expect(second?.temporalExpressions).toEqual(first?.temporalExpressions);
      }),
      { numRuns: 60 },
    );
  });
});
