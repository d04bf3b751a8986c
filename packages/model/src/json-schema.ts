import * as z from 'zod';
import { Mention, Quantity, Quote, TemporalExpression } from './annotations.js';
import { Corpus, SCHEMA_VERSION } from './corpus.js';
import { Document } from './document.js';
import { Entity } from './entity.js';
import { Event } from './event.js';
import {
  Citation,
  ConcordanceLine,
  CorpusOverview,
  DocumentSummary,
  EntitySummary,
  SearchResult,
  Timeline,
} from './query.js';

/**
 * The top-level concepts published as JSON Schema files (`schema/<name>.schema.json`), so tools
 * in other languages can validate a corpus too. Refinements (offsets inside the text, references
 * that resolve) cannot be expressed in JSON Schema; the files say so in their description.
 */
export const JSON_SCHEMA_CONCEPTS = {
  corpus: Corpus,
  document: Document,
  entity: Entity,
  event: Event,
  mention: Mention,
  quote: Quote,
  quantity: Quantity,
  'temporal-expression': TemporalExpression,
  'corpus-overview': CorpusOverview,
  'document-summary': DocumentSummary,
  'entity-summary': EntitySummary,
  'concordance-line': ConcordanceLine,
  'search-result': SearchResult,
  timeline: Timeline,
  citation: Citation,
} as const;

export type JsonSchemaConcept = keyof typeof JSON_SCHEMA_CONCEPTS;

const CROSS_FIELD_NOTE =
  ' Cross-field rules (spans inside the text, quoted text equal to the span, references that resolve, unique ids) are checked by @genebelt/model’s parse functions, not by this schema.';

/** The JSON Schema (draft 2020-12) of one concept, with a stable `$id`. */
export function jsonSchemaOf(concept: JsonSchemaConcept): Record<string, unknown> {
  const schema = z.toJSONSchema(JSON_SCHEMA_CONCEPTS[concept], {
    target: 'draft-2020-12',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  const meta = z.globalRegistry.get(JSON_SCHEMA_CONCEPTS[concept]);
  return {
    $schema,
    $id: `urn:genebelt:model:${SCHEMA_VERSION.split('.')[0]}:${concept}`,
    title: `genebelt ${meta?.title ?? concept} (model ${SCHEMA_VERSION})`,
    description: `${meta?.description ?? ''}${CROSS_FIELD_NOTE}`,
    ...rest,
  };
}
