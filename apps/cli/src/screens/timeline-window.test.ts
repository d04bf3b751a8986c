import type { TimelineOptions } from '@genebelt/corpus/query';
import type { TimelineEntry, TimelinePage } from '@genebelt/model';
import { describe, expect, it } from 'vitest';
import { KEPT_PAGES, TIMELINE_PAGE, TimelineWindow } from './timeline-window.js';

function entry(position: number, dated: boolean): TimelineEntry {
  return {
    kind: 'statement',
    id: `d${position}#t1`,
    date: dated
      ? {
          status: 'resolved',
          date: { value: '2017-06-08', precision: 'day' },
          basis: 'explicit',
          explanation: 'Stated in full in the text.',
          evidence: [],
        }
      : { status: 'unresolved', reason: 'The text does not say when.' },
    summary: `entry ${position}`,
    eventType: null,
    documentId: `d${position}`,
    sentenceId: 's1',
    entityIds: [],
  };
}

/** A timeline of `dated` + `undated` entries that counts what it is asked to read. */
function source(dated: number, undated: number) {
  const all = Array.from({ length: dated + undated }, (_, i) => entry(i, i < dated));
  const reads: TimelineOptions[] = [];
  return {
    reads,
    timeline(page: TimelineOptions): TimelinePage {
      reads.push(page);
      const offset = page.offset ?? 0;
      return {
        offset,
        datedTotal: dated,
        undatedTotal: undated,
        entries: all.slice(offset, offset + (page.limit ?? all.length)),
      };
    },
  } as const;
}

describe('the timeline window', () => {
  it('counts the whole from one read of the first page', () => {
    const timeline = source(1200, 34);
    const window = new TimelineWindow(timeline);
    expect([window.datedTotal, window.undatedTotal, window.total]).toEqual([1200, 34, 1234]);
    expect(timeline.reads).toEqual([{ offset: 0, limit: TIMELINE_PAGE }]);
  });

  it('finds every entry by its position, reading each page once while moving through', () => {
    const timeline = source(1200, 34);
    const window = new TimelineWindow(timeline);
    for (let position = 0; position < 1234; position++) {
      expect(window.entry(position)?.summary).toBe(`entry ${position}`);
      expect(window.held).toBeLessThanOrEqual(KEPT_PAGES * TIMELINE_PAGE);
    }
    expect(timeline.reads.length).toBe(Math.ceil(1234 / TIMELINE_PAGE));
    expect(window.entry(1199)?.date.status).toBe('resolved');
    expect(window.entry(1200)?.date.status).toBe('unresolved');
    expect(window.entry(1234)).toBeUndefined();
    expect(window.entry(-1)).toBeUndefined();
  });

  it('keeps the pages used last, so going back and forth near the cursor reads nothing', () => {
    const timeline = source(1000, 0);
    const window = new TimelineWindow(timeline);
    window.entry(950);
    window.entry(450);
    const reads = timeline.reads.length;
    for (let i = 0; i < 5; i++) {
      window.entry(0);
      window.entry(950);
      window.entry(450);
    }
    expect(timeline.reads.length).toBe(reads);
    window.entry(250);
    window.entry(350);
    expect(timeline.reads.length).toBe(reads + 2);
    // Page 3 took the place of page 0, the least recently used; page 4 is still held.
    window.entry(450);
    expect(timeline.reads.length).toBe(reads + 2);
    window.entry(0);
    expect(timeline.reads.length).toBe(reads + 3);
  });
});
