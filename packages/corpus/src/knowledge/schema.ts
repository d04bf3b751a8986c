import {
  Alias,
  CalendarDate,
  DateBasis,
  EntityType,
  EventType,
  Id,
  LanguageTag,
  SourceFact,
} from '@genebelt/model';
import * as z from 'zod';

/*
 * The shapes of the reviewed input files: knowledge/*.json and the sidecars in sources/. They are
 * built from the model's own schemas; what differs is only how evidence is written. A person
 * writes evidence as the exact words of a document, and the pipeline finds their offsets, so
 * nobody counts characters by hand and a stale quote fails the build with its file and place.
 */

/** Words of one document, by document id; `occurrence` picks among repeats (0-based). */
export const QuotedEvidence = z.object({
  documentId: Id,
  exact: z.string().min(1),
  occurrence: z.int().min(0).default(0),
});
export type QuotedEvidence = z.infer<typeof QuotedEvidence>;

export const KnowledgeRole = z.object({
  title: z.string().min(1),
  organizationId: Id.nullable(),
  statedIn: z.array(QuotedEvidence).min(1),
});

export const KnowledgeEntity = z.object({
  id: Id,
  type: EntityType,
  name: z.string().min(1),
  aliases: z.array(Alias).default([]),
  description: z.string().nullable().default(null),
  externalIds: z.record(z.string(), z.string()).default({}),
  roles: z.array(KnowledgeRole).default([]),
});
export type KnowledgeEntity = z.infer<typeof KnowledgeEntity>;

export const KnowledgeDate = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('resolved'),
    date: CalendarDate,
    basis: DateBasis,
    explanation: z.string().min(1),
    evidence: z.array(QuotedEvidence).default([]),
  }),
  z.object({ status: z.literal('unresolved'), reason: z.string().min(1) }),
]);

export const KnowledgeEvent = z.object({
  id: Id,
  type: EventType,
  summary: z.string().min(1),
  date: KnowledgeDate,
  placeId: Id.nullable().default(null),
  participants: z.array(z.object({ entityId: Id, role: z.string().nullable().default(null) })),
  evidence: z.array(QuotedEvidence).min(1),
  /** A named event entity this is the happening of: its date anchors dates in texts naming it. */
  namedBy: Id.nullable().default(null),
});
export type KnowledgeEvent = z.infer<typeof KnowledgeEvent>;

export const KnowledgeDecision = z.object({
  id: Id,
  kind: z.enum(['merge', 'split']),
  entityId: Id,
  names: z.array(z.string().min(1)).min(1),
  otherEntityIds: z.array(Id).default([]),
  reason: z.string().min(1),
});

export const EntityFile = z.object({ entities: z.array(KnowledgeEntity) });
export const EventFile = z.object({ events: z.array(KnowledgeEvent) });
export const DecisionFile = z.object({ decisions: z.array(KnowledgeDecision) });

/** What is known about an article besides its text: the sidecar `<name>.source.json`. */
export const SourceSidecar = z.object({
  id: Id.optional(),
  language: LanguageTag.default('en'),
  publisher: SourceFact.optional(),
  url: SourceFact.optional(),
  published: z
    .discriminatedUnion('status', [
      z.object({
        status: z.literal('resolved'),
        date: CalendarDate,
        basis: DateBasis.default('supplied'),
        explanation: z.string().min(1).default('Given with the article.'),
      }),
      z.object({ status: z.literal('unresolved'), reason: z.string().min(1) }),
    ])
    .optional(),
  citedOutlet: SourceFact.optional(),
});
export type SourceSidecar = z.infer<typeof SourceSidecar>;
