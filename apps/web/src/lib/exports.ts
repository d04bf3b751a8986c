import type { Corpus, Document, EntitySummary } from '@genebelt/model';
import { type CsvValue, csvTable } from './csv';

/**
 * The whole corpus as JSON Lines: one record per line, each `{"kind": …, "value": …}` so a
 * reader can stream it. The first line is the corpus itself without its collections.
 */
export function corpusJsonLines(corpus: Corpus): string {
  const { documents, entities, events, identityDecisions, ...head } = corpus;
  const lines: string[] = [JSON.stringify({ kind: 'corpus', value: head })];
  for (const value of entities) lines.push(JSON.stringify({ kind: 'entity', value }));
  for (const value of events) lines.push(JSON.stringify({ kind: 'event', value }));
  for (const value of identityDecisions) {
    lines.push(JSON.stringify({ kind: 'identityDecision', value }));
  }
  for (const value of documents) lines.push(JSON.stringify({ kind: 'document', value }));
  return `${lines.join('\n')}\n`;
}

export const ANNOTATION_COLUMNS = [
  'document_id',
  'kind',
  'id',
  'sentence_id',
  'start',
  'end',
  'text',
  'entity_id',
  'entity_type',
  'entity_name',
  'date',
  'date_precision',
  'value',
  'unit',
  'qualifier',
  'quote_kind',
  'quote_continues',
  'origin',
] as const;

/** What the annotations table is made from: a corpus, or the same read one document at a time. */
export interface AnnotationSource {
  entities: readonly Pick<EntitySummary, 'id' | 'type' | 'name'>[];
  documents: Iterable<Document>;
}

/**
 * The whole corpus as one CSV table of annotations: every mention, date, quote and quantity
 * with its document, sentence and offsets (UTF-16 code units of the normalised text). The
 * documents may be a generator, so the site can read them from the index one at a time instead
 * of holding the parsed corpus file.
 */
export function annotationsCsv(corpus: AnnotationSource): string {
  const entities = new Map(corpus.entities.map((entity) => [entity.id, entity]));
  function* rows(): Generator<CsvValue[]> {
    for (const document of corpus.documents) {
      type Row = Partial<Record<(typeof ANNOTATION_COLUMNS)[number], CsvValue>>;
      const found: Row[] = [];
      for (const mention of document.mentions) {
        const entity = entities.get(mention.entityId);
        found.push({
          kind: 'mention',
          id: mention.id,
          sentence_id: mention.sentenceId,
          start: mention.span.start,
          end: mention.span.end,
          text: mention.anchor.exact,
          entity_id: mention.entityId,
          entity_type: entity?.type ?? null,
          entity_name: entity?.name ?? null,
          origin: mention.origin,
        });
      }
      for (const date of document.temporalExpressions) {
        const resolved = date.resolution.status === 'resolved' ? date.resolution.date : null;
        found.push({
          kind: 'date',
          id: date.id,
          sentence_id: date.sentenceId,
          start: date.span.start,
          end: date.span.end,
          text: date.anchor.exact,
          date: resolved?.value ?? null,
          date_precision: resolved?.precision ?? null,
          origin: date.origin,
        });
      }
      for (const quote of document.quotes) {
        const speaker = quote.speakerEntityId ? entities.get(quote.speakerEntityId) : undefined;
        found.push({
          kind: 'quote',
          id: quote.id,
          sentence_id: quote.sentenceId,
          start: quote.span.start,
          end: quote.span.end,
          text: quote.anchor.exact,
          entity_id: quote.speakerEntityId,
          entity_type: speaker?.type ?? null,
          entity_name: speaker?.name ?? null,
          quote_kind: quote.kind,
          quote_continues: quote.continues ?? null,
          origin: quote.origin,
        });
      }
      for (const quantity of document.quantities) {
        found.push({
          kind: 'quantity',
          id: quantity.id,
          sentence_id: quantity.sentenceId,
          start: quantity.span.start,
          end: quantity.span.end,
          text: quantity.anchor.exact,
          value: quantity.value,
          unit: quantity.unit,
          qualifier: quantity.qualifier,
          origin: quantity.origin,
        });
      }
      found.sort((a, b) => Number(a.start) - Number(b.start) || Number(a.end) - Number(b.end));
      for (const row of found) {
        yield ANNOTATION_COLUMNS.map((column) =>
          column === 'document_id' ? document.id : (row[column] ?? null),
        );
      }
    }
  }
  return csvTable(ANNOTATION_COLUMNS, rows());
}
