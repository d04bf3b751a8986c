import type {
  CalendarDate,
  DateBasis,
  DatePrecision,
  DateResolution,
  EntityType,
  QuantityQualifier,
  SourceFact,
} from '@genebelt/model';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2017", "June 2017" or "8 June 2017": no more precise than the date is known. */
export function formatCalendarDate(date: CalendarDate): string {
  const [year, month, day] = date.value.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (date.precision === 'year' || !monthName) return year ?? date.value;
  if (date.precision === 'month' || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

export const PRECISION_LABELS: Record<DatePrecision, string> = {
  year: 'known to the year',
  month: 'known to the month',
  day: 'known to the day',
};

export const BASIS_LABELS: Record<DateBasis, string> = {
  explicit: 'stated in full in the text',
  'publication-date': 'resolved from the publication date',
  context: 'completed from elsewhere in the text',
  supplied: 'supplied with the source',
  curated: 'decided by a curator',
};

/** A short label for a date resolution: the date, or "Undated". */
export function dateLabel(resolution: DateResolution): string {
  return resolution.status === 'resolved' ? formatCalendarDate(resolution.date) : 'Undated';
}

export const ENTITY_TYPE_LABELS: Record<EntityType, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  organization: { one: 'Organization', many: 'Organizations' },
  place: { one: 'Place', many: 'Places' },
  event: { one: 'Event', many: 'Events' },
  initiative: { one: 'Initiative', many: 'Initiatives' },
  outlet: { one: 'Outlet', many: 'Outlets' },
  work: { one: 'Work', many: 'Works' },
};

/** The entity types in the model's order. */
export const ENTITY_TYPES: readonly EntityType[] = [
  'person',
  'organization',
  'place',
  'event',
  'initiative',
  'outlet',
  'work',
];

export const QUALIFIER_LABELS: Record<QuantityQualifier, string> = {
  exact: '',
  over: 'over',
  under: 'under',
  about: 'about',
  'at-least': 'at least',
  'at-most': 'at most',
  'up-to': 'up to',
};

const integerFormat = new Intl.NumberFormat('en-GB');
const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/** 12,345 */
export function formatCount(count: number): string {
  return integerFormat.format(count);
}

export function formatValue(value: number): string {
  return numberFormat.format(value);
}

/** "1 document", "2 documents". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** The value of a known source fact, else null. */
export function knownValue(fact: SourceFact): string | null {
  return fact.status === 'known' ? fact.value : null;
}

/** Only http(s) URLs become links; anything else in a source's URL field stays text. */
export function safeExternalUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The number a reader counts a sentence by (`s-12` is 13), or null for an id of another form. */
function sentenceNumber(sentenceId: string): number | null {
  const match = /^s-(\d+)$/.exec(sentenceId);
  return match ? Number(match[1]) + 1 : null;
}

/** "sentence 13" for `s-12`: ids count from 0, readers from 1. */
export function sentenceLabel(sentenceId: string): string {
  const number = sentenceNumber(sentenceId);
  return number === null ? sentenceId : `sentence ${number}`;
}

/** "sentences 3–5" for a span from one sentence to another; sentenceLabel for one sentence. */
export function sentenceRangeLabel(firstId: string, lastId: string = firstId): string {
  if (firstId === lastId) return sentenceLabel(firstId);
  const first = sentenceNumber(firstId);
  const last = sentenceNumber(lastId);
  return first !== null && last !== null ? `sentences ${first}–${last}` : `${firstId} to ${lastId}`;
}
