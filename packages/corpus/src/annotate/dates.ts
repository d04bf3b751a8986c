/**
 * Dates in news text: what is written is recognised (`date-readings.ts`: chrono-node and a few
 * readings of our own), then resolved to a calendar date with its precision and basis, or left
 * unresolved with the reason (`date-resolution.ts`).
 */
import type { CalendarDate, DateResolution, Span } from '@genebelt/model';
import { readDateCandidates } from './date-readings.js';
import { readPublished, resolveAll, validAnchors } from './date-resolution.js';

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

/**
 * Finds the dates a news text gives, each with what the text says (`written`) kept apart from what
 * it resolves to and why. Sorted by position, never overlapping; never throws.
 */
export function findDates(text: string, options: FindDatesOptions): DateFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const published = readPublished(options?.published);
  return resolveAll(text, readDateCandidates(text), {
    documentId: options?.documentId ?? '',
    published,
    anchors: validAnchors(options?.anchors ?? [], text.length),
  });
}
