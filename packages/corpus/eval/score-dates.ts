/**
 * Scores `findDates` against GUM's `<date>` tags. A gold date is detected when a prediction
 * overlaps its span. Resolution accuracy is over the detected gold dates that carry one calendar
 * `when` (not an interval such as "last week"'s `from/to`): the prediction overlapping it most must
 * be resolved to the same date at the gold's precision ("2017" against "2017", the day against
 * "2017-07-18"; a gold time "2010-09-04T22:30:00" counts as its day).
 */
import type { Span } from '@genebelt/model';
import { type DateFinding, findDates } from '../src/annotate/dates.js';
import type { EvalDocument, GoldDate } from './conllu.js';

export interface DateScoreSummary {
  gold: number;
  predicted: number;
  detected: number;
  detectionPrecision: number;
  detectionRecall: number;
  resolutionAccuracy: number;
}

export interface GoldDateRow {
  document: string;
  text: string;
  when: string;
  outcome: 'missed' | 'right' | 'wrong' | 'not scored';
  /** What the overlapping prediction resolved to, or why it did not. */
  predicted: string | null;
}

const CALENDAR_WHEN = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:.]+)?$/;

export function scoreDates(documents: EvalDocument[]): DateScoreSummary {
  const { summary } = scoreDatesWithRows(documents);
  return summary;
}

/** The figures, and one row per gold date for reading the errors (development documents only). */
export function scoreDatesWithRows(documents: EvalDocument[]): {
  summary: DateScoreSummary;
  rows: GoldDateRow[];
} {
  let predicted = 0;
  let predictedOnGold = 0;
  let gold = 0;
  let detected = 0;
  let scorable = 0;
  let right = 0;
  const rows: GoldDateRow[] = [];
  for (const document of documents) {
    const findings = findDates(document.text, {
      documentId: 'eval',
      published: { value: document.dateCreated, precision: 'day' },
    });
    predicted += findings.length;
    predictedOnGold += findings.filter((finding) =>
      document.dates.some((date) => overlap(date.span, finding.span) > 0),
    ).length;
    for (const date of document.dates) {
      gold += 1;
      const row = scoreOne(document, date, findings);
      rows.push(row);
      if (row.outcome === 'missed') continue;
      detected += 1;
      if (row.outcome === 'not scored') continue;
      scorable += 1;
      if (row.outcome === 'right') right += 1;
    }
  }
  return {
    summary: {
      gold,
      predicted,
      detected,
      detectionPrecision: ratio(predictedOnGold, predicted),
      detectionRecall: ratio(detected, gold),
      resolutionAccuracy: ratio(right, scorable),
    },
    rows,
  };
}

function scoreOne(document: EvalDocument, date: GoldDate, findings: DateFinding[]): GoldDateRow {
  const base = {
    document: document.name,
    text: document.text.slice(date.span.start, date.span.end),
    when: date.when,
  };
  let best: DateFinding | null = null;
  let bestOverlap = 0;
  for (const finding of findings) {
    const shared = overlap(date.span, finding.span);
    if (shared > bestOverlap) {
      best = finding;
      bestOverlap = shared;
    }
  }
  if (best === null) return { ...base, outcome: 'missed', predicted: null };
  const resolution = best.resolution;
  const predicted =
    resolution.status === 'resolved' ? resolution.date.value : `unresolved: ${resolution.reason}`;
  const goldValue = CALENDAR_WHEN.exec(date.when)?.[1];
  if (goldValue === undefined) return { ...base, outcome: 'not scored', predicted };
  const correct =
    resolution.status === 'resolved' &&
    resolution.date.value.length >= goldValue.length &&
    resolution.date.value.slice(0, goldValue.length) === goldValue;
  return { ...base, outcome: correct ? 'right' : 'wrong', predicted };
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
