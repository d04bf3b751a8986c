import type { Span } from '@genebelt/model';
import { describe, expect, it } from 'vitest';
import type { EvalDocument, GoldDate } from './conllu.js';
import { scoreDates, scoreDatesWithRows } from './score-dates.js';

function gold(text: string, words: string, when: string): GoldDate {
  const start = text.indexOf(words);
  const span: Span = { start, end: start + words.length };
  return { span, when, attributes: when.includes('/') ? {} : { when } };
}

function documentOf(text: string, dateCreated: string, dates: (t: string) => GoldDate[]) {
  const document: EvalDocument = {
    name: 'doc',
    title: 'Title',
    dateCreated,
    text,
    sentences: [],
    paragraphs: [],
    mentions: [],
    dates: dates(text),
    tokens: [],
  };
  return document;
}

// Written in the manner of a Wikinews report; not taken from the GUM test pair.
const TEXT =
  'Friday, July 21, 2017\n\nThe team won on Tuesday, its first medal since 2015. ' +
  'It had been refused visas last week. The final was held on December 28.';

describe('scoreDates', () => {
  const document = documentOf(TEXT, '2017-07-21', (text) => [
    gold(text, 'Friday, July 21, 2017', '2017-07-21'),
    gold(text, 'Tuesday', '2017-07-18'),
    gold(text, '2015', '2015'),
    gold(text, 'last week', '2017-07-10/2017-07-16'),
    gold(text, 'December 28', '2017-12-28'),
  ]);

  it('counts detection by overlap and resolution at the gold precision', () => {
    expect(scoreDates([document])).toEqual({
      gold: 5,
      predicted: 4,
      detected: 4,
      detectionPrecision: 1,
      detectionRecall: 0.8,
      // December 28 is read as the last one before publication (2016), which the gold says is not.
      resolutionAccuracy: 0.75,
    });
  });

  it('explains each gold date', () => {
    const { rows } = scoreDatesWithRows([document]);
    expect(rows.map((row) => [row.text, row.outcome, row.predicted])).toEqual([
      ['Friday, July 21, 2017', 'right', '2017-07-21'],
      ['Tuesday', 'right', '2017-07-18'],
      ['2015', 'right', '2015'],
      ['last week', 'missed', null],
      ['December 28', 'wrong', '2016-12-28'],
    ]);
  });

  it('gives zeros, not NaN, for no documents', () => {
    expect(scoreDates([])).toEqual({
      gold: 0,
      predicted: 0,
      detected: 0,
      detectionPrecision: 0,
      detectionRecall: 0,
      resolutionAccuracy: 0,
    });
  });
});
