import type { CalendarDate, DateResolution, SourceLocation, Span } from '@genebelt/model';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { Chrono, configuration } from 'chrono-node/en';

/** A dated thing the text names, e.g. a known event, with its date from curated knowledge. */
export interface DateAnchor {
  span: Span;
  date: CalendarDate;
  label: string;
}

export interface DateFinding {
  span: Span;
  /** What the text itself says, TIMEX3 style, unknown parts as X: "June 8" is "XXXX-06-08". */
  written: string;
  resolution: DateResolution;
}

export interface FindDatesOptions {
  documentId: string;
  published: CalendarDate | null;
  anchors?: readonly DateAnchor[];
}

const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const WEEKDAYS = 'sunday monday tuesday wednesday thursday friday saturday'.split(' ');

// Only the parsers whose readings news needs. Slash dates ("9/11", "6/8") are left out because
// their order is ambiguous across outlets; times, durations and "later"/"within" phrases because
// they are not calendar dates or count from the narrative, not from the day of writing.
const PARSERS = new Set(
  (
    'ISOFormatParser ENYearMonthDayParser ENMonthNameLittleEndianParser ' +
    'ENMonthNameMiddleEndianParser ENMonthNameParser ENYearMonthNameParser ENWeekdayParser ' +
    'ENCasualDateParser ENRelativeDateFormatParser ENTimeUnitAgoFormatParser'
  ).split(' '),
);
// ENEndOfPeriodRefiner scans the whole text before each result (quadratic) and turns "end of May"
// into May 31, a precision the text does not give.
const DROPPED_REFINERS = new Set(['ENEndOfPeriodRefiner']);

function buildChrono(): Chrono {
  const base = configuration.createCasualConfiguration(false);
  const parsers = base.parsers.filter((parser) => PARSERS.has(parser.constructor.name));
  const refiners = base.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
  // Class names are how the configuration can be trimmed; should a build ever mangle them, the full
  // casual parser still works because every result is re-read and filtered below.
  if (parsers.length < PARSERS.size) return new Chrono(base);
  return new Chrono({ parsers, refiners });
}

const chrono = buildChrono();

/** Longest stretch handed to chrono at once: its loops re-slice the text per match. */
const MAX_CHUNK = 2000;

// Cheap test for whether a chunk could hold a date at all; chrono only runs on chunks that pass.
const TRIGGER =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:[Tt]oday|[Tt]onight|[Tt]omorrow|[Yy]esterday|[Ll]ast night|ago)\b|\b(?:[Tt]his|[Ll]ast|[Nn]ext)\s+(?:year|month)\b|\d{4}[-/.]\d{1,2}[-/.]\d/;

type Unit = 'year' | 'month' | 'day';

/** What a recognised expression is, before it is resolved. */
type Reading =
  | { kind: 'calendar'; year: number | null; month: number; day: number | null }
  | { kind: 'year'; year: number }
  | { kind: 'casual'; days: number; word: string }
  | { kind: 'relative'; unit: 'year' | 'month'; offset: number; word: string }
  | { kind: 'ago'; unit: Unit; amount: number; word: string }
  | { kind: 'weekday'; weekday: number; modifier: 'last' | 'next' | 'this' | null; word: string };

interface Candidate {
  span: Span;
  reading: Reading;
  /** For the start of a range whose year is written only at its end: that end and its year. */
  yearFrom: { span: Span; year: number } | null;
}

/**
 * Finds the dates a news text gives, each with what the text says (`written`) kept apart from what
 * it resolves to and why. Sorted by position, never overlapping; never throws.
 */
export function findDates(text: string, options: FindDatesOptions): DateFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const published = readPublished(options?.published);
  const own = [...yearCandidates(text), ...writtenAgoCandidates(text)];
  const candidates = mergeCandidates(chronoCandidates(text), own);
  return resolveAll(text, candidates, {
    documentId: options?.documentId ?? '',
    published,
    anchors: validAnchors(options?.anchors ?? [], text.length),
  });
}

// ---------------------------------------------------------------------------------------------
// Recognition

function chronoCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const chunk of chunks(text)) {
    const piece = text.slice(chunk.start, chunk.end);
    if (!TRIGGER.test(piece)) continue;
    let results: ParsedResult[];
    try {
      // A fixed reference keeps chrono's implied values deterministic; none of them are used as
      // facts, every reading is re-derived from the text below.
      results = chrono.parse(piece, { instant: REFERENCE, timezone: 0 });
    } catch {
      continue;
    }
    for (const result of results) {
      for (const candidate of readResult(text, chunk.start + result.index, result)) {
        found.push(candidate);
      }
    }
  }
  return found;
}

const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** Lines, and long lines cut after a sentence end, so chrono's per-match work stays bounded. */
function* chunks(text: string): Generator<Span> {
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    while (lineEnd - start > MAX_CHUNK) {
      const cut = cutPoint(text, start, start + MAX_CHUNK);
      yield { start, end: cut };
      start = cut;
    }
    if (lineEnd > start) yield { start, end: lineEnd };
    lineStart = lineEnd + 1;
  }
}

function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + MAX_CHUNK / 2;
  for (let i = limit; i > floor; i--) {
    const c = text.charCodeAt(i - 1);
    if ((c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(i))) return i;
  }
  for (let i = limit; i > floor; i--) if (isSpace(text.charCodeAt(i))) return i;
  return limit;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

const RANGE_SEPARATOR = /\s*(?:[–—]|-|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*/g;
const ISO_PREFIX = /^\d{4}-\d{1,2}-\d{1,2}/;

/** Turns one chrono result into candidates: one, or two for a range, or none if it is not a date. */
function readResult(text: string, index: number, result: ParsedResult): Candidate[] {
  const whole = trimSpan(text, index, index + result.text.length);
  if (whole.end <= whole.start) return [];
  if (!result.end) {
    const reading = readComponents(text, whole, result.start);
    return reading ? [{ span: whole, reading, yearFrom: null }] : [];
  }
  const split = splitRange(text, whole);
  if (!split) {
    const reading = readComponents(text, whole, result.start);
    return reading ? [{ span: whole, reading, yearFrom: null }] : [];
  }
  const first = readComponents(text, split.first, result.start);
  const second = readComponents(text, split.second, result.end);
  const out: Candidate[] = [];
  if (first) {
    // "January 23 - March 9 2014": the year is written once, for both ends.
    const shared =
      first.kind === 'calendar' && first.year === null && second?.kind === 'calendar'
        ? second.year
        : null;
    out.push({
      span: split.first,
      reading: first,
      yearFrom: shared === null ? null : { span: split.second, year: shared },
    });
  }
  if (second) out.push({ span: split.second, reading: second, yearFrom: null });
  return out;
}

function splitRange(text: string, span: Span): { first: Span; second: Span } | null {
  const slice = text.slice(span.start, span.end);
  const iso = ISO_PREFIX.exec(slice);
  RANGE_SEPARATOR.lastIndex = iso ? iso[0].length : 1;
  const match = RANGE_SEPARATOR.exec(slice);
  if (!match || match[0].length === 0) return null;
  const first = trimSpan(text, span.start, span.start + match.index);
  const second = trimSpan(text, span.start + match.index + match[0].length, span.end);
  if (first.end <= first.start || second.end <= second.start) return null;
  return { first, second };
}

const LEADING = /^(?:[\s,(（[]|(?:on|in|from|at)\s+)+/i;
const TRAILING = /[\s,)）\]:;]+$/;

/** Drops what chrono keeps around a date: "On ", ", ", "(" and the like. */
function trimSpan(text: string, start: number, end: number): Span {
  const slice = text.slice(start, end);
  const lead = LEADING.exec(slice)?.[0].length ?? 0;
  const trail = TRAILING.exec(slice.slice(lead))?.[0].length ?? 0;
  return { start: start + lead, end: Math.max(start + lead, end - trail) };
}

const CASUAL = /^(today|tonight|tomorrow|yesterday|last\s+night)$/i;
const RELATIVE = /^(this|last|next)\s+(year|month)$/i;
const AGO = /^(\S+|\p{L}+[-\s]\p{L}+)\s+(years?|months?|days?)\s+ago$/iu;
const WEEKDAY_ONLY =
  /^(?:(this|last|past|next)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(?:of\s+)?(this|last|past|next)\s+week)?$/;
const MONTH_WORD =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?/i;
// Chrono reads "N units ago" up to twelve; the teens and tens are read here too.
const COUNT_WORDS = new Map<string, number>([
  ['a', 1],
  ['an', 1],
  ...'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((word, index): [string, number] => [word, index + 1]),
]);
const TENS = new Map<string, number>(
  'twenty thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((w, i) => [w, 20 + 10 * i]),
);
const WRITTEN_AGO =
  /\b((?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?)\s+(years?|months?|days?)\s+ago\b/giu;
// "today's game" is a day; "today's youth" is an era.
const DAY_EVENTS =
  /^['’]s\s+(?:game|match|meeting|vote|election|announcement|decision|ruling|attack|ceremony|session|race|hearing|talks|summit|final|event|debate|protest|rally|launch|opening)\b/i;

function readComponents(text: string, span: Span, parts: ParsedComponents): Reading | null {
  const said = text.slice(span.start, span.end);
  const casual = CASUAL.exec(said);
  if (casual) {
    // "today's youth", "tomorrow's research": generic, not a day. "yesterday's vote" is a day.
    const word = (casual[1] ?? '').toLowerCase();
    const after = text.slice(span.end, span.end + 16);
    if (word !== 'yesterday' && /^['’]s\b/.test(after) && !DAY_EVENTS.test(after)) return null;
    // "as strong today as", "the world of today": today as an era, not a day.
    if (word === 'today' && genericToday(text, span)) return null;
    const days = word === 'yesterday' || word.startsWith('last') ? -1 : word === 'tomorrow' ? 1 : 0;
    return { kind: 'casual', days, word: said };
  }
  const relative = RELATIVE.exec(said);
  if (relative) {
    const modifier = (relative[1] ?? '').toLowerCase();
    const unit = (relative[2] ?? '').toLowerCase() === 'year' ? 'year' : 'month';
    const offset = modifier === 'last' ? -1 : modifier === 'next' ? 1 : 0;
    return { kind: 'relative', unit, offset, word: said };
  }
  const ago = AGO.exec(said);
  if (ago) {
    const count = ago[1] ?? '';
    const amount = /^\d{1,3}$/.test(count) ? Number(count) : countOf(count);
    if (amount === undefined) return null;
    const unitWord = (ago[2] ?? '').toLowerCase();
    const unit: Unit = unitWord.startsWith('year')
      ? 'year'
      : unitWord.startsWith('month')
        ? 'month'
        : 'day';
    return { kind: 'ago', unit, amount, word: said };
  }
  if (!parts.isCertain('month')) {
    const weekday = WEEKDAY_ONLY.exec(said);
    if (!weekday || !plausibleWeekday(text, span)) return null;
    const modifierWord = (weekday[1] ?? weekday[3] ?? '').toLowerCase();
    const modifier =
      modifierWord === 'last' || modifierWord === 'past'
        ? 'last'
        : modifierWord === 'next'
          ? 'next'
          : modifierWord === 'this'
            ? 'this'
            : null;
    const index = WEEKDAYS.indexOf((weekday[2] ?? '').toLowerCase());
    if (index < 0) return null;
    return { kind: 'weekday', weekday: index, modifier, word: said };
  }
  return readCalendar(text, span, parts);
}

/** "seventeen", "twenty-five": the count of an "N years ago". */
function countOf(words: string): number | undefined {
  const lower = words.toLowerCase();
  const simple = COUNT_WORDS.get(lower);
  if (simple !== undefined) return simple;
  const [tens = '', units = ''] = lower.split(/[-\s]/);
  const ten = TENS.get(tens);
  if (ten === undefined) return undefined;
  const unit = units === '' ? 0 : COUNT_WORDS.get(units);
  return unit === undefined ? undefined : ten + unit;
}

function genericToday(text: string, span: Span): boolean {
  if (/^\s+as\b/.test(text.slice(span.end, span.end + 4))) return true;
  return /\b(?:than|of|until|till)\s+$/i.test(text.slice(Math.max(0, span.start - 8), span.start));
}

function readCalendar(text: string, span: Span, parts: ParsedComponents): Reading | null {
  const said = text.slice(span.start, span.end);
  const month = parts.get('month');
  if (month === null || month < 1 || month > 12) return null;
  const monthWord = MONTH_WORD.exec(said);
  if (monthWord) {
    // Month names are capitalised in running text; "may 12" is a verb and a number.
    const first = monthWord[1]?.charCodeAt(0) ?? 0;
    if (first < 65 || first > 90) return null;
  } else if (!/\d{4}/.test(said)) {
    return null;
  }
  const year = parts.isCertain('year') ? parts.get('year') : null;
  if (year !== null && (year < 1000 || year > 9999)) return null;
  const day = parts.isCertain('day') ? parts.get('day') : null;
  if (day === null && year === null && !plausibleBareMonth(text, span, monthWord?.[1] ?? '')) {
    return null;
  }
  // A yearless February 29 may be real: 2000 is a leap year.
  if (day !== null && !isRealDay(year ?? 2000, month, day)) return null;
  return { kind: 'calendar', year, month, day };
}

// Words that make a bare month name read as a time: "in May", "since March", "last June".
const MONTH_LEAD =
  /(?:^|[^\p{L}])(?:in|since|until|till|by|during|from|through|throughout|before|after|early|late|mid|of|to|and|or|between|last|next|this|each|every|around|on)[\s-]+$/iu;
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'august', 'april', 'june']);

function plausibleBareMonth(text: string, span: Span, monthWord: string): boolean {
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  if (MONTH_LEAD.test(before)) return true;
  if (AMBIGUOUS_MONTHS.has(monthWord.toLowerCase())) return false;
  // A capitalised word just before ("Theresa May", "Rue Juin") makes it part of a name.
  return !/\p{Lu}\p{L}*\s+$/u.test(before) || /(?:^|[.!?\n]\s*)\p{Lu}\p{L}*\s+$/u.test(before);
}

const PART_OF_DAY = /^(?:Night|Morning|Afternoon|Evening)$/;
const HOLIDAY_PREFIX =
  /(?:Good|Black|Ash|Holy|Super|Maundy|Easter|Palm|Cyber|Bloody|Blue|Giving|Shrove|Whit|Low|Plough)\s+$/;

function plausibleWeekday(text: string, span: Span): boolean {
  if (HOLIDAY_PREFIX.test(text.slice(Math.max(0, span.start - 12), span.start))) return false;
  // "the Sunday Times", "Monday Night Football": a name, unless a date follows ("Friday July 21").
  const after = /^\s+(\p{Lu}\p{L}*)/u.exec(text.slice(span.end, span.end + 24))?.[1];
  if (after && !MONTH_WORD.test(after) && !PART_OF_DAY.test(after)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Years standing alone

// The lookahead also leaves out decades ("the 1990s"), which a calendar date cannot state.
const YEAR_NUMBER = /(?<![\p{L}\p{N}$€£¥#_])(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}_%]|[.,:/]\d)/gu;

// After these a four-digit number is a year whatever follows ("in 2000 people left" is rare).
const STRONG_LEAD = new Set(
  (
    'in since until till during circa c. ca. year early late mid spring summer autumn ' +
    'fall winter throughout'
  ).split(' '),
);
const NOT_PLURAL = new Set(
  (
    'was has is as this its his thus does plus versus whereas saw games olympics ' +
    'elections finals series championships census us'
  ).split(' '),
);
const IRREGULAR_PLURALS = new Set(
  (
    'people children men women police staff personnel cattle sheep fish feet teeth mice ' +
    'geese troops yuan yen km kg mph ft m cm mm percent'
  ).split(' '),
);

/**
 * Whether the four digits at [start, end) are a year rather than a count: "in 2011", "2008 was",
 * "the 2018 World Cup" are years; "2000 people", "$2015", "2015%" are not. Shared with the quantity
 * finder so a number is never both.
 */
export function isLikelyYear(text: string, start: number, end: number): boolean {
  if (end - start !== 4) return false;
  const value = Number(text.slice(start, end));
  if (!Number.isInteger(value) || value < 1500 || value > 2099) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const prevWord = /([\p{L}.]+)[\s-]*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  const charBefore = before.charAt(before.length - 1);
  if (charBefore === '-' && !/(?:^|\D)(?:1[5-9]|20)\d\d\s*-$/.test(before) && prevWord !== 'mid') {
    return false;
  }
  const after = text.slice(end, end + 24);
  // "a 2000-year-old tradition", "2000 years old": a count of years, not a year.
  if (/^-\p{L}|^[^\S\n]+years?\b/u.test(after)) return false;
  const strong = STRONG_LEAD.has(prevWord);
  if (value < 1900 && !strong) return false;
  if (strong) return true;
  // A word on the next line is another sentence or a heading, not what the number counts.
  const next = /^[^\S\n]+([\p{L}]+)/u.exec(after)?.[1] ?? '';
  if (next === '' || next.charCodeAt(0) < 97 || next.charCodeAt(0) > 122) return true;
  // "the 2014 protests": a count would be written "the 2,014 protests".
  return prevWord === 'the' || !looksPlural(next);
}

function looksPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (NOT_PLURAL.has(lower)) return false;
  return lower.length > 2 && lower.endsWith('s') && !/(?:ss|us|is)$/.test(lower);
}

function yearCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  YEAR_NUMBER.lastIndex = 0;
  for (let match = YEAR_NUMBER.exec(text); match; match = YEAR_NUMBER.exec(text)) {
    const start = match.index;
    const end = start + 4;
    if (!isLikelyYear(text, start, end)) continue;
    found.push({
      span: { start, end },
      reading: { kind: 'year', year: Number(match[1]) },
      yearFrom: null,
    });
  }
  return found;
}

function writtenAgoCandidates(text: string): Candidate[] {
  if (!text.includes('ago')) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(WRITTEN_AGO)) {
    const span = { start: match.index, end: match.index + match[0].length };
    const reading = readComponents(text, span, NO_PARTS);
    if (reading) found.push({ span, reading, yearFrom: null });
  }
  return found;
}

/** Stands in for chrono's components where the text is read without chrono. */
const NO_PARTS: ParsedComponents = {
  isCertain: () => false,
  get: () => null,
  date: () => new Date(0),
  tags: () => new Set(),
};

/** Chrono's readings win over the ones read here ("May 2017" over "2017"); the rest stay in order. */
function mergeCandidates(fromChrono: Candidate[], own: Candidate[]): Candidate[] {
  // The sort is stable, so on equal spans chrono's reading, listed first, is kept.
  const all = [...fromChrono, ...own].sort(
    (a, b) => a.span.start - b.span.start || b.span.end - a.span.end,
  );
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const candidate of all) {
    if (candidate.span.start < lastEnd) continue;
    kept.push(candidate);
    lastEnd = candidate.span.end;
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Resolution

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

function resolveAll(text: string, candidates: Candidate[], context: Context): DateFinding[] {
  const findings: DateFinding[] = [];
  let tie: Tie | null = null;
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
        resolution = resolveYearless(text, span, reading, context.published);
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
  text: string,
  span: Span,
  reading: Extract<Reading, { kind: 'calendar' }>,
  pub: Published,
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
  const future = futureCue(text, span);
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
  /\b(?:will|shall|won['’]t|is to|are to|is due|are due|(?:is|are|was|were) scheduled|scheduled to|set to|(?:is|are) expected to|to be held|upcoming|forthcoming|plans? to|runs? (?:through|until|till))\b|['’]ll\b/i;

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

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function readPublished(date: CalendarDate | null | undefined): Published | null {
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

function validAnchors(anchors: readonly DateAnchor[], length: number): DateAnchor[] {
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
