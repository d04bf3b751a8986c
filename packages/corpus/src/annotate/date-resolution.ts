/**
 * Resolving dates: each recognised expression placed on the calendar with its precision and the
 * basis for it (written out, the publication date, a dated thing the text ties it to), or left
 * unresolved with the reason. News is written about the past, so a yearless date falls in the
 * most recent year not after publication unless the text says otherwise.
 */
import type { CalendarDate, DateResolution, SourceLocation, Span } from '@genebelt/model';
import {
  type Candidate,
  isRealDay,
  isSpace,
  MONTH_NAMES,
  type Reading,
  WEEKDAYS,
} from './date-readings.js';
import type { DateAnchor, DateFinding } from './dates.js';

interface Published {
  value: string;
  year: number;
  month: number | null;
  day: number | null;
}

interface Context {
  documentId: string;
  published: Published | null;
  anchors: readonly DateAnchor[];
}

/** The anchor a yearless month was tied to, which later yearless dates may follow. */
interface Tie {
  anchor: DateAnchor;
  year: number;
  month: number;
  day: number | null;
  mention: Span;
}

export function resolveAll(text: string, candidates: Candidate[], context: Context): DateFinding[] {
  const findings: DateFinding[] = [];
  let tie: Tie | null = null;
  /** Where the last yearless date that looked ahead ends (-1: none in this sentence). */
  let aheadEnd = -1;
  for (const candidate of candidates) {
    const { reading, span } = candidate;
    const written = writtenOf(reading);
    let resolution: DateResolution | null;
    if (reading.kind === 'calendar' && reading.year === null && candidate.yearFrom) {
      const { span: end, year } = candidate.yearFrom;
      const said = text.slice(end.start, end.end);
      resolution = isRealDay(year, reading.month, reading.day ?? 1)
        ? resolved(
            calendar(year, reading.month, reading.day),
            'context',
            `The year is written at the end of the range ("${said}").`,
            [{ documentId: context.documentId, span: end }],
          )
        : unresolved(NO_YEAR);
    } else if (reading.kind === 'calendar' && reading.year === null) {
      const tied = tieToAnchor(span, reading.month, context.anchors);
      if (tied) {
        tie = { ...tied, day: reading.day, mention: span };
        resolution = resolveFromTie(tie, reading, context.documentId);
      } else if (context.published) {
        // A list of dates goes on looking ahead ("Italy in November, Mexico in January, ... and
        // the FFFF in April"), however far the last one is from the words that said so.
        const ahead =
          (aheadEnd >= 0 && !sentenceEndBetween(text, aheadEnd, span.start)) ||
          futureCue(text, span);
        resolution = resolveYearless(reading, context.published, ahead);
        aheadEnd = ahead && resolution.status === 'resolved' ? span.end : -1;
      } else {
        resolution = resolveAfterTie(tie, span, reading, context.documentId);
      }
    } else {
      resolution = resolveOther(text, candidate, context);
    }
    if (resolution === null) continue;
    findings.push({ span, written, resolution });
  }
  return findings;
}

function writtenOf(reading: Reading): string {
  switch (reading.kind) {
    case 'calendar': {
      const year = reading.year === null ? 'XXXX' : String(reading.year);
      const month = `${year}-${pad(reading.month)}`;
      return reading.day === null ? month : `${month}-${pad(reading.day)}`;
    }
    case 'year':
      return String(reading.year);
    case 'relative':
      return reading.unit === 'year' ? 'XXXX' : 'XXXX-XX';
    case 'ago':
      return reading.unit === 'year' ? 'XXXX' : reading.unit === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX';
    default:
      return 'XXXX-XX-XX';
  }
}

const NO_YEAR = 'The text gives no year and the article has no publication date.';
const NO_PUBLICATION =
  'The text dates it from the day of writing, and the article has no publication date.';

function resolveOther(text: string, candidate: Candidate, context: Context): DateResolution | null {
  const { reading, span } = candidate;
  const pub = context.published;
  switch (reading.kind) {
    case 'calendar':
    case 'year': {
      const year = reading.year ?? 0;
      const date =
        reading.kind === 'year'
          ? calendar(year, null, null)
          : calendar(year, reading.month, reading.day);
      const what =
        date.precision === 'day'
          ? 'full date'
          : date.precision === 'month'
            ? 'month and year'
            : 'year';
      return resolved(date, 'explicit', `The text gives the ${what}.`, []);
    }
    case 'casual': {
      if (!pub) return unresolved(NO_PUBLICATION);
      if (pub.day === null || pub.month === null) return unresolved(coarsePublication(pub, 'day'));
      const date = addDays(pub.year, pub.month, pub.day, reading.days);
      return resolved(
        date,
        'publication-date',
        `"${reading.word}" is counted from the publication date (${pub.value}).`,
        [],
      );
    }
    case 'relative': {
      if (!pub) return unresolved(NO_PUBLICATION);
      if (reading.unit === 'year') {
        return resolved(
          calendar(pub.year + reading.offset, null, null),
          'publication-date',
          `"${reading.word}" is counted from the year of publication (${pub.value}).`,
          [],
        );
      }
      if (pub.month === null) return unresolved(coarsePublication(pub, 'month'));
      const total = pub.year * 12 + (pub.month - 1) + reading.offset;
      return resolved(
        calendar(Math.floor(total / 12), (total % 12) + 1, null),
        'publication-date',
        `"${reading.word}" is counted from the month of publication (${pub.value}).`,
        [],
      );
    }
    case 'ago': {
      if (!pub) return unresolved(NO_PUBLICATION);
      const explanation = `"${reading.word}" is counted back from the publication date (${pub.value}).`;
      if (reading.unit === 'year') {
        return resolved(
          calendar(pub.year - reading.amount, null, null),
          'publication-date',
          explanation,
          [],
        );
      }
      if (pub.month === null) return unresolved(coarsePublication(pub, 'month'));
      if (reading.unit === 'month') {
        const total = pub.year * 12 + (pub.month - 1) - reading.amount;
        return resolved(
          calendar(Math.floor(total / 12), (total % 12) + 1, null),
          'publication-date',
          explanation,
          [],
        );
      }
      if (pub.day === null) return unresolved(coarsePublication(pub, 'day'));
      return resolved(
        addDays(pub.year, pub.month, pub.day, -reading.amount),
        'publication-date',
        explanation,
        [],
      );
    }
    case 'weekday':
      return resolveWeekday(text, span, reading, pub);
  }
}

function resolveWeekday(
  text: string,
  span: Span,
  reading: Extract<Reading, { kind: 'weekday' }>,
  pub: Published | null,
): DateResolution | null {
  // Weekday-only mentions are kept only when the publication date can place them.
  if (!pub || pub.month === null || pub.day === null) return null;
  const pubWeekday = new Date(Date.UTC(pub.year, pub.month - 1, pub.day)).getUTCDay();
  const name = capitalise(WEEKDAYS[reading.weekday] ?? '');
  const future =
    reading.modifier === 'next' || (reading.modifier !== 'last' && futureCue(text, span));
  let offset: number;
  let how: string;
  if (future) {
    offset = (reading.weekday - pubWeekday + 7) % 7;
    if (reading.modifier === 'next' && offset === 0) offset = 7;
    how = `the first ${name} on or after the publication date (${pub.value}), as the sentence looks ahead`;
  } else {
    offset = -((pubWeekday - reading.weekday + 7) % 7);
    if (reading.modifier === 'last' && offset === 0) offset = -7;
    how = `the most recent ${name} on or before the publication date (${pub.value})`;
  }
  return resolved(
    addDays(pub.year, pub.month, pub.day, offset),
    'publication-date',
    `"${reading.word}" is taken as ${how}.`,
    [],
  );
}

/**
 * News reports the past, so a yearless date takes the latest year that keeps it on or before
 * publication; a sentence about what is to come ("will", "is to be held") takes the first year
 * that keeps it on or after.
 */
function resolveYearless(
  reading: Extract<Reading, { kind: 'calendar' }>,
  pub: Published,
  future: boolean,
): DateResolution {
  const what =
    reading.day === null
      ? MONTH_NAMES[reading.month - 1]
      : `${MONTH_NAMES[reading.month - 1]} ${reading.day}`;
  // Compare only what both dates state: publication known to the month cannot order days in it.
  const order = compareParts(reading.month, reading.day, pub);
  if (order === null) {
    return unresolved(
      `The text gives no year, and the publication date (${pub.value}) is too coarse to place ${what} before or after it.`,
    );
  }
  let year = pub.year;
  // Looking ahead, a date a little before publication is still this year's: an exhibition "is to
  // run from January 23" when the article appears on January 28.
  if (future && order < 0 && !withinMonthBefore(reading.month, reading.day, pub)) year += 1;
  if (!future && order > 0) year -= 1;
  if (reading.day !== null && !isRealDay(year, reading.month, reading.day)) {
    return unresolved(`The text gives no year, and ${what} does not exist in ${year}.`);
  }
  const rule = future
    ? `the next ${what} from the publication date (${pub.value}), as the sentence looks ahead`
    : `the most recent ${what} on or before the publication date (${pub.value})`;
  return resolved(
    calendar(year, reading.month, reading.day),
    'publication-date',
    `The text gives no year; taken as ${rule}.`,
    [],
  );
}

/** Whether (month, day) lies in the month up to publication, in the publication's year. */
function withinMonthBefore(month: number, day: number | null, pub: Published): boolean {
  if (pub.month === null) return false;
  const previous = pub.month === 1 ? 12 : pub.month - 1;
  if (month === pub.month) return true;
  if (month !== previous || pub.month === 1) return false;
  return day === null || pub.day === null || day >= pub.day;
}

/** Sign of (month, day) against publication within one year, or null if it cannot be told. */
function compareParts(month: number, day: number | null, pub: Published): number | null {
  if (pub.month === null) return null;
  if (month !== pub.month) return month - pub.month;
  if (day === null || pub.day === null) return 0;
  return day - pub.day;
}

const FUTURE_CUE =
  /\b(?:will|shall|won['’]t|is to|are to|is due|are due|(?:is|are|was|were) scheduled|scheduled to|set to|(?:is|are) expected to|to be held|upcoming|forthcoming|plans? to|runs? (?:through|until|till)|(?:am|is|are) going to)\b|['’](?:ll|m going to|re going to|s going to)\b/i;

/** Whether a sentence ends between two offsets (a full stop, ! or ? before a space, or a line end). */
function sentenceEndBetween(text: string, from: number, to: number): boolean {
  return /[.!?](?:\s|$)|\n/.test(text.slice(from, to));
}

/** Whether the clause around the date looks ahead ("will", "is to be held", "runs through"). */
function futureCue(text: string, span: Span): boolean {
  let start = Math.max(0, span.start - 120);
  for (let i = span.start - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(i + 1)))) {
      start = i + 1;
      break;
    }
  }
  let end = Math.min(text.length, span.end + 60);
  for (let i = span.end; i < end; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 10 ||
      ((c === 46 || c === 33 || c === 63) &&
        (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1))))
    ) {
      end = i;
      break;
    }
  }
  return FUTURE_CUE.test(text.slice(start, end));
}

/** Gap allowed between a month mention and the anchor it is tied to: " in ", ", held in ". */
const TIE_GAP = 16;

function tieToAnchor(
  span: Span,
  month: number,
  anchors: readonly DateAnchor[],
): Omit<Tie, 'day' | 'mention'> | null {
  for (const anchor of anchors) {
    const parts = anchorParts(anchor);
    if (!parts || parts.month !== month) continue;
    const gap =
      span.start >= anchor.span.end
        ? span.start - anchor.span.end
        : anchor.span.start >= span.end
          ? anchor.span.start - span.end
          : 0;
    if (gap <= TIE_GAP) return { anchor, year: parts.year, month: parts.month };
  }
  return null;
}

function anchorParts(
  anchor: DateAnchor,
): { year: number; month: number; day: number | null } | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(anchor.date.value);
  if (!match) return null;
  return {
    year: Number(match[1]),
    month: Number(match[2]),
    day: match[3] ? Number(match[3]) : null,
  };
}

function resolveFromTie(
  tie: Tie,
  reading: Extract<Reading, { kind: 'calendar' }>,
  documentId: string,
): DateResolution {
  if (reading.day !== null && !isRealDay(tie.year, reading.month, reading.day)) {
    return unresolved(
      `${MONTH_NAMES[reading.month - 1]} ${reading.day} does not exist in ${tie.year}.`,
    );
  }
  return resolved(
    calendar(tie.year, reading.month, reading.day),
    'context',
    `The text ties it to ${tie.anchor.label}, held in ${monthYear(tie.anchor)}.`,
    [{ documentId, span: tie.anchor.span }],
  );
}

/**
 * Only for articles without a publication date: a yearless date after a mention tied to an anchor
 * (the Forum "in May", May 2017) takes the anchor's year when it falls later in that year.
 */
function resolveAfterTie(
  tie: Tie | null,
  span: Span,
  reading: Extract<Reading, { kind: 'calendar' }>,
  documentId: string,
): DateResolution {
  if (!tie || span.start < tie.mention.end) return unresolved(NO_YEAR);
  const anchorDay = anchorParts(tie.anchor)?.day ?? null;
  const later =
    reading.month > tie.month ||
    (reading.month === tie.month &&
      anchorDay !== null &&
      reading.day !== null &&
      reading.day > anchorDay);
  if (!later) return unresolved(NO_YEAR);
  if (reading.day !== null && !isRealDay(tie.year, reading.month, reading.day))
    return unresolved(NO_YEAR);
  return resolved(
    calendar(tie.year, reading.month, reading.day),
    'context',
    `The article places it after ${tie.anchor.label} (${monthYear(tie.anchor)}).`,
    [
      { documentId, span: tie.anchor.span },
      { documentId, span: tie.mention },
    ],
  );
}

function monthYear(anchor: DateAnchor): string {
  const parts = anchorParts(anchor);
  if (!parts) return anchor.date.value;
  const month = `${MONTH_NAMES[parts.month - 1]} ${parts.year}`;
  return parts.day === null ? month : `${MONTH_NAMES[parts.month - 1]} ${parts.day}, ${parts.year}`;
}

function coarsePublication(pub: Published, need: 'month' | 'day'): string {
  return `The text dates it from the day of writing, but the publication date (${pub.value}) is not known to the ${need}.`;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function resolved(
  date: CalendarDate,
  basis: 'explicit' | 'publication-date' | 'context',
  explanation: string,
  evidence: SourceLocation[],
): DateResolution {
  return { status: 'resolved', date, basis, explanation, evidence };
}

function unresolved(reason: string): DateResolution {
  return { status: 'unresolved', reason };
}

function calendar(year: number, month: number | null, day: number | null): CalendarDate {
  const y = String(year).padStart(4, '0');
  if (month === null) return { value: y, precision: 'year' };
  if (day === null) return { value: `${y}-${pad(month)}`, precision: 'month' };
  return { value: `${y}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

function addDays(year: number, month: number, day: number, offset: number): CalendarDate {
  const date = new Date(Date.UTC(year, month - 1, day + offset));
  return calendar(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function readPublished(date: CalendarDate | null | undefined): Published | null {
  if (!date || typeof date.value !== 'string') return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && !isRealDay(year, month, day)) return null;
  return { value: date.value, year, month, day };
}

export function validAnchors(anchors: readonly DateAnchor[], length: number): DateAnchor[] {
  return anchors.filter(
    (anchor) =>
      Number.isInteger(anchor?.span?.start) &&
      Number.isInteger(anchor?.span?.end) &&
      anchor.span.start >= 0 &&
      anchor.span.end <= length &&
      anchor.span.start <= anchor.span.end &&
      typeof anchor.date?.value === 'string' &&
      anchorParts(anchor) !== null,
  );
}
