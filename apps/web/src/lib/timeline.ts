import type { Timeline, TimelineEntry } from '@genebelt/model';
import { formatCalendarDate } from './format';
import { LIST_PAGE_SIZE, pageCount } from './paging';
import { routes } from './routes';

/**
 * The timeline is one list, dated entries in order and then the undated ones, cut into pages of
 * LIST_PAGE_SIZE; /timeline is page 1.
 */
export function timelineEntries(timeline: Timeline): TimelineEntry[] {
  return [...timeline.dated, ...timeline.undated];
}

export function timelinePageCount(timeline: Timeline): number {
  return pageCount(timeline.dated.length + timeline.undated.length);
}

export function timelinePageHref(page: number): string {
  return page === 1 ? routes.timeline : `${routes.timeline}/${page}`;
}

/** Where the undated entries begin. */
export function undatedHref(timeline: Timeline): string {
  const page = Math.floor(timeline.dated.length / LIST_PAGE_SIZE) + 1;
  return `${timelinePageHref(page)}#undated`;
}

/**
 * Dated timeline entries fall into groups by month, or by year when only the year is known, so a
 * date is never placed more precisely than it is known.
 */
export function groupKey(entry: TimelineEntry): string {
  if (entry.date.status !== 'resolved') return 'undated';
  const { value, precision } = entry.date.date;
  return precision === 'year' ? value : value.slice(0, 7);
}

export function groupLabel(key: string): string {
  if (key === 'undated') return 'Undated';
  return key.length === 4
    ? `${key} (month not known)`
    : formatCalendarDate({ value: key, precision: 'month' });
}

/** The anchor of a group on the timeline page. */
export function groupAnchor(key: string): string {
  return key === 'undated' ? 'undated' : `d-${key}`;
}

export interface TimelineBucket {
  key: string;
  label: string;
  count: number;
  /** The timeline page the group starts on. */
  page: number;
}

/** One bucket per group, in timeline order, for the strip on the overview. */
export function timelineBuckets(dated: readonly TimelineEntry[]): TimelineBucket[] {
  const buckets: TimelineBucket[] = [];
  dated.forEach((entry, index) => {
    const key = groupKey(entry);
    const last = buckets[buckets.length - 1];
    if (last && last.key === key) {
      last.count += 1;
    } else {
      buckets.push({
        key,
        label: shortLabel(key),
        count: 1,
        page: Math.floor(index / LIST_PAGE_SIZE) + 1,
      });
    }
  });
  return buckets;
}

function shortLabel(key: string): string {
  if (key.length === 4) return key;
  return formatCalendarDate({ value: key, precision: 'month' }).replace(/^(\w{3})\w*/, '$1');
}

export interface TimelineSection {
  key: string;
  /** True when the group began on an earlier page. */
  continued: boolean;
  entries: TimelineEntry[];
}

/** Groups a page of entries; `before` is the entry just before the page, if any. */
export function timelineSections(
  entries: readonly TimelineEntry[],
  before: TimelineEntry | undefined,
): TimelineSection[] {
  const sections: TimelineSection[] = [];
  for (const entry of entries) {
    const key = groupKey(entry);
    const last = sections[sections.length - 1];
    if (last && last.key === key) last.entries.push(entry);
    else
      sections.push({
        key,
        continued: sections.length === 0 && before !== undefined && groupKey(before) === key,
        entries: [entry],
      });
  }
  return sections;
}

/** A bar height class h1…h8 for a count, relative to the largest. */
export function barClass(count: number, max: number): string {
  const level = max > 0 ? Math.max(1, Math.ceil((count / max) * 8)) : 1;
  return `h${level}`;
}
