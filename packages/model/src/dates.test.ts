import { describe, expect, it } from 'vitest';
import { seed000Document } from '../test/fixtures/seed-corpus.js';
import { CalendarDate, DateResolution, parseDocument } from './index.js';

describe('CalendarDate', () => {
  it('accepts each precision', () => {
    expect(CalendarDate.safeParse({ value: '2017', precision: 'year' }).success).toBe(true);
    expect(CalendarDate.safeParse({ value: '2017-05', precision: 'month' }).success).toBe(true);
    expect(CalendarDate.safeParse({ value: '2017-06-08', precision: 'day' }).success).toBe(true);
  });

  it('rejects a value that claims more or less than its precision', () => {
    const result = CalendarDate.safeParse({ value: '2017-06-08', precision: 'month' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['value'] });
  });

  it('rejects days that are not in the calendar and non-ISO strings', () => {
    expect(CalendarDate.safeParse({ value: '2017-02-30', precision: 'day' }).success).toBe(false);
    expect(CalendarDate.safeParse({ value: 'June 8, 2017', precision: 'day' }).success).toBe(false);
    expect(CalendarDate.safeParse({ value: '2017-13', precision: 'month' }).success).toBe(false);
  });
});

describe('DateResolution', () => {
  it('keeps an unknown date unresolved with a reason, never a guess', () => {
    expect(
      DateResolution.safeParse({ status: 'unresolved', reason: 'No year is given.' }).success,
    ).toBe(true);
    expect(DateResolution.safeParse({ status: 'unresolved' }).success).toBe(false);
    expect(DateResolution.safeParse({ status: 'unresolved', reason: '' }).success).toBe(false);
  });

  it('requires how a resolved date is known', () => {
    const result = DateResolution.safeParse({
      status: 'resolved',
      date: { value: '2017-06-08', precision: 'day' },
      explanation: 'The forum was in May 2017.',
      evidence: [],
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('basis');
  });

  it('reports a wrong written form of the seed’s “June 15” at its path', () => {
    const document = seed000Document();
    const expression = document.temporalExpressions[0];
    if (!expression) throw new Error('fixture has a temporal expression');
    expression.written = '06-15';
    const result = parseDocument(document);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toContainEqual({
        path: 'temporalExpressions[0].written',
        message: 'must be YYYY[-MM[-DD]] with X for parts the text leaves out',
      });
    }
  });
});
