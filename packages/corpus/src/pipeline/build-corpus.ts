import {
  assertCorpus,
  type CalendarDate,
  type Corpus,
  type CorpusIndex,
  type DateResolution,
  type Document,
  type Entity,
  type EntityType,
  type Event,
  type Role,
  SCHEMA_VERSION,
  type SentenceReference,
  type SourceLocation,
  slugify,
} from '@genebelt/model';
import { AliasIndex } from '../annotate/known-mentions.js';
import type { NameType } from '../annotate/names/index.js';
import { InputError } from '../errors.js';
import type { Knowledge } from '../knowledge/load.js';
import type { KnowledgeEntity, KnowledgeEvent, QuotedEvidence } from '../knowledge/schema.js';
import {
  type AnnotatedDocument,
  type AnnotationContext,
  annotateDocument,
  type ProposedEntity,
  type RawArticle,
} from './annotate-document.js';

export interface CorpusInputs {
  name: string;
  description: string;
  articles: readonly RawArticle[];
  knowledge: Knowledge;
}

export interface BuiltCorpus {
  corpus: Corpus;
  /** Per document: what the pipeline could not place or resolve. */
  warnings: { documentId: string; message: string }[];
  annotated: readonly AnnotatedDocument[];
}

const NAME_TYPES: Partial<Record<EntityType, NameType>> = {
  person: 'person',
  organization: 'organization',
  outlet: 'organization',
  place: 'place',
};

/** What the annotators need to know from the knowledge base. */
export function annotationContext(knowledge: Knowledge): AnnotationContext {
  const names = (entity: KnowledgeEntity) => [
    entity.name,
    ...entity.aliases.map((alias) => alias.text),
  ];
  const gazetteer = new Map<string, NameType>();
  for (const entity of knowledge.entities) {
    const type = NAME_TYPES[entity.type];
    if (type) for (const name of names(entity)) gazetteer.set(name.toLowerCase(), type);
  }
  const byId = new Map(knowledge.entities.map((entity) => [entity.id, entity]));
  const anchors = knowledge.events.flatMap((event) => {
    const named = event.namedBy ? byId.get(event.namedBy) : undefined;
    if (!named || event.date.status !== 'resolved') return [];
    return [{ entityId: named.id, date: event.date.date, label: `the ${named.name}` }];
  });
  return {
    aliases: new AliasIndex(
      knowledge.entities.map((entity) => ({
        entityId: entity.id,
        type: entity.type,
        names: names(entity),
      })),
    ),
    gazetteer,
    anchors,
    curatedIds: new Set(knowledge.entities.map((entity) => entity.id)),
  };
}

/** Builds the whole corpus from raw articles and the knowledge base, and validates it. */
export function buildCorpus(inputs: CorpusInputs): BuiltCorpus {
  const context = annotationContext(inputs.knowledge);
  const articles = [...inputs.articles].sort((a, b) => a.id.localeCompare(b.id));
  return assembleCorpus(
    inputs,
    articles.map((article) => annotateDocument(article, context)),
  );
}

/**
 * The cross-document half of the build: entities (curated and proposed, resolved across
 * documents), roles, events, identity decisions and the index, then validation. Takes the
 * per-document results in document-id order, however they were computed.
 */
export function assembleCorpus(
  inputs: CorpusInputs,
  annotated: readonly AnnotatedDocument[],
): BuiltCorpus {
  const documents = annotated.map((item) => item.document);
  const byId = new Map(documents.map((document) => [document.id, document]));

  const entities = [
    ...inputs.knowledge.entities.map((entity) => curatedEntity(entity, byId)),
    ...proposedEntities(annotated),
  ];
  mergeFoundRoles(entities, annotated);
  entities.sort((a, b) => a.id.localeCompare(b.id));

  const curatedEvents = inputs.knowledge.events.map((event) => curatedEvent(event, byId));
  const cited = new Set(curatedEvents.flatMap((event) => event.evidence.map(sentenceKey)));
  const events = [...curatedEvents, ...foundEvents(annotated, cited)].sort((a, b) =>
    a.id.localeCompare(b.id),
  );

  const corpus: Corpus = {
    schemaVersion: SCHEMA_VERSION,
    name: inputs.name,
    description: inputs.description,
    documents,
    entities,
    events,
    identityDecisions: inputs.knowledge.decisions.map((decision) => ({ ...decision })),
    index: corpusIndex(documents, entities, events),
  };
  return {
    corpus: assertCorpus(corpus, 'the built corpus'),
    warnings: annotated.flatMap((item) =>
      item.warnings.map((message) => ({ documentId: item.document.id, message })),
    ),
    annotated,
  };
}

/** Finds quoted evidence in its document, or fails naming the knowledge entry and the words. */
function locate(
  evidence: QuotedEvidence,
  documents: ReadonlyMap<string, Document>,
  where: string,
): SourceLocation {
  const document = documents.get(evidence.documentId);
  if (!document) {
    throw new InputError(
      'knowledge',
      where,
      `cites document "${evidence.documentId}", which the corpus does not have`,
    );
  }
  let start = -1;
  for (let i = 0; i <= evidence.occurrence; i++) {
    start = document.text.indexOf(evidence.exact, start + 1);
    if (start < 0) {
      throw new InputError(
        'knowledge',
        where,
        `the words ${JSON.stringify(evidence.exact)} (occurrence ${evidence.occurrence}) are not in document "${document.id}"`,
      );
    }
  }
  return { documentId: document.id, span: { start, end: start + evidence.exact.length } };
}

function sentencesOf(
  location: SourceLocation,
  documents: ReadonlyMap<string, Document>,
): SentenceReference[] {
  const document = documents.get(location.documentId);
  if (!document) return [];
  return document.sentences
    .filter(
      (sentence) =>
        sentence.span.start < location.span.end && location.span.start < sentence.span.end,
    )
    .map((sentence) => ({ documentId: document.id, sentenceId: sentence.id }));
}

const sentenceKey = (reference: SentenceReference) =>
  `${reference.documentId}#${reference.sentenceId}`;

function curatedEntity(entity: KnowledgeEntity, documents: ReadonlyMap<string, Document>): Entity {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    description: entity.description,
    roles: entity.roles.map((role, index) => ({
      title: role.title,
      organizationId: role.organizationId,
      evidence: role.statedIn.map((evidence) =>
        locate(evidence, documents, `entity "${entity.id}" roles[${index}]`),
      ),
    })),
    externalIds: entity.externalIds,
    origin: 'curated',
  };
}

/** One entity per proposed id across documents; the type most mentions give wins. */
function proposedEntities(annotated: readonly AnnotatedDocument[]): Entity[] {
  const groups = new Map<string, ProposedEntity[]>();
  for (const item of annotated) {
    for (const proposal of item.proposed)
      groups.set(proposal.id, [...(groups.get(proposal.id) ?? []), proposal]);
  }
  return [...groups.entries()].map(([id, proposals]) => {
    const votes = new Map<EntityType, number>();
    for (const proposal of proposals) votes.set(proposal.type, (votes.get(proposal.type) ?? 0) + 1);
    const [type] =
      [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
    const names = [...new Set(proposals.map((proposal) => proposal.name))].sort(
      (a, b) => b.length - a.length || a.localeCompare(b),
    );
    const [name = id, ...variants] = names;
    const abbreviations = [...new Set(proposals.flatMap((proposal) => proposal.abbreviations))]
      .filter((text) => !names.includes(text))
      .sort();
    return {
      id,
      type: type ?? 'organization',
      name,
      aliases: [
        ...variants.map((text) => ({ text, kind: 'variant' as const })),
        ...abbreviations.map((text) => ({ text, kind: 'abbreviation' as const })),
      ],
      description: null,
      roles: [],
      externalIds: {},
      origin: proposals.some((proposal) => proposal.origin === 'model') ? 'model' : 'rule',
    };
  });
}

/** Adds the roles the text states ("X, Chairman of Y") to the people they belong to. */
function mergeFoundRoles(entities: Entity[], annotated: readonly AnnotatedDocument[]): void {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  for (const item of annotated) {
    for (const finding of item.roles) {
      const person = byId.get(finding.personId);
      if (!person || !byId.has(finding.organizationId)) continue;
      const evidence: SourceLocation = { documentId: item.document.id, span: finding.span };
      const same = person.roles.find(
        (role: Role) =>
          role.title === finding.title && role.organizationId === finding.organizationId,
      );
      if (!same) {
        person.roles.push({
          title: finding.title,
          organizationId: finding.organizationId,
          evidence: [evidence],
        });
      } else if (!same.evidence.some((known) => overlaps(known, evidence))) {
        same.evidence.push(evidence);
      }
    }
  }
}

const overlaps = (a: SourceLocation, b: SourceLocation) =>
  a.documentId === b.documentId && a.span.start < b.span.end && b.span.start < a.span.end;

function curatedEvent(event: KnowledgeEvent, documents: ReadonlyMap<string, Document>): Event {
  const where = `event "${event.id}"`;
  const date: DateResolution =
    event.date.status === 'resolved'
      ? {
          ...event.date,
          evidence: event.date.evidence.map((evidence) =>
            locate(evidence, documents, `${where} date`),
          ),
        }
      : event.date;
  const evidence = event.evidence.flatMap((item) =>
    sentencesOf(locate(item, documents, where), documents),
  );
  return {
    id: event.id,
    type: event.type,
    summary: event.summary,
    date,
    placeId: event.placeId,
    participants: event.participants,
    evidence: dedupe(evidence, sentenceKey),
    origin: 'curated',
  };
}

/** Events the rules found in sentences no curated event already covers. */
function foundEvents(annotated: readonly AnnotatedDocument[], cited: ReadonlySet<string>): Event[] {
  const events: Event[] = [];
  for (const { document, events: findings } of annotated) {
    for (const finding of findings) {
      const sentence = document.sentences.find(
        (candidate) => candidate.span.start === finding.sentence.start,
      );
      if (!sentence || cited.has(`${document.id}#${sentence.id}`)) continue;
      const dated = document.temporalExpressions.find(
        (expression) => expression.sentenceId === sentence.id,
      );
      const text = document.text.slice(sentence.span.start, sentence.span.end);
      events.push({
        id: slugify(`${document.id}-${sentence.id}-${finding.type}`, 110),
        type: finding.type,
        summary: text.length > 160 ? `${text.slice(0, 159).trimEnd()}…` : text,
        date: dated?.resolution ?? {
          status: 'unresolved',
          reason: 'The sentence that reports it gives no date.',
        },
        placeId: finding.placeId,
        participants: finding.participantIds.map((entityId) => ({ entityId, role: null })),
        evidence: [{ documentId: document.id, sentenceId: sentence.id }],
        origin: 'rule',
      });
    }
  }
  return events;
}

function dedupe<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function corpusIndex(
  documents: readonly Document[],
  entities: readonly Entity[],
  events: readonly Event[],
): CorpusIndex {
  const rows = new Map(
    entities.map((entity) => [entity.id, { mentionCount: 0, documentIds: new Set<string>() }]),
  );
  let mentionCount = 0;
  const dates: CalendarDate[] = [];
  for (const document of documents) {
    for (const mention of document.mentions) {
      mentionCount++;
      const row = rows.get(mention.entityId);
      if (row) {
        row.mentionCount++;
        row.documentIds.add(document.id);
      }
    }
    for (const expression of document.temporalExpressions) {
      if (expression.resolution.status === 'resolved') dates.push(expression.resolution.date);
    }
  }
  for (const event of events) if (event.date.status === 'resolved') dates.push(event.date.date);
  const entityCountByType: CorpusIndex['entityCountByType'] = {};
  for (const entity of entities)
    entityCountByType[entity.type] = (entityCountByType[entity.type] ?? 0) + 1;
  dates.sort((a, b) => a.value.localeCompare(b.value));
  const earliest = dates[0];
  const latest = dates.at(-1);
  return {
    documentCount: documents.length,
    mentionCount,
    entityCountByType,
    entities: entities.map((entity) => {
      const row = rows.get(entity.id);
      return {
        entityId: entity.id,
        mentionCount: row?.mentionCount ?? 0,
        documentIds: [...(row?.documentIds ?? [])].sort(),
      };
    }),
    dateRange: earliest && latest ? { earliest, latest } : null,
  };
}
