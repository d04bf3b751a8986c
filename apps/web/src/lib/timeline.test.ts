import type { TimelineEntry } from '@genebelt/model';
import { describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE } from './paging';
import {
  barClass,
  groupKey,
  groupLabel,
  timelineBuckets,
  timelineSections,
  undatedHref,
} from './timeline';

function entry(id: string, value: string | null): TimelineEntry {
  const precision =
    value === null ? null : value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return {
    kind: 'statement',
    id,
    date:
      value === null || precision === null
        ? { status: 'unresolved', reason: 'The text gives no date.' }
        : {
            status: 'resolved',
            date: { value, precision },
            basis: 'explicit',
            explanation: 'Stated in full.',
            evidence: [],
          },
    summary: 'On June 8, BGI Group was invited to attend a seminar.',
    eventType: null,
    documentId: 'bgi-active-part-belt-and-road',
    sentenceId: 's-4',
    entityIds: ['bgi-group'],
  };
}

describe('timeline groups', () => {
  it('groups by month, or by year when only the year is known', () => {
    expect(groupKey(entry('a', '2017-06-08'))).toBe('2017-06');
    expect(groupKey(entry('b', '2017-05'))).toBe('2017-05');
    expect(groupKey(entry('c', '2017'))).toBe('2017');
    expect(groupKey(entry('d', null))).toBe('undated');
    expect(groupLabel('2017-06')).toBe('June 2017');
    expect(groupLabel('2017')).toBe('2017 (month not known)');
  });

  it('makes one bucket per group for the strip', () => {
    const buckets = timelineBuckets([
      entry('a', '2017-05'),
      entry('b', '2017-06-08'),
      entry('c', '2017-06-15'),
    ]);
    expect(buckets.map((bucket) => [bucket.key, bucket.count, bucket.page])).toEqual([
      ['2017-05', 1, 1],
      ['2017-06', 2, 1],
    ]);
    expect(barClass(2, 2)).toBe('h8');
    expect(barClass(1, 8)).toBe('h1');
  });

  it('marks a group that began on the page before as continued', () => {
    const sections = timelineSections(
      [entry('b', '2017-06-15'), entry('c', null)],
      entry('a', '2017-06-08'),
    );
    expect(sections.map((section) => [section.key, section.continued])).toEqual([
      ['2017-06', true],
      ['undated', false],
    ]);
  });

  it('finds the page where the undated entries begin', () => {
    const dated = Array.from({ length: LIST_PAGE_SIZE + 3 }, (_, i) => entry(`e${i}`, '2017'));
    expect(undatedHref({ dated, undated: [] })).toBe('/timeline/2#undated');
    expect(undatedHref({ dated: [], undated: [] })).toBe('/timeline#undated');
  });
});
