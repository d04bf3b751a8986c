import type {
  Citation,
  ConcordanceLine,
  Cooccurrence,
  CorpusOverview,
  Document,
  DocumentSummary,
  Entity,
  EntitySummary,
  EntityType,
  Event,
  SearchResult,
  Span,
  Timeline,
  TimelinePage,
} from '@genebelt/model';

/**
 * The entity types in the model's order (kept here so the query runtime needs no schema code; a
 * test checks it against the model's EntityType). A type's position is its bit in search masks.
 */
export const ENTITY_TYPES = [
  'person',
  'organization',
  'place',
  'event',
  'initiative',
  'outlet',
  'work',
] as const satisfies readonly EntityType[];

/** Readable names of entity types, for facet labels. */
export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  event: 'Event',
  initiative: 'Initiative',
  outlet: 'Outlet',
  work: 'Work',
};

export interface DocumentsOptions {
  /** title (default): by title, case- and accent-insensitively; published: oldest first, undated last. */
  sort?: 'title' | 'published';
  /** Keeps documents whose title, id or publisher contains this text (case- and accent-insensitive). */
  filter?: string;
}

export interface EntitiesOptions {
  type?: EntityType;
  /** Keeps entities whose id, name or an alias contains this text (case- and accent-insensitive). */
  filter?: string;
}

export interface MentionsOptions {
  /** Code units of context on each side (default 60). */
  width?: number;
  /** At most this many lines (default: all). */
  limit?: number;
  offset?: number;
}

export interface SearchOptions {
  /** Hits per page (default 20, at most 10,000). */
  limit?: number;
  offset?: number;
  /** Code units of context on each side of the first highlight (default 60). */
  width?: number;
  /** At most this many values in the document facet (default 20); the others facets are short. */
  facetLimit?: number;
}

export interface ConcordanceOptions {
  width?: number;
  /** document (default): document then offset; left: by the words before, nearest first; right: by the words after. */
  sort?: 'left' | 'right' | 'document';
  /** At most this many lines (default: all), taken after sorting. */
  limit?: number;
}

export interface TimelineOptions {
  /** Position of the first entry in the dated-then-undated order (default 0). */
  offset?: number;
  /** At most this many entries (default: all). */
  limit?: number;
}

export interface CooccurrenceOptions {
  /** At most this many entities (default: all). */
  limit?: number;
}

/** The read-only questions the apps ask of a corpus. Every answer is a shape of @genebelt/model. */
export interface CorpusQueries {
  overview(): CorpusOverview;
  documents(options?: DocumentsOptions): DocumentSummary[];
  document(id: string): Document | null;
  /** Sorted by mention count (most first), then name, then id. */
  entities(options?: EntitiesOptions): EntitySummary[];
  entity(id: string): Entity | null;
  /** Every mention of the entity as keyword in context, in document then offset order. */
  mentionsOf(entityId: string, options?: MentionsOptions): ConcordanceLine[];
  /** Sentences matching a query (see parseSearchQuery), best first, with facets over all matches. */
  search(query: string, options?: SearchOptions): SearchResult;
  /** Occurrences of a word or phrase (a trailing * makes the last word a prefix). */
  concordance(term: string, options?: ConcordanceOptions): ConcordanceLine[];
  /** Dated entries in date order, each date with its precision; undated entries apart. */
  timeline(): Timeline;
  /** A window of the same entries as one list (dated, then undated), with the totals. */
  timeline(page: TimelineOptions): TimelinePage;
  /** Entities named in the same sentences, most sentences first. */
  cooccurrence(entityId: string, options?: CooccurrenceOptions): Cooccurrence[];
  /** Events the entity takes part in or is the place of, by date (undated last), then id. */
  eventsOf(entityId: string): Event[];
  /** A citation for a span; throws for an unknown document or a span outside its text. */
  cite(documentId: string, span: Span): Citation;
  close(): void;
}
