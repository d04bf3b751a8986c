/**
 * A corpus whose one document has names nested inside names, for the reader's tests: a place
 * inside an organisation (`University of Southern Indiana` holds `Southern Indiana`) and a person
 * inside one (`Andy Warhol Foundation for the Visual Arts` holds `Andy Warhol`). The fixture
 * builder keeps mentions apart, so the nested ones are added here.
 */
import type { Corpus, Document } from '@genebelt/model';
import { textQuoteAt } from '@genebelt/model';
import { buildCorpus } from '../../test/fixtures/build-corpus.js';

export const NESTED_DOCUMENT_ID = 'warhol-exhibit';

/** `document` with one more mention: `exact` where it first occurs after `after`. */
export function withMention(
  document: Document,
  exact: string,
  entityId: string,
  after = '',
): Document {
  const start = document.text.indexOf(exact, Math.max(0, document.text.indexOf(after)));
  if (start < 0) throw new Error(`“${exact}” is not in the document`);
  const span = { start, end: start + exact.length };
  const sentence = document.sentences.find(
    (candidate) => candidate.span.start <= span.start && span.end <= candidate.span.end,
  );
  if (!sentence) throw new Error(`“${exact}” is not inside one sentence`);
  const mentions = [
    ...document.mentions,
    {
      id: `m-${span.start}-${span.end}`,
      span,
      anchor: textQuoteAt(document.text, span),
      sentenceId: sentence.id,
      entityId,
      origin: 'curated' as const,
      confidence: 1,
    },
  ].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return { ...document, mentions };
}

export function nestedCorpus(): Corpus {
  const corpus = buildCorpus({
    entities: [
      { id: 'usi', type: 'organization', name: 'University of Southern Indiana' },
      { id: 'southern-indiana', type: 'place', name: 'Southern Indiana' },
      { id: 'andy-warhol', type: 'person', name: 'Andy Warhol' },
      { id: 'warhol-foundation', type: 'organization', name: 'Andy Warhol Foundation' },
    ],
    documents: [
      {
        id: NESTED_DOCUMENT_ID,
        paragraphs: [
          { role: 'headline', text: 'Warhol comes to Evansville' },
          {
            role: 'body',
            text:
              'The University of Southern Indiana opened an Andy Warhol exhibit. ' +
              'The Andy Warhol Foundation for the Visual Arts gave it.',
          },
        ],
        mentions: [
          { text: 'University of Southern Indiana', entityId: 'usi' },
          { text: 'Andy Warhol Foundation for the Visual Arts', entityId: 'warhol-foundation' },
          // Only the first "Andy Warhol" here: the second is inside the foundation's name.
          { text: 'Andy Warhol', entityId: 'andy-warhol' },
        ],
      },
    ],
  });
  let document = corpus.documents[0] as Document;
  document = withMention(document, 'Southern Indiana', 'southern-indiana');
  document = withMention(document, 'Andy Warhol', 'andy-warhol', 'The Andy Warhol Foundation');
  const count = (entityId: string) =>
    document.mentions.filter((mention) => mention.entityId === entityId).length;
  return {
    ...corpus,
    documents: [document],
    index: {
      ...corpus.index,
      mentionCount: document.mentions.length,
      entities: corpus.index.entities.map((row) => ({
        ...row,
        mentionCount: count(row.entityId),
      })),
    },
  };
}
