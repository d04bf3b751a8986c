import * as z from 'zod';
import { CalendarDate, DateResolution } from './dates.js';
import { Entity, EntityType } from './entity.js';
import { EventType } from './event.js';
import { Origin } from './evidence.js';
import { Id } from './ids.js';
import { Span } from './span.js';

/*
 * The shapes the query API answers with. They are part of the published model because the
 * terminal's `--json` output and the site's data links are made of them, and other programs read
 * those. Every span here is in the normalised text of the named document.
 */

export const DocumentSummary = z
  .object({
    id: Id,
    title: z.string(),
    publisher: z.string().nullable(),
    published: DateResolution,
    counts: z.object({
      paragraphs: z.int().min(0),
      sentences: z.int().min(0),
      mentions: z.int().min(0),
      entities: z.int().min(0),
      temporalExpressions: z.int().min(0),
      quotes: z.int().min(0),
      quantities: z.int().min(0),
    }),
  })
  .meta({
    id: 'DocumentSummary',
    title: 'Document summary',
    description: 'A line of the library.',
  });
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const EntitySummary = z
  .object({
    id: Id,
    type: EntityType,
    name: z.string(),
    origin: Origin,
    mentionCount: z.int().min(0),
    documentCount: z.int().min(0),
  })
  .meta({
    id: 'EntitySummary',
    title: 'Entity summary',
    description: 'An entity with its counts.',
  });
export type EntitySummary = z.infer<typeof EntitySummary>;

/** Keyword in context: the matched words with the text to their left and right. */
export const KeywordInContext = z
  .object({
    left: z.string(),
    match: z.string(),
    right: z.string(),
  })
  .meta({ id: 'KeywordInContext', title: 'Keyword in context' });
export type KeywordInContext = z.infer<typeof KeywordInContext>;

export const ConcordanceLine = z
  .object({
    documentId: Id,
    sentenceId: Id,
    span: Span.meta({ description: 'The matched words in the document.' }),
    context: KeywordInContext,
  })
  .meta({
    id: 'ConcordanceLine',
    title: 'Concordance line',
    description: 'One occurrence of a term or a mention, with its context.',
  });
export type ConcordanceLine = z.infer<typeof ConcordanceLine>;

export const SearchHit = z
  .object({
    documentId: Id,
    documentTitle: z.string(),
    sentenceId: Id,
    sentence: Span.meta({ description: 'The sentence that matched.' }),
    score: z.number().meta({ description: 'Relevance; higher is better (BM25).' }),
    highlights: z.array(Span).meta({ description: 'The matched words, in document offsets.' }),
    context: KeywordInContext.meta({ description: 'The first highlight in its context.' }),
  })
  .meta({ id: 'SearchHit', title: 'Search hit', description: 'A sentence that matches a query.' });
export type SearchHit = z.infer<typeof SearchHit>;

export const FacetCount = z
  .object({ value: z.string(), label: z.string(), count: z.int().min(0) })
  .meta({ id: 'FacetCount', title: 'Facet count' });
export type FacetCount = z.infer<typeof FacetCount>;

export const SearchResult = z
  .object({
    query: z.string(),
    total: z.int().min(0).meta({ description: 'How many sentences match in all.' }),
    hits: z.array(SearchHit),
    facets: z.object({
      entityType: z.array(FacetCount),
      document: z.array(FacetCount),
      year: z.array(FacetCount),
    }),
  })
  .meta({
    id: 'SearchResult',
    title: 'Search result',
    description: 'Ranked matching sentences and facet counts over all matches.',
  });
export type SearchResult = z.infer<typeof SearchResult>;

export const TimelineEntry = z
  .object({
    kind: z.enum(['event', 'statement']).meta({
      description: 'event: a curated or extracted event; statement: a sentence with a date in it.',
    }),
    id: z.string().meta({ description: 'The event id, or `<documentId>#<temporalExpressionId>`.' }),
    date: DateResolution,
    summary: z.string(),
    eventType: EventType.nullable(),
    documentId: Id,
    sentenceId: Id,
    entityIds: z.array(Id),
  })
  .meta({ id: 'TimelineEntry', title: 'Timeline entry' });
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const Timeline = z
  .object({
    dated: z.array(TimelineEntry).meta({ description: 'Entries with a resolved date, in order.' }),
    undated: z.array(TimelineEntry).meta({ description: 'Entries whose date is unresolved.' }),
  })
  .meta({ id: 'Timeline', title: 'Timeline' });
export type Timeline = z.infer<typeof Timeline>;

export const TimelinePage = z
  .object({
    offset: z.int().min(0).meta({
      description:
        'Position of the first entry in the whole timeline: the dated entries in order, then the undated ones.',
    }),
    datedTotal: z.int().min(0).meta({ description: 'How many entries have a resolved date.' }),
    undatedTotal: z.int().min(0).meta({ description: 'How many entries have an unresolved date.' }),
    entries: z.array(TimelineEntry).meta({
      description:
        'The entries from `offset` on, as many as asked for; those at positions below `datedTotal` are dated.',
    }),
  })
  .meta({
    id: 'TimelinePage',
    title: 'Timeline page',
    description: 'A window of the timeline, with how many entries the whole has.',
  });
export type TimelinePage = z.infer<typeof TimelinePage>;

export const Cooccurrence = z
  .object({
    entityId: Id,
    sentenceCount: z.int().min(0),
    documentCount: z.int().min(0),
  })
  .meta({
    id: 'Cooccurrence',
    title: 'Co-occurrence',
    description: 'Another entity named in the same sentences as the one asked about.',
  });
export type Cooccurrence = z.infer<typeof Cooccurrence>;

export const Citation = z
  .object({
    documentId: Id,
    span: Span,
    quotedText: z.string(),
    documentTitle: z.string(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    published: DateResolution,
    sentenceIds: z.array(Id),
    text: z.string().meta({ description: 'The citation as one line a reader can paste.' }),
  })
  .meta({
    id: 'Citation',
    title: 'Citation',
    description: 'A citation for any span of a document.',
  });
export type Citation = z.infer<typeof Citation>;

export const EntityDetail = z
  .object({
    entity: Entity,
    mentionCount: z.int().min(0),
    documentIds: z.array(Id),
  })
  .meta({ id: 'EntityDetail', title: 'Entity detail' });
export type EntityDetail = z.infer<typeof EntityDetail>;

export const CorpusOverview = z
  .object({
    name: z.string(),
    description: z.string(),
    schemaVersion: z.string(),
    documentCount: z.int().min(0),
    entityCount: z.int().min(0),
    mentionCount: z.int().min(0),
    entityCountByType: z.partialRecord(EntityType, z.int().min(0)),
    dateRange: z.object({ earliest: CalendarDate, latest: CalendarDate }).nullable(),
  })
  .meta({ id: 'CorpusOverview', title: 'Corpus overview' });
export type CorpusOverview = z.infer<typeof CorpusOverview>;
