import {
  type CalendarDate,
  type DateResolution,
  type Document,
  type EntityType,
  type Mention,
  ordinalId,
  type Paragraph,
  type Quote,
  type Sentence,
  type Source,
  type SourceFact,
  type Span,
  type StructureMark,
  slugify,
  spanAnnotationId,
  textQuoteAt,
} from '@genebelt/model';
import { type DateAnchor, findDates } from '../annotate/dates.js';
import { type EventFinding, findEvents } from '../annotate/events.js';
import type { AliasIndex } from '../annotate/known-mentions.js';
import { type NameType, proposeNames } from '../annotate/names/index.js';
import { findQuantities } from '../annotate/quantities.js';
import { findQuotes } from '../annotate/quotes.js';
import { findRoles, type RoleFinding } from '../annotate/roles.js';
import type { SourceSidecar } from '../knowledge/schema.js';
import { sha256 } from '../text/digest.js';
import { normalise } from './normalise.js';
import { quoteParts } from './quote-parts.js';
import { segmentSentences } from './segment.js';
import { findStructure } from './structure.js';

/** A name the knowledge base does not know, proposed as a new entity. */
export interface ProposedEntity {
  /** Provisional id (a slug of the name); the corpus build settles clashes. */
  id: string;
  type: EntityType;
  name: string;
  /** Acronyms the text defines for the name (`KEMRI`), sorted. */
  abbreviations: string[];
  origin: 'rule' | 'model';
}

/** A dated happening a known entity stands for, so "in May" next to it can be placed in a year. */
export interface DateAnchorSource {
  entityId: string;
  date: CalendarDate;
  label: string;
}

export interface AnnotationContext {
  aliases: AliasIndex;
  /** Lower-cased known names and their types, to type names the tagger proposes. */
  gazetteer: ReadonlyMap<string, NameType>;
  anchors: readonly DateAnchorSource[];
  /** Ids taken by curated entities, which proposed names must not reuse. */
  curatedIds: ReadonlySet<string>;
}

export interface AnnotatedDocument {
  document: Document;
  proposed: ProposedEntity[];
  roles: RoleFinding[];
  events: EventFinding[];
  warnings: string[];
}

export interface RawArticle {
  id: string;
  fileName: string;
  raw: string;
  rawDigest: string;
  sidecar: SourceSidecar;
}

const PROPOSED_CONFIDENCE_FLOOR = 0.5;

/**
 * A bare head noun ("the Institute’s rise", "the Board") refers back to a named organisation;
 * proposing it as an entity of its own would only add noise.
 */
const GENERIC_HEADS = new Set([
  'agency',
  'association',
  'bank',
  'board',
  'center',
  'centre',
  'commission',
  'committee',
  'company',
  'corporation',
  'council',
  'department',
  'foundation',
  'government',
  'group',
  'institute',
  'ministry',
  'office',
  'organization',
  'organisation',
  'party',
  'university',
]);

/** Runs normalise → structure → segment → annotate over one article. Pure: no file access. */
export function annotateDocument(
  article: RawArticle,
  context: AnnotationContext,
): AnnotatedDocument {
  const warnings: string[] = [];
  const { text, edits } = normalise(article.raw);
  const structure = findStructure(text);

  const paragraphs: Paragraph[] = structure.blocks.map((block, index) => ({
    id: ordinalId('paragraph', index),
    index,
    role: block.role,
    span: block.span,
    variantOf: block.variantOf === null ? null : ordinalId('paragraph', block.variantOf),
  }));
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    for (const span of segmentSentences(text, paragraph.span)) {
      sentences.push({
        id: ordinalId('sentence', sentences.length),
        index: sentences.length,
        paragraphId: paragraph.id,
        span,
      });
    }
  }
  const sentenceOf = sentenceLocator(sentences);

  // Known entities first; the tagger's proposals fill only what they leave uncovered.
  const known = context.aliases.find(text);
  const proposedById = new Map<string, ProposedEntity>();
  const found: {
    span: Span;
    entityId: string;
    type: EntityType;
    origin: Mention['origin'];
    confidence: number;
  }[] = known.map((mention) => ({
    // Spelt out rather than spread: one object shape for every finding, curated or proposed.
    span: mention.span,
    entityId: mention.entityId,
    type: mention.type,
    origin: 'curated',
    confidence: 1,
  }));
  const coveredBy = overlapChecker(known.map((mention) => mention.span));
  const personBySurname = new Map<string, string>();
  for (const candidate of proposeNames(text, { gazetteer: context.gazetteer })) {
    if (candidate.confidence < PROPOSED_CONFIDENCE_FLOOR || coveredBy(candidate.span)) continue;
    const written = text.slice(candidate.span.start, candidate.span.end);
    if (GENERIC_HEADS.has(written.toLowerCase())) continue;
    // A defined acronym is the entity of the name it stands for, which it becomes an alias of.
    const name = candidate.abbreviates ?? written;
    const id = proposedId(name, candidate.type, context.curatedIds, personBySurname);
    if (!id) continue;
    if (!proposedById.has(id)) {
      proposedById.set(id, {
        id,
        type: candidate.type,
        name,
        abbreviations: [],
        origin: candidate.origin,
      });
      if (candidate.type === 'person' && name.includes(' ')) {
        personBySurname.set(name.split(' ').at(-1) ?? name, id);
      }
    }
    const entity = proposedById.get(id);
    if (entity && candidate.abbreviates !== undefined && !entity.abbreviations.includes(written)) {
      entity.abbreviations.push(written);
      entity.abbreviations.sort();
    }
    found.push({
      span: candidate.span,
      entityId: id,
      type: entity?.type ?? candidate.type,
      origin: candidate.origin,
      confidence: candidate.confidence,
    });
  }

  // Inline structure: the outlet an attribution names becomes an entity when nothing names it yet.
  const structureMarks: StructureMark[] = [];
  for (const mark of structure.marks) {
    let entity = found.find(
      (m) => m.span.start === mark.name.start && m.span.end === mark.name.end,
    );
    if (mark.kind === 'attribution' && entity?.type === 'person') continue;
    if (!entity && mark.kind === 'attribution') {
      const name = text.slice(mark.name.start, mark.name.end);
      const id = proposedId(name, 'outlet', context.curatedIds, personBySurname);
      if (id && !found.some((m) => spansOverlap(m.span, mark.name))) {
        proposedById.set(
          id,
          proposedById.get(id) ?? { id, type: 'outlet', name, abbreviations: [], origin: 'rule' },
        );
        entity = { span: mark.name, entityId: id, type: 'outlet', origin: 'rule', confidence: 0.7 };
        found.push(entity);
      }
    }
    const paragraph = paragraphs[mark.block];
    if (!paragraph) continue;
    structureMarks.push({
      id: spanAnnotationId('structureMark', mark.span),
      kind: mark.kind,
      span: mark.span,
      anchor: textQuoteAt(text, mark.span),
      paragraphId: paragraph.id,
      entityId: entity?.entityId ?? null,
    });
  }

  found.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

  // A name proposed inside a stated title ("Head of South Asia Affairs") is part of the title,
  // not an entity of its own.
  const roles = findRoles(text, found);
  const insideTitle = (item: (typeof found)[number]) =>
    item.origin !== 'curated' &&
    roles.some(
      (role) =>
        role.span.start < item.span.start &&
        item.span.end <= role.span.end &&
        item.entityId !== role.organizationId,
    );
  const kept = found.filter((item) => !insideTitle(item));
  const keptIds = new Set(kept.map((item) => item.entityId));
  for (const id of [...proposedById.keys()]) {
    if (!keptIds.has(id)) proposedById.delete(id);
  }

  const mentions: Mention[] = [];
  for (const item of kept) {
    const sentence = sentenceOf(item.span);
    if (!sentence) {
      warnings.push(
        `mention "${text.slice(item.span.start, item.span.end)}" crosses a sentence boundary; dropped`,
      );
      continue;
    }
    mentions.push({
      id: spanAnnotationId('mention', item.span),
      span: item.span,
      anchor: textQuoteAt(text, item.span),
      sentenceId: sentence.id,
      entityId: item.entityId,
      origin: item.origin,
      confidence: item.confidence,
    });
  }
  const typeOf = new Map(kept.map((item) => [item.entityId, item.type]));
  const typedMentions = mentions.map((m) => ({
    span: m.span,
    entityId: m.entityId,
    type: typeOf.get(m.entityId) ?? 'organization',
  }));

  const source = sourceOf(article, text, structureMarks, found, paragraphs);
  const published = source.published.status === 'resolved' ? source.published.date : null;
  // Plain loops: flatMap over filter and map showed up in profiles of this per-document glue.
  const anchors: DateAnchor[] = [];
  for (const mention of typedMentions) {
    for (const anchor of context.anchors) {
      if (anchor.entityId !== mention.entityId) continue;
      anchors.push({ span: mention.span, date: anchor.date, label: anchor.label });
    }
  }

  const temporalExpressions = within(
    sentenceOf,
    findDates(text, { documentId: article.id, published, anchors }),
    warnings,
    'date',
  ).map(({ item, sentence }) => ({
    id: spanAnnotationId('temporalExpression', item.span),
    span: item.span,
    anchor: textQuoteAt(text, item.span),
    sentenceId: sentence.id,
    written: item.written,
    resolution: item.resolution,
    origin: 'rule' as const,
  }));

  const quantities = within(sentenceOf, findQuantities(text), warnings, 'quantity').map(
    ({ item, sentence }) => ({
      id: spanAnnotationId('quantity', item.span),
      span: item.span,
      anchor: textQuoteAt(text, item.span),
      sentenceId: sentence.id,
      value: item.value,
      unit: item.unit,
      qualifier: item.qualifier,
      origin: 'rule' as const,
    }),
  );

  const quotes: Quote[] = [];
  for (const item of findQuotes(
    text,
    sentences.map((sentence) => sentence.span),
    typedMentions,
  )) {
    const parts = quoteParts(text, sentences, item.span);
    if (!parts) {
      warnings.push(
        `quote at ${item.span.start}–${item.span.end} lies outside every sentence; dropped`,
      );
      continue;
    }
    // A quotation over several sentences becomes one part per sentence, each naming the one
    // before it and repeating kind, speaker and cue.
    let previous: string | undefined;
    for (const part of parts) {
      const id = spanAnnotationId('quote', part.span);
      quotes.push({
        id,
        span: part.span,
        anchor: textQuoteAt(text, part.span),
        sentenceId: part.sentence.id,
        kind: item.kind,
        speakerEntityId: item.speakerEntityId,
        cue: item.cue ? { span: item.cue, anchor: textQuoteAt(text, item.cue) } : null,
        origin: 'rule',
        confidence: item.confidence,
        ...(previous === undefined ? {} : { continues: previous }),
      });
      previous = id;
    }
  }

  const bodySentences = sentences.filter(
    (sentence) => paragraphs[Number(sentence.paragraphId.slice(2))]?.role === 'body',
  );
  const field = (role: Paragraph['role']) => {
    const paragraph = paragraphs.find((candidate) => candidate.role === role);
    return paragraph ? text.slice(paragraph.span.start, paragraph.span.end) : null;
  };

  const document: Document = {
    id: article.id,
    language: article.sidecar.language,
    title: field('headline') ?? article.id,
    deck: field('deck'),
    credit: field('credit'),
    byline: field('byline'),
    text,
    textDigest: sha256(text),
    source,
    normalisation: edits,
    paragraphs,
    sentences,
    structureMarks,
    mentions,
    temporalExpressions,
    quotes,
    quantities,
  };

  return {
    document,
    proposed: [...proposedById.values()].sort((a, b) => a.id.localeCompare(b.id)),
    roles,
    events: findEvents(
      text,
      bodySentences.map((sentence) => sentence.span),
      typedMentions,
    ),
    warnings,
  };
}

/** The id a proposed name gets, or null when nothing usable is left of it. */
function proposedId(
  name: string,
  type: EntityType,
  curatedIds: ReadonlySet<string>,
  personBySurname: ReadonlyMap<string, string>,
): string | null {
  // A surname alone, after the full name in the same article, is that person.
  if (type === 'person' && !name.includes(' ')) {
    const person = personBySurname.get(name);
    if (person) return person;
  }
  const slug = slugify(name, 60);
  if (!slug) return null;
  return curatedIds.has(slug) ? `${slug}-${type}` : slug;
}

function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether a span overlaps any of the given sorted spans. */
function overlapChecker(spans: readonly Span[]): (span: Span) => boolean {
  return (span) => spans.some((other) => spansOverlap(other, span));
}

/** Finds the sentence that wholly contains a span (binary search over sorted sentences). */
function sentenceLocator(sentences: readonly Sentence[]): (span: Span) => Sentence | null {
  return (span) => {
    let low = 0;
    let high = sentences.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const sentence = sentences[middle];
      if (!sentence) return null;
      if (span.start < sentence.span.start) high = middle - 1;
      else if (span.start >= sentence.span.end) low = middle + 1;
      else return span.end <= sentence.span.end ? sentence : null;
    }
    return null;
  };
}

/** Keeps the findings that sit inside one sentence, warning about the rest. */
function within<T extends { span: Span }>(
  locate: (span: Span) => Sentence | null,
  items: readonly T[],
  warnings: string[],
  what: string,
): { item: T; sentence: Sentence }[] {
  const kept: { item: T; sentence: Sentence }[] = [];
  for (const item of items) {
    const sentence = locate(item.span);
    if (sentence) kept.push({ item, sentence });
    else
      warnings.push(
        `${what} at ${item.span.start}–${item.span.end} crosses a sentence boundary; dropped`,
      );
  }
  return kept;
}

const unknown = (reason: string): SourceFact => ({ status: 'unknown', reason });

/**
 * The publication date a date line states in full ("Tuesday, September 22, 2015"), when the
 * article came without one: the text itself is the evidence.
 */
function datelineDate(
  documentId: string,
  text: string,
  paragraphs: readonly Paragraph[],
): DateResolution | null {
  const line = paragraphs.find((paragraph) => paragraph.role === 'dateline');
  if (!line) return null;
  const found = findDates(text.slice(line.span.start, line.span.end), {
    documentId,
    published: null,
  }).find(
    (finding) =>
      finding.resolution.status === 'resolved' &&
      finding.resolution.basis === 'explicit' &&
      finding.resolution.date.precision === 'day',
  );
  if (found?.resolution.status !== 'resolved') return null;
  return {
    status: 'resolved',
    date: found.resolution.date,
    basis: 'explicit',
    explanation: `The article’s date line gives it: “${text.slice(line.span.start, line.span.end)}”.`,
    evidence: [{ documentId, span: line.span }],
  };
}

/** The source facts: what the sidecar supplies, and the cited outlet the text states. */
function sourceOf(
  article: RawArticle,
  text: string,
  marks: readonly StructureMark[],
  found: readonly { span: Span; entityId: string }[],
  paragraphs: readonly Paragraph[],
): Source {
  const { sidecar } = article;
  let citedOutlet = sidecar.citedOutlet ?? unknown('The text cites no other outlet.');
  const attribution = marks.find((mark) => mark.kind === 'attribution' && mark.entityId !== null);
  if (!sidecar.citedOutlet && attribution) {
    const name = found.find(
      (m) =>
        m.entityId === attribution.entityId &&
        attribution.span.start <= m.span.start &&
        m.span.end <= attribution.span.end,
    );
    citedOutlet = {
      status: 'known',
      value: name ? text.slice(name.span.start, name.span.end) : attribution.anchor.exact,
      basis: 'stated-in-text',
      note: `The article attributes its report: “${attribution.anchor.exact}”.`,
      evidence: [{ documentId: article.id, span: attribution.span }],
    };
  }
  const published: DateResolution = sidecar.published
    ? sidecar.published.status === 'resolved'
      ? { ...sidecar.published, evidence: [] }
      : sidecar.published
    : (datelineDate(article.id, text, paragraphs) ?? {
        status: 'unresolved',
        reason: 'No publication date was supplied with the article, and it has no dated date line.',
      });
  return {
    fileName: article.fileName,
    rawDigest: article.rawDigest,
    publisher: sidecar.publisher ?? unknown('No publisher was supplied with the article.'),
    url: sidecar.url ?? unknown('No URL was supplied with the article.'),
    published,
    citedOutlet,
  };
}
