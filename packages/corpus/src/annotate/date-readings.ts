/**
 * Recognising dates: the expressions a text writes ("June 8", "last year", "2017", "three days
 * ago"), each read into what it says before anything is resolved. chrono-node finds most of them;
 * bare years and written-out counts ("two years ago") are read here.
 */
import type { Span } from '@genebelt/model';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { Chrono, configuration } from 'chrono-node/en';

export const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
export const WEEKDAYS = 'sunday monday tuesday wednesday thursday friday saturday'.split(' ');

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
export type Reading =
  | { kind: 'calendar'; year: number | null; month: number; day: number | null }
  | { kind: 'year'; year: number }
  | { kind: 'casual'; days: number; word: string }
  | { kind: 'relative'; unit: 'year' | 'month'; offset: number; word: string }
  | { kind: 'ago'; unit: Unit; amount: number; word: string }
  | { kind: 'weekday'; weekday: number; modifier: 'last' | 'next' | 'this' | null; word: string };

export interface Candidate {
  span: Span;
  reading: Reading;
  /** For the start of a range whose year is written only at its end: that end and its year. */
  yearFrom: { span: Span; year: number } | null;
}

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

export function isSpace(code: number): boolean {
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

/** Every date expression of a text, in order and never overlapping, before resolution. */
export function readDateCandidates(text: string): Candidate[] {
  const own = [...yearCandidates(text), ...writtenAgoCandidates(text)];
  return mergeCandidates(chronoCandidates(text), own);
}

/** Whether the day exists (no 31 June, no 29 February outside leap years). */
export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
