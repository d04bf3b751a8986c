import { describe, expect, it } from 'vitest';
import {
  find,
  SEED_002_EXCERPT,
  seed000Document,
  seed002Document,
  seedCorpus,
} from '../test/fixtures/seed-corpus.js';
import { Event, Mention, Quantity, Quote, TemporalExpression, textQuoteAt } from './index.js';

const pathsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('Mention', () => {
  const mention = seed002Document().mentions[0];

  it('accepts a seed mention and rejects a bad origin and confidence', () => {
    expect(Mention.parse(mention)).toEqual(mention);
    expect(pathsOf(Mention.safeParse({ ...mention, origin: 'guess', confidence: 1.5 }))).toEqual([
      'origin',
      'confidence',
    ]);
  });
});

describe('TemporalExpression', () => {
  const expression = seed000Document().temporalExpressions[0];

  it('keeps what was written apart from what it was resolved to', () => {
    expect(TemporalExpression.parse(expression)).toEqual(expression);
    expect(expression?.written).toBe('XXXX-06-15');
    expect(expression?.resolution).toMatchObject({ status: 'resolved', basis: 'context' });
  });

  it('rejects a resolved date that hides its precision', () => {
    const broken = {
      ...expression,
      resolution: {
        status: 'resolved',
        date: { value: '2017-06-15', precision: 'month' },
        basis: 'context',
        explanation: 'x',
        evidence: [],
      },
    };
    expect(pathsOf(TemporalExpression.safeParse(broken))).toEqual(['resolution.date.value']);
  });
});

describe('Quote', () => {
  const text = SEED_002_EXCERPT.concat(' Nawab noted that "every drop of blood can save a life."');
  const span = find(text, 'every drop of blood can save a life.');
  const cue = find(text, 'noted that');
  const quote = {
    id: 'q-1',
    span,
    anchor: textQuoteAt(text, span),
    sentenceId: 's-7',
    kind: 'speech',
    speakerEntityId: 'qaiser-nawab',
    cue: { span: cue, anchor: textQuoteAt(text, cue) },
    origin: 'rule',
    confidence: 0.8,
  };

  it('accepts speech with speaker and cue, and scare quotes without', () => {
    expect(Quote.parse(quote)).toEqual(quote);
    expect(
      Quote.safeParse({ ...quote, kind: 'scare', speakerEntityId: null, cue: null }).success,
    ).toBe(true);
  });

  it('rejects an unknown kind', () => {
    expect(pathsOf(Quote.safeParse({ ...quote, kind: 'rumour' }))).toEqual(['kind']);
  });
});

describe('Quantity', () => {
  const quantity = seed002Document().quantities[0];

  it('holds “over 30,000 registered blood donors” as value, unit and qualifier', () => {
    expect(Quantity.parse(quantity)).toMatchObject({
      value: 30000,
      unit: 'registered blood donors',
      qualifier: 'over',
    });
  });

  it('rejects a value that is not a number and an unknown qualifier', () => {
    expect(
      pathsOf(Quantity.safeParse({ ...quantity, value: '30,000', qualifier: 'more than' })),
    ).toEqual(['value', 'qualifier']);
  });
});

describe('Event', () => {
  const event = seedCorpus().events[0];

  it('accepts the seed visit with participants and supporting sentence', () => {
    expect(Event.parse(event)).toEqual(event);
  });

  it('requires at least one supporting sentence and a known type', () => {
    expect(pathsOf(Event.safeParse({ ...event, evidence: [], type: 'gathering' }))).toEqual([
      'type',
      'evidence',
    ]);
  });
});
