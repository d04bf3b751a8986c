/**
 * The one door from the site to the corpus. Every page and data route calls these functions;
 * they call the query API of @genebelt/corpus (the same one the terminal uses, so search on the
 * web and in the terminal always agree) and shape its answers for the pages. Nothing else in the
 * site imports @genebelt/corpus or reads a corpus file.
 *
 * The store is GENEBELT_STORE (a folder with sources/, knowledge/ and data/corpus.json) when the
 * site was built with it set, else the corpus bundled with @genebelt/corpus. It is fixed at build
 * (next.config.ts writes it into the build as GENEBELT_BUILT_STORE) so that prerendered pages
 * and the per-request search page can never read different corpora.
 */
import { createReadStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import type * as CorpusPackage from '@genebelt/corpus';
import type { CorpusQueries, StorePaths } from '@genebelt/corpus';
import type {
  Citation,
  ConcordanceLine,
  Corpus,
  CorpusOverview,
  Document,
  DocumentSummary,
  Entity,
  EntitySummary,
  EntityType,
  Event,
  Quantity,
  Quote,
  SearchResult,
  Timeline,
} from '@genebelt/model';
import { quotationsOf } from '@genebelt/model';
import { cache } from 'react';
import { annotationsCsv } from './exports';
import { firstPagesOfCounts } from './paging';
import { routes } from './routes';

/*
 * @genebelt/corpus is loaded by Node at run time, not bundled. Turbopack bundles workspace
 * packages even when they are listed in serverExternalPackages (vercel/next.js#84388), and
 * bundling breaks the package: it finds its data and its SQLite driver from its own location
 * (import.meta.url, require.resolve), which the bundler rewrites. From the built server files
 * Node resolves the package through apps/web/node_modules, as for any dependency.
 */
const { bundledStore, openCorpus, readCorpusFile, storeAt }: typeof CorpusPackage = await import(
  /* turbopackIgnore: true */ /* webpackIgnore: true */ '@genebelt/corpus'
);

/** Mentions listed on an entity page; the rest are one search away (entity:<id>). */
export const ENTITY_PAGE_MENTIONS = 200;
/** Events listed on an entity page (the earliest first); all of them are in its JSON. */
export const ENTITY_PAGE_EVENTS = 50;
/** Related entities listed on an entity page. */
export const RELATED_ENTITIES = 24;
/** Search hits per page. */
export const SEARCH_PAGE_SIZE = 20;
/** Code units of context on each side of a keyword-in-context line. */
export const CONTEXT_WIDTH = 60;
/** The longest query the site passes on; longer input is cut (the query API caps terms too). */
export const MAX_QUERY_LENGTH = 500;

let opened: { store: StorePaths; queries: CorpusQueries } | undefined;

function store(): StorePaths {
  const dir = process.env.GENEBELT_BUILT_STORE;
  return dir ? storeAt(dir) : bundledStore();
}

function queries(): CorpusQueries {
  if (!opened) {
    const paths = store();
    // See next.config.ts: the bundled corpus is indexed into the build's own folder.
    const indexFile = process.env.GENEBELT_INDEX_FILE || paths.indexFile;
    mkdirSync(dirname(indexFile), { recursive: true });
    opened = { store: paths, queries: openCorpus({ corpusFile: paths.corpusFile, indexFile }) };
  }
  return opened.queries;
}

/** Memoises a whole-corpus answer for the life of the process (a build worker or the server). */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    value ??= { v: compute() };
    return value.v;
  };
}

// ——— overview and lists ———

export function corpusOverview(): CorpusOverview {
  return queries().overview();
}

export const documentSummaries = once((): DocumentSummary[] =>
  queries().documents({ sort: 'published' }),
);

export function documentIds(): string[] {
  return documentSummaries().map((summary) => summary.id);
}

const documentSummaryMap = once(
  () => new Map(documentSummaries().map((summary) => [summary.id, summary])),
);

export function documentTitle(id: string): string {
  return documentSummaryMap().get(id)?.title ?? id;
}

export const entitySummaries = once((): EntitySummary[] => queries().entities());

const entitySummaryMap = once(
  () => new Map(entitySummaries().map((summary) => [summary.id, summary])),
);

export function entitySummary(id: string): EntitySummary | null {
  return entitySummaryMap().get(id) ?? null;
}

export function entityIds(): string[] {
  return entitySummaries().map((summary) => summary.id);
}

/** Entities grouped by type, in the model's type order, each group by mention count. */
export function entitiesByType(): Map<EntityType, EntitySummary[]> {
  const groups = new Map<EntityType, EntitySummary[]>();
  for (const summary of entitySummaries()) {
    const group = groups.get(summary.type);
    if (group) group.push(summary);
    else groups.set(summary.type, [summary]);
  }
  return groups;
}

export function mostMentioned(limit: number): EntitySummary[] {
  return entitySummaries().slice(0, limit);
}

// ——— a document ———

export interface DocumentPage {
  document: Document;
  summary: DocumentSummary | null;
  /** The entities the document mentions, most mentioned in it first. */
  entities: { summary: EntitySummary; mentions: number }[];
}

/** Memoised per id: the page and its metadata both ask for it during one render. */
export const documentPage = cache((id: string): DocumentPage | null => buildDocumentPage(id));

function buildDocumentPage(id: string): DocumentPage | null {
  const api = queries();
  const document = api.document(id);
  if (!document) return null;
  const counts = new Map<string, { mentions: number }>();
  for (const mention of document.mentions) {
    const row = counts.get(mention.entityId);
    if (row) row.mentions += 1;
    else counts.set(mention.entityId, { mentions: 1 });
  }
  const entities = [...counts.entries()]
    .flatMap(([entityId, row]) => {
      const summary = entitySummary(entityId);
      return summary ? [{ summary, ...row }] : [];
    })
    .sort((a, b) => b.mentions - a.mentions || a.summary.name.localeCompare(b.summary.name, 'en'));
  const summary = documentSummaryMap().get(id) ?? null;
  return { document, summary, entities };
}

/** What a document's page needs for its metadata: cheaper than the whole page. */
export function documentMeta(id: string): { title: string; description: string } | null {
  const document = documentPage(id)?.document;
  if (!document) return null;
  const firstBody = document.paragraphs.find((paragraph) => paragraph.role === 'body');
  const description =
    document.deck ??
    (firstBody ? document.text.slice(firstBody.span.start, firstBody.span.end) : document.title);
  return {
    title: document.title,
    description: description.length > 200 ? `${description.slice(0, 197)}…` : description,
  };
}

/**
 * The query API's citation of a span of a document (for /data/cite.json), or null when the
 * document does not exist or the span is not inside its text.
 */
export function citation(documentId: string, start: number, end: number): Citation | null {
  const api = queries();
  const document = api.document(documentId);
  if (!document || !(0 <= start && start <= end && end <= document.text.length)) return null;
  return api.cite(documentId, { start, end });
}

/** The document as the data route serves it: exactly the model's Document. */
export function documentData(id: string): Document | null {
  return queries().document(id);
}

/** Sentence spans of documents already looked up, for sentenceAt. */
const sentenceSpans = new Map<string, { id: string; start: number; end: number }[]>();

/** The id of the sentence of a document that contains an offset, or null. */
export function sentenceAt(documentId: string, offset: number): string | null {
  let spans = sentenceSpans.get(documentId);
  if (!spans) {
    const document = queries().document(documentId);
    spans = (document?.sentences ?? []).map((sentence) => ({ id: sentence.id, ...sentence.span }));
    sentenceSpans.set(documentId, spans);
  }
  return spans.find((span) => span.start <= offset && offset < span.end)?.id ?? null;
}

// ——— an entity ———

export interface EntityPage {
  entity: Entity;
  summary: EntitySummary | null;
  mentions: ConcordanceLine[];
  mentionTotal: number;
  events: Event[];
  eventTotal: number;
  related: { summary: EntitySummary; sentenceCount: number; documentCount: number }[];
}

export function entityPage(id: string): EntityPage | null {
  const api = queries();
  const entity = api.entity(id);
  if (!entity) return null;
  const summary = entitySummary(id);
  const mentions = api.mentionsOf(id, { width: CONTEXT_WIDTH, limit: ENTITY_PAGE_MENTIONS });
  const related = api.cooccurrence(id, { limit: RELATED_ENTITIES }).flatMap((row) => {
    const other = entitySummary(row.entityId);
    return other
      ? [{ summary: other, sentenceCount: row.sentenceCount, documentCount: row.documentCount }]
      : [];
  });
  const events = api.eventsOf(id);
  return {
    entity,
    summary,
    mentions,
    mentionTotal: summary?.mentionCount ?? mentions.length,
    events: events.slice(0, ENTITY_PAGE_EVENTS),
    eventTotal: events.length,
    related,
  };
}

/** Everything the entity page shows, with every mention (not only the first page of them). */
export function entityData(id: string) {
  const api = queries();
  const entity = api.entity(id);
  if (!entity) return null;
  return {
    entity,
    summary: entitySummary(id),
    mentions: api.mentionsOf(id, { width: CONTEXT_WIDTH }),
    events: api.eventsOf(id),
    cooccurrence: api.cooccurrence(id),
  };
}

// ——— search, timeline ———

/** Reads the query as the page got it: the first value, cut to a sane length. */
export function normaliseQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  return value.slice(0, MAX_QUERY_LENGTH).trim();
}

export function normalisePage(raw: string | string[] | undefined): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(value) && value > 1 && value < 10_000 ? value : 1;
}

export function searchCorpus(query: string, page = 1): SearchResult {
  return queries().search(query, {
    limit: SEARCH_PAGE_SIZE,
    offset: (page - 1) * SEARCH_PAGE_SIZE,
    width: CONTEXT_WIDTH,
  });
}

export const corpusTimeline = once((): Timeline => queries().timeline());

// ——— quotes and numbers ———

/** A quotation: its first part (whose kind, speaker and cue are the quotation's) and every part. */
export interface QuoteRow {
  documentId: string;
  quote: Quote;
  /** One per sentence the quotation runs over (see the model's `Quote.continues`). */
  parts: Quote[];
  /** The words quoted, from the first part to the last (between sentences, as the text has it). */
  text: string;
  speaker: EntitySummary | null;
}

export interface QuantityRow {
  documentId: string;
  quantity: Quantity;
}

const annotationRows = once(() => {
  const api = queries();
  const quotes: QuoteRow[] = [];
  const quantities: QuantityRow[] = [];
  for (const documentId of documentIds()) {
    const document = api.document(documentId);
    if (!document) continue;
    for (const { first, parts, span } of quotationsOf(document.quotes)) {
      const speaker = first.speakerEntityId ? entitySummary(first.speakerEntityId) : null;
      quotes.push({
        documentId,
        quote: first,
        parts,
        text: document.text.slice(span.start, span.end),
        speaker,
      });
    }
    for (const quantity of document.quantities) quantities.push({ documentId, quantity });
  }
  return { quotes, quantities };
});

/** Every quotation in the corpus, by document then position. */
export function allQuotes(): QuoteRow[] {
  return annotationRows().quotes;
}

/** Every quantity in the corpus, by document then position. */
export function allQuantities(): QuantityRow[] {
  return annotationRows().quantities;
}

// From the documents' counts, in the order the lists follow (documentIds): the rows themselves
// would mean reading all 10,000 documents in every build worker that renders a document page.
const quotePages = once(() =>
  firstPagesOfCounts(documentSummaries().map((summary) => [summary.id, summary.counts.quotes])),
);
const numberPages = once(() =>
  firstPagesOfCounts(documentSummaries().map((summary) => [summary.id, summary.counts.quantities])),
);

/** Where a document's quotes begin on the quotes pages. */
export function quotesOf(documentId: string): string {
  return `${routes.quotesPage(quotePages().get(documentId) ?? 1)}#${documentId}`;
}

/** Where a document's numbers begin on the numbers pages. */
export function numbersOf(documentId: string): string {
  return `${routes.numbersPage(numberPages().get(documentId) ?? 1)}#${documentId}`;
}

// ——— downloads ———

/**
 * The whole corpus, validated, as the store holds it. Read afresh on every call and not kept:
 * at 10,000 documents the parsed file is well over a gigabyte of heap, and a build worker that
 * held on to it would pay for it in garbage collection on every page it rendered afterwards.
 */
export function wholeCorpus(): Corpus {
  return readCorpusFile(store().corpusFile);
}

/**
 * The bytes of the store's corpus file, streamed (for /data/corpus.json). They are the corpus
 * exactly as validated: opening the query index first checks the file against the digest of the
 * bytes the index was built from, and validates and re-indexes it if they differ.
 */
export function corpusFileStream(): ReadableStream<Uint8Array> {
  queries();
  return Readable.toWeb(createReadStream(store().corpusFile)) as ReadableStream<Uint8Array>;
}

/** Every document, read from the index one at a time (so only one is held at once). */
function* eachDocument(): Generator<Document> {
  const api = queries();
  for (const id of documentIds()) {
    const document = api.document(id);
    if (document) yield document;
  }
}

/** The annotations table of the whole corpus (/data/corpus.csv), read through the index. */
export function corpusAnnotationsCsv(): string {
  return annotationsCsv({ entities: entitySummaries(), documents: eachDocument() });
}
