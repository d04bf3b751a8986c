/**
 * What the timeline screen holds of the timeline: its totals and the few pages of entries around
 * what is on screen, read through the query API as the cursor reaches them. Reading the whole
 * timeline took some 50 MB for the 30,000 entries of a 10,000-document corpus (issue 4); a screen
 * shows twenty.
 */
import type { TimelineOptions } from '@genebelt/corpus/query';
import type { TimelineEntry, TimelinePage } from '@genebelt/model';

/** The part of the query API the window reads through (CorpusQueries has it). */
export interface PagedTimeline {
  timeline(page: TimelineOptions): TimelinePage;
}

/** Entries read at a time: a few screens, so scrolling reads rarely. */
export const TIMELINE_PAGE = 100;
/** Pages kept: the one in view, its neighbours, and one to spare for jumping back and forth. */
export const KEPT_PAGES = 4;

export class TimelineWindow {
  readonly datedTotal: number;
  readonly undatedTotal: number;
  /** Pages by number, least recently used first (a Map keeps insertion order). */
  private readonly pages = new Map<number, readonly TimelineEntry[]>();

  constructor(private readonly queries: PagedTimeline) {
    const first = queries.timeline({ offset: 0, limit: TIMELINE_PAGE });
    this.datedTotal = first.datedTotal;
    this.undatedTotal = first.undatedTotal;
    this.pages.set(0, first.entries);
  }

  get total(): number {
    return this.datedTotal + this.undatedTotal;
  }

  /** The entry at a position of the whole list (dated entries in order, then undated ones). */
  entry(position: number): TimelineEntry | undefined {
    if (!Number.isInteger(position) || position < 0 || position >= this.total) return undefined;
    const number = Math.floor(position / TIMELINE_PAGE);
    let page = this.pages.get(number);
    if (page) {
      this.pages.delete(number);
    } else {
      page = this.queries.timeline({
        offset: number * TIMELINE_PAGE,
        limit: TIMELINE_PAGE,
      }).entries;
      if (this.pages.size >= KEPT_PAGES) {
        const oldest = this.pages.keys().next().value;
        if (oldest !== undefined) this.pages.delete(oldest);
      }
    }
    this.pages.set(number, page);
    return page[position - number * TIMELINE_PAGE];
  }

  /** How many entries are held now (for tests: it stays a few pages). */
  get held(): number {
    let count = 0;
    for (const page of this.pages.values()) count += page.length;
    return count;
  }
}
