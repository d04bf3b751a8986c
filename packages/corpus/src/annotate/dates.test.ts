import { type CalendarDate, DateResolution } from '@genebelt/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLikelyYear } from './date-readings.js';
import { type DateAnchor, type DateFinding, findDates } from './dates.js';

// Seed 000 (BGI and the Belt and Road), as the corpus holds it.
const SEED_000 =
  'As the world’s leading R&D and genomics organization, BGI Group has accelerated efforts in the ' +
  '“Belt and Road” initiative, following its participation in the Belt and Road Forum for ' +
  'International Cooperation in May.\n\n' +
  'On June 8, BGI Group was invited to attend a seminar focusing on the construction of the ' +
  '“Belt and Road” in Shenzhen. As a “leading Shenzhen-based enterprise” BGI Group has a powerful ' +
  'brand.\n\n' +
  'On June 15, representatives of BGI Group were warmly welcomed by Zhang Xiaoqiang, Executive ' +
  'Vice President and Director of the Executive Board of China Center for International Economic ' +
  'Exchanges (CCIEE). As a follow up to the Belt and Road Forum, Zhang Xiaoqiang heard BGI ' +
  'Group’s report.';

const FORUM = 'Belt and Road Forum for International Cooperation';
const forumStart = SEED_000.indexOf(FORUM);
const FORUM_ANCHOR: DateAnchor = {
  span: { start: forumStart, end: forumStart + FORUM.length },
  date: { value: '2017-05', precision: 'month' },
  label: 'the Belt and Road Forum for International Cooperation',
};

const day = (value: string): CalendarDate => ({ value, precision: 'day' });

function at(text: string, finding: DateFinding): string {
  return text.slice(finding.span.start, finding.span.end);
}

function summary(text: string, published: CalendarDate | null, anchors: DateAnchor[] = []) {
  return findDates(text, { documentId: 'doc', published, anchors }).map((finding) => ({
    text: at(text, finding),
    written: finding.written,
    value: finding.resolution.status === 'resolved' ? finding.resolution.date.value : null,
    basis: finding.resolution.status === 'resolved' ? finding.resolution.basis : null,
  }));
}

describe('findDates on seed 000 (no publication date)', () => {
  it('dates the Forum month from the anchor and the later days after it', () => {
    const findings = findDates(SEED_000, {
      documentId: 'doc',
      published: null,
      anchors: [FORUM_ANCHOR],
    });
    expect(findings.map((finding) => at(SEED_000, finding))).toEqual(['May', 'June 8', 'June 15']);
    const [may, june8, june15] = findings;
    expect(may?.written).toBe('XXXX-05');
    expect(may?.resolution).toEqual({
      status: 'resolved',
      date: { value: '2017-05', precision: 'month' },
      basis: 'context',
      explanation:
        'The text ties it to the Belt and Road Forum for International Cooperation, held in May 2017.',
      evidence: [{ documentId: 'doc', span: FORUM_ANCHOR.span }],
    });
    expect(june8?.written).toBe('XXXX-06-08');
    expect(june8?.resolution).toMatchObject({
      status: 'resolved',
      date: { value: '2017-06-08', precision: 'day' },
      basis: 'context',
      explanation:
        'The article places it after the Belt and Road Forum for International Cooperation (May 2017).',
    });
    expect(june15?.resolution).toMatchObject({
      status: 'resolved',
      date: { value: '2017-06-15', precision: 'day' },
      basis: 'context',
    });
    // The evidence is the anchor and the "May" that ties the article to it.
    if (june15?.resolution.status !== 'resolved') throw new Error('expected resolved');
    expect(june15.resolution.evidence.map((location) => location.span)).toEqual([
      FORUM_ANCHOR.span,
      may?.span,
    ]);
  });

  it('leaves every date unresolved without anchors, saying why', () => {
    const findings = findDates(SEED_000, { documentId: 'doc', published: null });
    expect(findings.map((finding) => finding.written)).toEqual([
      'XXXX-05',
      'XXXX-06-08',
      'XXXX-06-15',
    ]);
    for (const finding of findings) {
      expect(finding.resolution).toEqual({
        status: 'unresolved',
        reason: 'The text gives no year and the article has no publication date.',
      });
    }
  });

  it('does not carry the anchor year to a date before the anchor month', () => {
    const text = `${SEED_000}\n\nOn March 3, BGI opened a lab.`;
    const findings = findDates(text, {
      documentId: 'doc',
      published: null,
      anchors: [FORUM_ANCHOR],
    });
    expect(findings.at(-1)?.resolution.status).toBe('unresolved');
  });

  it('ignores an anchor of another month', () => {
    const anchor = { ...FORUM_ANCHOR, date: { value: '2017-04', precision: 'month' as const } };
    const findings = findDates(SEED_000, { documentId: 'doc', published: null, anchors: [anchor] });
    expect(findings.every((finding) => finding.resolution.status === 'unresolved')).toBe(true);
  });
});

describe('findDates with a publication date', () => {
  it('takes the most recent year that keeps a yearless date not after publication', () => {
    const text = 'On December 28 the ministry said the plant had closed.';
    const [finding] = findDates(text, { documentId: 'doc', published: day('2017-01-03') });
    expect(finding && at(text, finding)).toBe('December 28');
    expect(finding?.written).toBe('XXXX-12-28');
    expect(finding?.resolution).toEqual({
      status: 'resolved',
      date: { value: '2016-12-28', precision: 'day' },
      basis: 'publication-date',
      explanation:
        'The text gives no year; taken as the most recent December 28 on or before the publication date (2017-01-03).',
      evidence: [],
    });
  });

  it('keeps the publication year for a date earlier in that year', () => {
    expect(summary('Talks began on March 4.', day('2011-03-08'))).toEqual([
      { text: 'March 4', written: 'XXXX-03-04', value: '2011-03-04', basis: 'publication-date' },
    ]);
  });

  it('looks ahead when the sentence speaks of the future', () => {
    const text =
      'The first referendum is to be held from November 20 to December 11, selecting a design.';
    expect(summary(text, day('2015-05-07'))).toEqual([
      {
        text: 'November 20',
        written: 'XXXX-11-20',
        value: '2015-11-20',
        basis: 'publication-date',
      },
      {
        text: 'December 11',
        written: 'XXXX-12-11',
        value: '2015-12-11',
        basis: 'publication-date',
      },
    ]);
  });

  it('keeps looking ahead along a list of dates, and stops at the sentence end', () => {
    const text =
      'I am going to Rome in November, to Lima in December, to Oslo in January, to Cairo in ' +
      'February and to the Magic Fair in the Winter Garden in March. I was in Paris in March.';
    expect(summary(text, day('2013-10-09')).map((date) => [date.text, date.value])).toEqual([
      ['November', '2013-11'],
      ['December', '2013-12'],
      ['January', '2014-01'],
      ['February', '2014-02'],
      ['March', '2014-03'],
      ['March', '2013-03'],
    ]);
  });

  it('resolves the news-style month mention in May', () => {
    expect(summary('The forum was held in May.', day('2017-06-20'))).toEqual([
      { text: 'May', written: 'XXXX-05', value: '2017-05', basis: 'publication-date' },
    ]);
  });

  it('counts relative days and periods from publication', () => {
    const text =
      'Yesterday the army fired. It will meet tomorrow. Sales rose last year and will rise next month. ' +
      'The firm was founded two years ago.';
    expect(summary(text, day('2023-02-23'))).toEqual([
      { text: 'Yesterday', written: 'XXXX-XX-XX', value: '2023-02-22', basis: 'publication-date' },
      { text: 'tomorrow', written: 'XXXX-XX-XX', value: '2023-02-24', basis: 'publication-date' },
      { text: 'last year', written: 'XXXX', value: '2022', basis: 'publication-date' },
      { text: 'next month', written: 'XXXX-XX', value: '2023-03', basis: 'publication-date' },
      { text: 'two years ago', written: 'XXXX', value: '2021', basis: 'publication-date' },
    ]);
  });

  it('places weekdays in the past week, or ahead when the sentence looks ahead', () => {
    // 2015-05-18 is a Monday.
    const text = 'On Friday, police rescued 900 people. The minister will visit on Wednesday.';
    expect(summary(text, day('2015-05-18'))).toEqual([
      { text: 'Friday', written: 'XXXX-XX-XX', value: '2015-05-15', basis: 'publication-date' },
      { text: 'Wednesday', written: 'XXXX-XX-XX', value: '2015-05-20', basis: 'publication-date' },
    ]);
    // The same weekday as publication is the day itself; "last" is a week back.
    expect(summary('It opened on Tuesday.', day('2017-07-18'))[0]?.value).toBe('2017-07-18');
    expect(summary('It opened last Tuesday.', day('2017-07-18'))[0]?.value).toBe('2017-07-11');
  });

  it('leaves relative dates unresolved without a publication date and drops bare weekdays', () => {
    const findings = findDates('Yesterday the army fired. On Friday it stopped.', {
      documentId: 'doc',
      published: null,
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.resolution).toEqual({
      status: 'unresolved',
      reason: 'The text dates it from the day of writing, and the article has no publication date.',
    });
  });

  it('ties a month to an anchor even when the publication date would say otherwise', () => {
    const findings = findDates(SEED_000, {
      documentId: 'doc',
      published: day('2019-03-01'),
      anchors: [FORUM_ANCHOR],
    });
    expect(findings[0]?.resolution).toMatchObject({ date: { value: '2017-05' }, basis: 'context' });
    // Later dates follow the publication-date policy, not the anchor.
    expect(findings[1]?.resolution).toMatchObject({
      date: { value: '2018-06-08' },
      basis: 'publication-date',
    });
  });
});

describe('findDates on explicit dates', () => {
  it('reads full dates, months and years as written', () => {
    const text =
      'Friday, July 21, 2017\n\nThe project began in May 2017 and the company was founded in 2011. ' +
      'The report is dated 2017-06-08.';
    expect(summary(text, null)).toEqual([
      {
        text: 'Friday, July 21, 2017',
        written: '2017-07-21',
        value: '2017-07-21',
        basis: 'explicit',
      },
      { text: 'May 2017', written: '2017-05', value: '2017-05', basis: 'explicit' },
      { text: '2011', written: '2011', value: '2011', basis: 'explicit' },
      { text: '2017-06-08', written: '2017-06-08', value: '2017-06-08', basis: 'explicit' },
    ]);
  });

  it('takes the year a range writes once at its end, with the end as evidence', () => {
    const text = 'The exhibit runs January 23 - March 9 2014 at the gallery.';
    const findings = findDates(text, { documentId: 'doc', published: null });
    expect(findings.map((finding) => at(text, finding))).toEqual(['January 23', 'March 9 2014']);
    expect(findings[0]?.written).toBe('XXXX-01-23');
    expect(findings[0]?.resolution).toMatchObject({
      date: { value: '2014-01-23' },
      basis: 'context',
      evidence: [{ documentId: 'doc', span: findings[1]?.span }],
    });
    expect(findings[1]?.resolution).toMatchObject({
      date: { value: '2014-03-09' },
      basis: 'explicit',
    });
  });

  it('does not take counts, names, verbs or generic words for dates', () => {
    const text =
      'Over 2000 people came and paid $2015 each in the 1990s. Theresa May said they may 12 times ' +
      'vote. The Sunday Times praised tomorrow’s research. It is as strong today as it was. ' +
      'A 2000-year-old tradition lives on. The meeting ended at 10 am.';
    expect(summary(text, day('2017-06-20'))).toEqual([]);
  });

  it('tells years from counts', () => {
    const check = (text: string, number: string) => {
      const start = text.indexOf(number);
      return isLikelyYear(text, start, start + number.length);
    };
    expect(check('It was founded in 2008 by two men.', '2008')).toBe(true);
    expect(check('Before the 2014 protests it was calm.', '2014')).toBe(true);
    expect(check('The 2018 World Cup began.', '2018')).toBe(true);
    expect(check('Some 2000 people marched.', '2000')).toBe(false);
    expect(check('It costs 1950 dollars.', '1950')).toBe(false);
    expect(check('A crowd of 1850 came.', '1850')).toBe(false);
    expect(check('Built in 1850.', '1850')).toBe(true);
  });
});

describe('findDates on any input', () => {
  const alphabet = fc.constantFrom(
    ...'abc XYZ019 ,.;:-–—/\'"“”‘’\n\t$%()é中😀'.split(''),
    'May ',
    'June 8',
    ' 2017',
    'Monday',
    'yesterday',
    'last year',
    ' in ',
    ' will ',
    'December 28, ',
    'two years ago',
    '2017-06-08',
    '\uD800',
  );
  const texts = fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join(''));
  const published = fc.option(
    fc.constantFrom<CalendarDate>(
      day('2017-01-03'),
      { value: '2016-02', precision: 'month' },
      { value: '2015', precision: 'year' },
    ),
  );

  it('never throws and returns valid, sorted, non-overlapping spans', () => {
    fc.assert(
      fc.property(texts, published, (text, pub) => {
        const anchors: DateAnchor[] = [
          {
            span: { start: 0, end: Math.min(3, text.length) },
            date: { value: '2017-05', precision: 'month' },
            label: 'X',
          },
        ];
        const findings = findDates(text, { documentId: 'doc', published: pub, anchors });
        let lastEnd = 0;
        for (const finding of findings) {
          expect(finding.span.start).toBeGreaterThanOrEqual(lastEnd);
          expect(finding.span.end).toBeGreaterThan(finding.span.start);
          expect(finding.span.end).toBeLessThanOrEqual(text.length);
          expect(finding.written).toMatch(/^(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?$/);
          expect(DateResolution.safeParse(finding.resolution).success).toBe(true);
          lastEnd = finding.span.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('survives arbitrary unicode strings and malformed options', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const bad = { value: 'nonsense', precision: 'day' } as CalendarDate;
        expect(() => findDates(text, { documentId: 'doc', published: bad })).not.toThrow();
        expect(() => findDates(text, { documentId: 'doc', published: null })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
