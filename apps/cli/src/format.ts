/**
 * How corpus values read, the same on every screen and in plain output: dates with their
 * precision and how they are known, source facts, entity types with the letter that marks them
 * where colour is not available.
 */
import type { DateResolution, EntityType, Origin, SourceFact } from '@genebelt/model';

export const ENTITY_TYPE_ORDER: readonly EntityType[] = [
  'person',
  'organization',
  'place',
  'event',
  'initiative',
  'outlet',
  'work',
];

interface TypeStyle {
  /** Marks a mention without colour: [BGI Group|O]. */
  letter: string;
  label: string;
  plural: string;
  color: string;
}

export const ENTITY_TYPE_STYLE: Record<EntityType, TypeStyle> = {
  person: { letter: 'P', label: 'person', plural: 'people', color: 'cyan' },
  organization: { letter: 'O', label: 'organization', plural: 'organizations', color: 'green' },
  place: { letter: 'L', label: 'place', plural: 'places', color: 'yellow' },
  event: { letter: 'E', label: 'event', plural: 'events', color: 'magenta' },
  initiative: { letter: 'I', label: 'initiative', plural: 'initiatives', color: 'blue' },
  outlet: { letter: 'N', label: 'outlet', plural: 'outlets', color: 'red' },
  work: { letter: 'W', label: 'work', plural: 'works', color: 'white' },
};

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPE_ORDER as readonly string[]).includes(value);
}

/** "2017-06-08 (day)", "2017-06 (month)", "2017 (year)" or "undated". */
export function formatDate(date: DateResolution): string {
  if (date.status === 'unresolved') return 'undated';
  return `${date.date.value} (${date.date.precision})`;
}

/** The date alone in a fixed-width column: "2017-06-08", "2017-06", "2017" or "undated". */
export function dateValue(date: DateResolution): string {
  return date.status === 'resolved' ? date.date.value : 'undated';
}

const BASIS_TEXT: Record<string, string> = {
  explicit: 'stated in full in the text',
  'publication-date': 'resolved against the publication date',
  context: 'completed from context in the text',
  supplied: 'supplied with the source',
  curated: 'decided by a curator',
};

/** The date with its precision and how it is known, or why it is not. */
export function describeDate(date: DateResolution): string {
  if (date.status === 'unresolved') return `unknown: ${date.reason}`;
  return `${formatDate(date)}, ${BASIS_TEXT[date.basis] ?? date.basis}: ${date.explanation}`;
}

const FACT_BASIS_TEXT: Record<string, string> = {
  supplied: 'supplied with the source',
  'stated-in-text': 'stated in the text',
  curated: 'checked by a curator',
};

/** A source fact's value, or "unknown". */
export function factValue(fact: SourceFact): string | null {
  return fact.status === 'known' ? fact.value : null;
}

/** A source fact with how it is known, or why it is not. */
export function describeFact(fact: SourceFact): string {
  if (fact.status === 'unknown') return `unknown: ${fact.reason}`;
  const how = FACT_BASIS_TEXT[fact.basis] ?? fact.basis;
  return fact.note ? `${fact.value} (${how}; ${fact.note})` : `${fact.value} (${how})`;
}

/** One line about where a document comes from: publisher, URL, publication date. */
export function sourceLine(source: {
  publisher: SourceFact;
  url: SourceFact;
  published: DateResolution;
}): string {
  const publisher = factValue(source.publisher) ?? 'publisher unknown';
  const url = factValue(source.url) ?? 'no URL';
  const published =
    source.published.status === 'resolved'
      ? `published ${formatDate(source.published)}, ${BASIS_TEXT[source.published.basis] ?? source.published.basis}`
      : 'publication date unknown';
  return `${publisher} · ${url} · ${published}`;
}

export function originLabel(origin: Origin): string {
  return origin === 'curated' ? 'curated' : `proposed (${origin})`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : pluralForm}`;
}
