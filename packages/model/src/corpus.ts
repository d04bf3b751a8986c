import * as z from 'zod';
import { CalendarDate } from './dates.js';
import { Document } from './document.js';
import { Entity, EntityType, IdentityDecision } from './entity.js';
import { Event } from './event.js';
import type { SourceLocation } from './evidence.js';
import { Id } from './ids.js';
import { checkUniqueIds, type Problem } from './problems.js';
import { spanFits } from './text.js';

/** The version of this model. A corpus states the version it was written against. */
export const SCHEMA_VERSION = '1.1.0';

const SchemaVersion = z
  .string()
  .regex(/^1\.\d+\.\d+$/, `must be a 1.x.y version; this model is ${SCHEMA_VERSION}`)
  .meta({ description: 'The model version the corpus was written against (semver).' });

export const EntityStatistics = z
  .object({
    entityId: Id,
    mentionCount: z.int().min(0),
    documentIds: z.array(Id).meta({ description: 'The documents that mention it, sorted.' }),
  })
  .meta({ id: 'EntityStatistics', title: 'Entity statistics' });
export type EntityStatistics = z.infer<typeof EntityStatistics>;

/** Figures the apps show without walking every document. Derived; the build writes them. */
export const CorpusIndex = z
  .object({
    documentCount: z.int().min(0),
    mentionCount: z.int().min(0),
    entityCountByType: z.partialRecord(EntityType, z.int().min(0)),
    entities: z.array(EntityStatistics).meta({ description: 'One row per entity, by id.' }),
    dateRange: z
      .object({ earliest: CalendarDate, latest: CalendarDate })
      .nullable()
      .meta({ description: 'The span of resolved event and statement dates, or null if none.' }),
  })
  .meta({
    id: 'CorpusIndex',
    title: 'Corpus index',
    description: 'Derived figures over the whole corpus: counts by type and by entity, date range.',
  });
export type CorpusIndex = z.infer<typeof CorpusIndex>;

export const CorpusShape = z.object({
  schemaVersion: SchemaVersion,
  name: z.string().min(1),
  description: z.string(),
  documents: z.array(Document),
  entities: z.array(Entity),
  events: z.array(Event),
  identityDecisions: z.array(IdentityDecision),
  index: CorpusIndex,
});
type CorpusShape = z.infer<typeof CorpusShape>;

type Path = Problem['path'];

/** Every entity id the corpus refers to, with where it does. */
function* entityReferences(corpus: CorpusShape): Generator<[string | null, Path]> {
  for (const [d, document] of corpus.documents.entries()) {
    for (const [i, mention] of document.mentions.entries()) {
      yield [mention.entityId, ['documents', d, 'mentions', i, 'entityId']];
    }
    for (const [i, quote] of document.quotes.entries()) {
      yield [quote.speakerEntityId, ['documents', d, 'quotes', i, 'speakerEntityId']];
    }
    for (const [i, mark] of document.structureMarks.entries()) {
      yield [mark.entityId, ['documents', d, 'structureMarks', i, 'entityId']];
    }
  }
  for (const [e, entity] of corpus.entities.entries()) {
    for (const [r, role] of entity.roles.entries()) {
      yield [role.organizationId, ['entities', e, 'roles', r, 'organizationId']];
    }
  }
  for (const [e, event] of corpus.events.entries()) {
    yield [event.placeId, ['events', e, 'placeId']];
    for (const [p, participant] of event.participants.entries()) {
      yield [participant.entityId, ['events', e, 'participants', p, 'entityId']];
    }
  }
  for (const [i, decision] of corpus.identityDecisions.entries()) {
    yield [decision.entityId, ['identityDecisions', i, 'entityId']];
    for (const [j, id] of decision.otherEntityIds.entries()) {
      yield [id, ['identityDecisions', i, 'otherEntityIds', j]];
    }
  }
  for (const [i, row] of corpus.index.entities.entries()) {
    yield [row.entityId, ['index', 'entities', i, 'entityId']];
  }
}

/** Every span of evidence the corpus cites, with where it does. */
function* locationReferences(corpus: CorpusShape): Generator<[SourceLocation, Path]> {
  for (const [d, document] of corpus.documents.entries()) {
    const { source } = document;
    if (source.published.status === 'resolved') {
      for (const [i, where] of source.published.evidence.entries()) {
        yield [where, ['documents', d, 'source', 'published', 'evidence', i]];
      }
    }
    for (const field of ['publisher', 'url', 'citedOutlet'] as const) {
      const fact = source[field];
      if (fact.status !== 'known') continue;
      for (const [i, where] of fact.evidence.entries()) {
        yield [where, ['documents', d, 'source', field, 'evidence', i]];
      }
    }
    for (const [t, expression] of document.temporalExpressions.entries()) {
      if (expression.resolution.status !== 'resolved') continue;
      for (const [i, where] of expression.resolution.evidence.entries()) {
        yield [where, ['documents', d, 'temporalExpressions', t, 'resolution', 'evidence', i]];
      }
    }
  }
  for (const [e, entity] of corpus.entities.entries()) {
    for (const [r, role] of entity.roles.entries()) {
      for (const [i, where] of role.evidence.entries()) {
        yield [where, ['entities', e, 'roles', r, 'evidence', i]];
      }
    }
  }
  for (const [e, event] of corpus.events.entries()) {
    if (event.date.status !== 'resolved') continue;
    for (const [i, where] of event.date.evidence.entries()) {
      yield [where, ['events', e, 'date', 'evidence', i]];
    }
  }
}

/** Every sentence the corpus cites (event evidence) and every document id it lists. */
function* documentReferences(
  corpus: CorpusShape,
): Generator<[{ documentId: string; sentenceId?: string }, Path]> {
  for (const [e, event] of corpus.events.entries()) {
    for (const [i, reference] of event.evidence.entries()) {
      yield [reference, ['events', e, 'evidence', i]];
    }
  }
  for (const [i, row] of corpus.index.entities.entries()) {
    for (const [j, documentId] of row.documentIds.entries()) {
      yield [{ documentId }, ['index', 'entities', i, 'documentIds', j]];
    }
  }
}

/** Invariants across documents: unique ids and references that resolve. Paths from the corpus. */
export function corpusProblems(corpus: CorpusShape): Problem[] {
  const problems: Problem[] = [];
  checkUniqueIds([['documents', corpus.documents]], problems);
  checkUniqueIds([['entities', corpus.entities]], problems);
  checkUniqueIds([['events', corpus.events]], problems);
  checkUniqueIds([['identityDecisions', corpus.identityDecisions]], problems);

  const entityIds = new Set(corpus.entities.map((entity) => entity.id));
  const documents = new Map(corpus.documents.map((document) => [document.id, document]));

  for (const [id, path] of entityReferences(corpus)) {
    if (id !== null && !entityIds.has(id)) {
      problems.push({ path, message: `refers to entity "${id}", which the corpus does not have` });
    }
  }

  for (const [where, path] of locationReferences(corpus)) {
    const document = documents.get(where.documentId);
    if (!document) {
      problems.push({
        path: [...path, 'documentId'],
        message: `refers to document "${where.documentId}", which the corpus does not have`,
      });
    } else if (!spanFits(where.span, document.text.length)) {
      problems.push({
        path: [...path, 'span', 'end'],
        message: `${where.span.end} is past the end of document "${document.id}" (${document.text.length} code units)`,
      });
    }
  }

  for (const [reference, path] of documentReferences(corpus)) {
    const document = documents.get(reference.documentId);
    const { sentenceId } = reference;
    if (!document) {
      problems.push({
        path: sentenceId === undefined ? path : [...path, 'documentId'],
        message: `refers to document "${reference.documentId}", which the corpus does not have`,
      });
    } else if (
      sentenceId !== undefined &&
      !document.sentences.some((sentence) => sentence.id === sentenceId)
    ) {
      problems.push({
        path: [...path, 'sentenceId'],
        message: `refers to sentence "${sentenceId}", which document "${document.id}" does not have`,
      });
    }
  }

  return problems;
}

export const Corpus = CorpusShape.superRefine((corpus, context) => {
  for (const problem of corpusProblems(corpus)) {
    context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  }
}).meta({
  id: 'Corpus',
  title: 'Corpus',
  description:
    'A normalised, annotated news corpus: documents, entities, events and identity decisions.',
});
export type Corpus = z.infer<typeof Corpus>;
