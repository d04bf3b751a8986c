import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities.js';

function read(text: string) {
  return findQuantities(text).map((finding) => ({
    text: text.slice(finding.span.start, finding.span.end),
    value: finding.value,
    unit: finding.unit,
    qualifier: finding.qualifier,
  }));
}

describe('findQuantities on the seeds', () => {
  it('reads the blood donors of seed 002 with qualifier and unit', () => {
    const text =
      'In a related initiative, Nawab also announced Pakistan’s first Virtual Blood Bank Centre, ' +
      'aimed at transforming emergency response by connecting patients with over 30,000 registered ' +
      'blood donors via a dedicated emergency helpline.';
    expect(read(text)).toEqual([
      {
        text: 'over 30,000 registered blood donors',
        value: 30000,
        unit: 'registered blood donors',
        qualifier: 'over',
      },
    ]);
  });

  it('finds nothing to count in seed 000, which gives dates but no amounts', () => {
    const text =
      'On June 8, BGI Group was invited to attend a seminar focusing on the construction of the ' +
      '“Belt and Road” in Shenzhen. BGI Group has carried out a number of population projects in ' +
      'gene detection across several provinces and municipalities in China.';
    expect(read(text)).toEqual([]);
  });
});

describe('findQuantities on news phrasing', () => {
  it('reads qualifiers', () => {
    const text =
      'More than two billion people live there. Nearly 50 villages flooded, almost 15 years on. ' +
      'About 80 people fled; at least 76 people were killed and up to 12 percent of homes burned. ' +
      'Some 12,000 asylum seekers waited, fewer than 300 soldiers stayed, at most 5 boats left, ' +
      'roughly four months later. No more than 20 people and no fewer than 3 ships.';
    expect(read(text)).toEqual([
      { text: 'More than two billion people', value: 2e9, unit: 'people', qualifier: 'over' },
      { text: 'Nearly 50 villages', value: 50, unit: 'villages', qualifier: 'under' },
      { text: 'almost 15 years', value: 15, unit: 'years', qualifier: 'under' },
      { text: 'About 80 people', value: 80, unit: 'people', qualifier: 'about' },
      { text: 'at least 76 people', value: 76, unit: 'people', qualifier: 'at-least' },
      { text: 'up to 12 percent', value: 12, unit: 'percent', qualifier: 'up-to' },
      {
        text: 'Some 12,000 asylum seekers',
        value: 12000,
        unit: 'asylum seekers',
        qualifier: 'about',
      },
      { text: 'fewer than 300 soldiers', value: 300, unit: 'soldiers', qualifier: 'under' },
      { text: 'at most 5 boats', value: 5, unit: 'boats', qualifier: 'at-most' },
      { text: 'roughly four months', value: 4, unit: 'months', qualifier: 'about' },
      { text: 'No more than 20 people', value: 20, unit: 'people', qualifier: 'at-most' },
      { text: 'no fewer than 3 ships', value: 3, unit: 'ships', qualifier: 'at-least' },
    ]);
  });

  it('reads money, scales and percentages', () => {
    const text =
      'The bank lent $5 million and €3.5 billion, paid US$ 20,000 bail and a £2bn fee. ' +
      'Turnout was 58% and 12 percent voted early; support fell 3 percentage points. ' +
      'About 6 million visitors came.';
    expect(read(text)).toEqual([
      { text: '$5 million', value: 5e6, unit: 'USD', qualifier: 'exact' },
      { text: '€3.5 billion', value: 3.5e9, unit: 'EUR', qualifier: 'exact' },
      { text: 'US$ 20,000', value: 20000, unit: 'USD', qualifier: 'exact' },
      { text: '£2bn', value: 2e9, unit: 'GBP', qualifier: 'exact' },
      { text: '58%', value: 58, unit: 'percent', qualifier: 'exact' },
      { text: '12 percent', value: 12, unit: 'percent', qualifier: 'exact' },
      { text: '3 percentage points', value: 3, unit: 'percentage points', qualifier: 'exact' },
      { text: 'About 6 million visitors', value: 6e6, unit: 'visitors', qualifier: 'about' },
    ]);
  });

  it('reads numbers written out only when they count a plural noun', () => {
    const text =
      'The two met in Geneva. Two countries signed; a dozen schools closed and twenty-five ' +
      'delegates left. One of them said the Three Gorges dam was built with forty percent of funds.';
    expect(read(text)).toEqual([
      { text: 'Two countries', value: 2, unit: 'countries', qualifier: 'exact' },
      { text: 'a dozen schools', value: 12, unit: 'schools', qualifier: 'exact' },
      { text: 'twenty-five delegates', value: 25, unit: 'delegates', qualifier: 'exact' },
      { text: 'forty percent', value: 40, unit: 'percent', qualifier: 'exact' },
    ]);
  });

  it('keeps the unit short and stops at function words and verbs', () => {
    expect(read('It has 163 teams in the competition and 10 new hospitals were built.')).toEqual([
      { text: '163 teams', value: 163, unit: 'teams', qualifier: 'exact' },
      { text: '10 new hospitals', value: 10, unit: 'new hospitals', qualifier: 'exact' },
    ]);
    expect(read('The toll — 30 people — rose.')).toEqual([
      { text: '30 people', value: 30, unit: 'people', qualifier: 'exact' },
    ]);
    expect(read('A 14-year-old boy ran 5km; 12 were arrested.')).toEqual([
      { text: '14-year-old', value: 14, unit: 'year-old', qualifier: 'exact' },
      { text: '5km', value: 5, unit: 'km', qualifier: 'exact' },
      { text: '12', value: 12, unit: null, qualifier: 'exact' },
    ]);
  });

  it('leaves out years, dates, times, ordinals, ranges and numbers in names or ids', () => {
    const text =
      'In 2017 the Belt and Road Forum met. On June 8, 2017 and on 15 June, at 10 am and at 10:30, ' +
      'the 3rd meeting of the G20 and COVID-19 teams flew a Boeing 737 to Room No. 5; ' +
      'Sweden won 1 – 0 and the 2010-2014 plan ran 24/7 with 5G.';
    expect(read(text)).toEqual([]);
  });
});

describe('findQuantities on any input', () => {
  const alphabet = fc.constantFrom(
    ...'ab XY 0123456789 ,.;:-–/%$€£¥\'"“”\n\t()é中😀'.split(''),
    ' over ',
    ' nearly ',
    'two ',
    'a dozen ',
    ' million',
    ' percent',
    ' people',
    ' in 2017',
    'US$',
    'twenty-',
    '\uD800',
  );
  const texts = fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join(''));

  it('never throws and returns valid, sorted, non-overlapping spans', () => {
    fc.assert(
      fc.property(fc.oneof(texts, fc.string({ unit: 'grapheme', maxLength: 200 })), (text) => {
        let lastEnd = 0;
        for (const finding of findQuantities(text)) {
          expect(finding.span.start).toBeGreaterThanOrEqual(lastEnd);
          expect(finding.span.end).toBeGreaterThan(finding.span.start);
          expect(finding.span.end).toBeLessThanOrEqual(text.length);
          expect(Number.isFinite(finding.value)).toBe(true);
          lastEnd = finding.span.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
