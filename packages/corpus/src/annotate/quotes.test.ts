import type { Span } from '@genebelt/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes, type MentionRef } from './quotes.js';

// Seed 000 (BGI and the Belt and Road), paragraphs as the corpus holds them.
const SEED_000 = [
  'BGI Plays an Active Part in the Construction of the “Belt and Road”',
  'The “Storage, Reading and Writing” of genes is a scientific cornerstone and engine of life ' +
    'science innovation into the future, with the promise of significantly improving the health ' +
    'of people in both developed and developing countries along the “Belt and Road.” As the ' +
    'world’s leading R&D and genomics organization, BGI Group has accelerated efforts in the ' +
    '“Belt and Road” initiative, following its participation in the Belt and Road Forum for ' +
    'International Cooperation in May.',
  'On June 8, BGI Group was invited to attend a seminar focusing on the construction of the ' +
    '“Belt and Road” in Shenzhen. As a “leading Shenzhen-based enterprise” BGI Group has a ' +
    'powerful brand. BGI Group supports people in countries along the “Belt and Road” to achieve ' +
    'the goal of “healthy birth, fewer diseases.”',
  'As a follow up to the Belt and Road Forum, Zhang Xiaoqiang heard BGI Group’s report on its ' +
    'activities and vision around the construction of the “Belt and Road,” and provided his ' +
    'feedback on how to promote the implementation of various tasks in the next stage, noting ' +
    'that BGI Group’s vision for the construction of the “Belt and Road” aligns with the nation’s ' +
    'strategic direction.',
].join('\n\n');

// Seed 002 (BGI training for young Pakistani researchers), its last two paragraphs.
const SEED_002 =
  'In a related initiative, Nawab also announced Pakistan’s first Virtual Blood Bank Centre, ' +
  'aimed at transforming emergency response by connecting patients with over 30,000 registered ' +
  'blood donors via a dedicated emergency helpline. This innovation underscores the shared goal ' +
  'of improving healthcare accessibility through technology.\n\n' +
  'Calling BGI a "shining example of innovation," Nawab encouraged Pakistani youth to engage in ' +
  'science, technology, and humanitarian causes like blood donation—emphasizing that "every ' +
  'drop of blood can save a life."';

/** Every occurrence of `words` in `text`, from `from` on, as mentions of one entity. */
function mentionsOf(
  text: string,
  words: string,
  entityId: string,
  type: MentionRef['type'],
): MentionRef[] {
  const found: MentionRef[] = [];
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    found.push({ span: { start: at, end: at + words.length }, entityId, type });
  }
  return found;
}

/** Sentences split at ". " and blank lines, as a segmenter would. */
function sentencesOf(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(/(?<=[.!?][”"]?)\s+|\n\n/g)) {
    const end = match.index;
    if (end > start) spans.push({ start, end });
    start = end + match[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

const slice = (text: string, span: Span | null) => (span ? text.slice(span.start, span.end) : null);

describe('findQuotes on seed 000', () => {
  const mentions = [
    ...mentionsOf(SEED_000, 'BGI Group', 'bgi', 'organization'),
    ...mentionsOf(SEED_000, 'Zhang Xiaoqiang', 'zhang', 'person'),
    ...mentionsOf(SEED_000, 'Belt and Road Forum', 'forum', 'event'),
  ];
  const quotes = findQuotes(SEED_000, sentencesOf(SEED_000), mentions);

  it('finds every quoted phrase, inside the marks, with the punctuation they enclose', () => {
    expect(quotes.map((quote) => slice(SEED_000, quote.span))).toEqual([
      'Belt and Road',
      'Storage, Reading and Writing',
      'Belt and Road.',
      'Belt and Road',
      'Belt and Road',
      'leading Shenzhen-based enterprise',
      'Belt and Road',
      'healthy birth, fewer diseases.',
      'Belt and Road,',
      'Belt and Road',
    ]);
  });

  it('has no speech: terms, a scare phrase and a slogan', () => {
    expect(quotes.map((quote) => quote.kind)).toEqual([
      'term',
      'term',
      'term',
      'term',
      'term',
      'scare',
      'term',
      'slogan',
      'term',
      'term',
    ]);
    for (const quote of quotes) {
      expect(quote.speakerEntityId).toBeNull();
      expect(quote.cue).toBeNull();
    }
  });
});

describe('findQuotes on seed 002', () => {
  const mentions = [
    ...mentionsOf(SEED_002, 'Nawab', 'qaiser-nawab', 'person'),
    ...mentionsOf(SEED_002, 'BGI', 'bgi', 'organization'),
  ];

  it('attributes both quotes to Nawab with their cues', () => {
    for (const sentences of [sentencesOf(SEED_002), []]) {
      const quotes = findQuotes(SEED_002, sentences, mentions);
      expect(
        quotes.map((quote) => ({
          text: slice(SEED_002, quote.span),
          kind: quote.kind,
          speaker: quote.speakerEntityId,
          cue: slice(SEED_002, quote.cue),
        })),
      ).toEqual([
        {
          text: 'shining example of innovation,',
          kind: 'speech',
          speaker: 'qaiser-nawab',
          cue: 'Calling',
        },
        {
          text: 'every drop of blood can save a life.',
          kind: 'speech',
          speaker: 'qaiser-nawab',
          cue: 'emphasizing that',
        },
      ]);
      for (const quote of quotes) expect(quote.confidence).toBeGreaterThanOrEqual(0.8);
    }
  });
});

describe('findQuotes on news phrasing', () => {
  it('takes he/she for the first person of the sentence before, when its own names none', () => {
    const text =
      'For Kevin Allton, a USI instructor, Warhol was also a legend. He said, “Andy Warhol was ' +
      'the center of the Zeitgeist.” Smith met Jones later, and then Smith said: “We agree.”';
    const mentions = [
      ...mentionsOf(text, 'Kevin Allton', 'kevin-allton', 'person'),
      ...mentionsOf(text, 'Warhol', 'warhol', 'person').filter(
        (mention) => text.slice(mention.span.start - 5, mention.span.start) !== 'Andy ',
      ),
      ...mentionsOf(text, 'Andy Warhol', 'warhol', 'person'),
      ...mentionsOf(text, 'Smith', 'smith', 'person'),
      ...mentionsOf(text, 'Jones', 'jones', 'person'),
    ];
    const quotes = findQuotes(text, sentencesOf(text), mentions);
    expect(quotes.map((quote) => quote.speakerEntityId)).toEqual(['kevin-allton', 'smith']);
  });

  it('reads cues after the quote, pronouns and organisations', () => {
    const text =
      'Smith met the press on Monday. “We will win,” he said. “It is over,” said the ministry. ' +
      '“No comment,” Jones told Reuters.';
    const mentions = [
      ...mentionsOf(text, 'Smith', 'smith', 'person'),
      ...mentionsOf(text, 'ministry', 'ministry', 'organization'),
      ...mentionsOf(text, 'Jones', 'jones', 'person'),
    ];
    const quotes = findQuotes(text, sentencesOf(text), mentions);
    expect(
      quotes.map((quote) => [quote.kind, quote.speakerEntityId, slice(text, quote.cue)]),
    ).toEqual([
      ['speech', 'smith', 'said'],
      ['speech', 'ministry', 'said'],
      ['speech', 'jones', 'told'],
    ]);
  });

  it('reads cues before the quote, including a colon at the end of the paragraph before', () => {
    const text =
      'Braverman told GB News: “It is clear that we have a problem.” According to Sky News, ' +
      '“the plan is ready.” Obama tweeted:\n\n“Cool clock, Ahmed.”';
    const mentions = [
      ...mentionsOf(text, 'Braverman', 'braverman', 'person'),
      ...mentionsOf(text, 'Sky News', 'sky', 'outlet'),
      ...mentionsOf(text, 'Obama', 'obama', 'person'),
    ];
    const quotes = findQuotes(text, sentencesOf(text), mentions);
    expect(
      quotes.map((quote) => [quote.kind, quote.speakerEntityId, slice(text, quote.cue)]),
    ).toEqual([
      ['speech', 'braverman', 'told'],
      ['speech', 'sky', 'According to'],
      ['speech', 'obama', 'tweeted'],
    ]);
  });

  it('tells titles, names and scare quotes apart', () => {
    const text =
      'She wrote the book “The Long Road” about a team named “Hope” and a so-called “deal”. ' +
      'Critics found the “reform” a “modest step forward”.';
    const quotes = findQuotes(text, sentencesOf(text), []);
    expect(quotes.map((quote) => [slice(text, quote.span), quote.kind])).toEqual([
      ['The Long Road', 'title'],
      ['Hope', 'term'],
      ['deal', 'scare'],
      ['reform', 'scare'],
      ['modest step forward', 'scare'],
    ]);
  });

  it('takes short quoted words that run into another sentence for speech, not scare quotes', () => {
    const text = 'Visitors stood in line. “It’s Warhol. He is a legend.” Others left.';
    const quotes = findQuotes(text, sentencesOf(text), []);
    expect(quotes.map((quote) => [slice(text, quote.span), quote.kind])).toEqual([
      ['It’s Warhol. He is a legend.', 'speech'],
    ]);
  });

  it('never pairs marks across a blank line, but keeps a quote that runs on', () => {
    const stray = 'He called it “unfair.\n\nThe vote is next week.”';
    expect(findQuotes(stray, [], [])).toEqual([]);
    const runOn = 'Nawab said: “The first part goes on\n\n“and the second ends.”';
    const quotes = findQuotes(runOn, [], mentionsOf(runOn, 'Nawab', 'nawab', 'person'));
    expect(quotes.map((quote) => slice(runOn, quote.span))).toEqual([
      'The first part goes on',
      'and the second ends.',
    ]);
    expect(quotes[0]).toMatchObject({ kind: 'speech', speakerEntityId: 'nawab' });
  });

  it('ignores inch marks and apostrophes', () => {
    expect(findQuotes("He is 5'11\" tall and BGI's chief.", [], [])).toEqual([]);
  });
});

describe('findQuotes on any input', () => {
  const alphabet = fc.constantFrom(
    ...'ab XY 01 ,.;:-—\'"“”‘’\n\t()é中😀'.split(''),
    '\n\n',
    ' said ',
    ' he ',
    'Calling ',
    ' noting that ',
    'According to X, ',
    '\uD800',
  );
  const texts = fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join(''));
  const spans = (length: number) =>
    fc.array(
      fc
        .tuple(fc.integer({ min: -2, max: length + 2 }), fc.integer({ min: -2, max: length + 2 }))
        .map(([start, end]) => ({ start, end })),
      { maxLength: 8 },
    );

  it('never throws and returns valid, sorted, non-overlapping spans', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(texts, fc.string({ unit: 'grapheme', maxLength: 200 }))
          .chain((text) => fc.tuple(fc.constant(text), spans(text.length), spans(text.length))),
        ([text, sentences, mentionSpans]) => {
          const mentions: MentionRef[] = mentionSpans.map((span, i) => ({
            span,
            entityId: `e${i}`,
            type: i % 2 === 0 ? 'person' : 'organization',
          }));
          let lastEnd = 0;
          for (const quote of findQuotes(text, sentences, mentions)) {
            expect(quote.span.start).toBeGreaterThanOrEqual(lastEnd);
            expect(quote.span.end).toBeGreaterThan(quote.span.start);
            expect(quote.span.end).toBeLessThanOrEqual(text.length);
            expect(quote.confidence).toBeGreaterThanOrEqual(0);
            expect(quote.confidence).toBeLessThanOrEqual(1);
            if (quote.cue) {
              expect(quote.cue.start).toBeGreaterThanOrEqual(0);
              expect(quote.cue.end).toBeLessThanOrEqual(text.length);
              expect(quote.cue.end).toBeGreaterThan(quote.cue.start);
            }
            lastEnd = quote.span.end;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
