import { EntityType } from '@genebelt/model';
import { describe, expect, it } from 'vitest';
import {
  ENTITY_TYPES,
  formatCalendarDate,
  formatCount,
  plural,
  safeExternalUrl,
  sentenceLabel,
  sentenceRangeLabel,
} from './format';

describe('formatCalendarDate', () => {
  it('never shows a date more precisely than it is known', () => {
    expect(formatCalendarDate({ value: '2017', precision: 'year' })).toBe('2017');
    expect(formatCalendarDate({ value: '2017-05', precision: 'month' })).toBe('May 2017');
    expect(formatCalendarDate({ value: '2017-06-08', precision: 'day' })).toBe('8 June 2017');
  });
});

describe('labels', () => {
  it('counts sentences from 1 where ids count from 0', () => {
    expect(sentenceLabel('s-0')).toBe('sentence 1');
    expect(sentenceLabel('s-12')).toBe('sentence 13');
    expect(sentenceRangeLabel('s-2', 's-4')).toBe('sentences 3–5');
    expect(sentenceRangeLabel('s-2', 's-2')).toBe('sentence 3');
    expect(sentenceRangeLabel('s-2')).toBe('sentence 3');
  });

  it('writes counts and plurals', () => {
    expect(formatCount(30000)).toBe('30,000');
    expect(plural(1, 'document')).toBe('1 document');
    expect(plural(2, 'entity', 'entities')).toBe('2 entities');
  });

  it('knows every entity type of the model, in its order', () => {
    expect(ENTITY_TYPES).toEqual(EntityType.options);
  });
});

describe('safeExternalUrl', () => {
  it('links only http and https addresses', () => {
    expect(safeExternalUrl('https://gwadarpro.pk/a?b=1')).toBe('https://gwadarpro.pk/a?b=1');
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeExternalUrl('not a url')).toBeNull();
  });
});
