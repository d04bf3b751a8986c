/**
 * The search language, the same in the terminal and on the web:
 *
 *   genomics training        both words (AND)
 *   "belt and road"          the words in this order
 *   genom*                   words starting with "genom" (at least 2 characters before *)
 *   -pakistan  -"blood bank" without the word or phrase
 *   type:person              sentences that mention an entity of this type
 *   entity:bgi-group         sentences that mention this entity
 *   doc:<document-id>        sentences of this document
 *   from:2017  to:2017-06    sentences dated in this range (a date in the sentence, else the
 *                            document's publication date); undated sentences are left out
 *
 * Matching ignores case and diacritics. `-` also excludes filters: `-type:place`. Filters combine
 * with AND. Anything else (an unknown `name:value`, stray quotes, operators, symbols) is read as
 * plain words, so every input is a valid query. Words are turned into quoted FTS5 strings made
 * only of letters and digits, so no input can reach FTS5 as syntax.
 */
import type { CalendarDate, EntityType } from '@genebelt/model';
import { parseCalendarDate } from './dates.js';
import { tokenize } from './tokenize.js';
import { ENTITY_TYPES } from './types.js';

/**
 * A word, phrase or prefix to match. `words` are folded as the index folds them; several words
 * must appear together in that order (a bare word such as "BGI’s" is two: "bgi", "s"). For a
 * prefix term the last word is a prefix.
 */
export interface QueryTerm {
  kind: 'word' | 'phrase' | 'prefix';
  /** The term as typed (without the leading - or quotes). */
  text: string;
  words: string[];
  negated: boolean;
}

export type QueryFilter =
  | { kind: 'type'; value: EntityType; negated: boolean; text: string }
  | { kind: 'entity'; value: string; negated: boolean; text: string }
  | { kind: 'doc'; value: string; negated: boolean; text: string }
  | { kind: 'from'; value: CalendarDate; negated: false; text: string }
  | { kind: 'to'; value: CalendarDate; negated: false; text: string };

export interface ParsedQuery {
  input: string;
  terms: QueryTerm[];
  filters: QueryFilter[];
  /** The FTS5 MATCH expression for the terms, or null when no term is positive. */
  match: string | null;
  /** An FTS5 expression matching any excluded term, or null when nothing is excluded. */
  exclude: string | null;
  /** True when the query asks for nothing (no positive term and no positive filter). */
  empty: boolean;
  /** How parts of the input were read, for help texts ("foo:bar" searched as words…). */
  notes: string[];
}

/** Terms beyond this many are ignored (with a note), to keep every query cheap. */
export const MAX_TERMS = 32;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FILTER = /^([A-Za-z]+):(.+)$/s;
const FILTER_NAMES = new Set(['type', 'entity', 'doc', 'from', 'to']);
const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);

function readFilter(
  name: string,
  raw: string,
  negated: boolean,
  text: string,
): QueryFilter | string {
  const value = raw.toLowerCase();
  switch (name) {
    case 'type':
      if (ENTITY_TYPE_SET.has(value)) {
        return { kind: 'type', value: value as EntityType, negated, text };
      }
      return `"${text}": the type must be one of ${ENTITY_TYPES.join(', ')}; searched as words`;
    case 'entity':
    case 'doc':
      if (SLUG.test(value)) return { kind: name, value, negated, text };
      return `"${text}": ${name} needs an id such as bgi-group; searched as words`;
    default: {
      const date = parseCalendarDate(raw);
      if (!date)
        return `"${text}": ${name} needs a date YYYY, YYYY-MM or YYYY-MM-DD; searched as words`;
      if (negated) return `"-${text}": a date range cannot be excluded; searched as words`;
      return { kind: name === 'from' ? 'from' : 'to', value: date, negated: false, text };
    }
  }
}

/** Turns typed text into a term, or null when it holds no word. */
function makeTerm(
  text: string,
  kind: 'word' | 'phrase',
  prefix: boolean,
  negated: boolean,
  notes: string[],
): QueryTerm | null {
  const words = tokenize(text).map((token) => token.folded);
  const last = words[words.length - 1];
  if (last === undefined) return null;
  if (prefix) {
    if ([...last].length >= 2) return { kind: 'prefix', text, words, negated };
    notes.push(`"${text}*": a prefix needs at least 2 characters before *; searched as a word`);
  }
  return { kind: words.length > 1 ? 'phrase' : kind, text, words, negated };
}

/** The FTS5 string for a term: its folded words in double quotes, `*` after a prefix. */
export function ftsString(term: QueryTerm): string {
  // Words hold only letters and digits; the replace keeps that true whatever changes upstream.
  const quoted = `"${term.words.join(' ').replace(/"/g, '""')}"`;
  return term.kind === 'prefix' ? `${quoted} *` : quoted;
}

/** Parses a query; never throws. See the module comment for the language. */
export function parseSearchQuery(input: string): ParsedQuery {
  const text = typeof input === 'string' ? input : '';
  const terms: QueryTerm[] = [];
  const filters: QueryFilter[] = [];
  const notes: string[] = [];
  const addTerm = (term: QueryTerm | null) => {
    if (term) terms.push(term);
  };

  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text.charAt(i))) i++;
    if (i >= text.length) break;
    let negated = false;
    while (text.charAt(i) === '-') {
      negated = true;
      i++;
    }
    if (text.charAt(i) === '"') {
      const close = text.indexOf('"', i + 1);
      const end = close < 0 ? text.length : close;
      const phrase = text.slice(i + 1, end);
      i = close < 0 ? text.length : close + 1;
      let prefix = false;
      while (text.charAt(i) === '*') {
        prefix = true;
        i++;
      }
      addTerm(makeTerm(phrase, 'phrase', prefix, negated, notes));
      continue;
    }
    const start = i;
    while (i < text.length && !/\s/.test(text.charAt(i)) && text.charAt(i) !== '"') i++;
    const chunk = text.slice(start, i);
    if (chunk.length === 0) continue;

    const filter = FILTER.exec(chunk);
    const name = filter?.[1]?.toLowerCase();
    if (filter && name !== undefined && FILTER_NAMES.has(name)) {
      const read = readFilter(name, filter[2] ?? '', negated, chunk);
      if (typeof read !== 'string') {
        filters.push(read);
        continue;
      }
      notes.push(read);
    } else if (filter && name !== undefined) {
      notes.push(`"${chunk}": ${name} is not a filter; searched as words`);
    }
    // Plain words; a colon separates words (an unknown or invalid filter is its words).
    for (const part of filter ? chunk.split(':') : [chunk]) {
      const prefix = /\*+$/.test(part);
      addTerm(makeTerm(part.replace(/\*+$/, ''), 'word', prefix, negated, notes));
    }
  }

  if (terms.length > MAX_TERMS) {
    notes.push(`only the first ${MAX_TERMS} words and phrases are used`);
    terms.length = MAX_TERMS;
  }
  const positive = terms.filter((term) => !term.negated).map(ftsString);
  const negative = terms.filter((term) => term.negated).map(ftsString);
  const exclude = negative.length > 0 ? negative.join(' OR ') : null;
  let match: string | null = null;
  if (positive.length > 0) {
    match = positive.join(' AND ');
    if (exclude !== null) match = `(${match}) NOT (${exclude})`;
  }
  const empty = match === null && !filters.some((filter) => !filter.negated);
  if (empty && text.trim().length > 0) {
    notes.push(
      terms.length > 0 || filters.length > 0
        ? 'only exclusions: add a word or a filter to search for'
        : 'no words to search for',
    );
  }
  return { input: text, terms, filters, match, exclude, empty, notes };
}
