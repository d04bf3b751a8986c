import { describe, expect, it } from 'vitest';
import { segmentSentences, segmentWords } from './segment.js';

const sentences = (text: string) =>
  segmentSentences(text, { start: 0, end: text.length }).map((span) =>
    text.slice(span.start, span.end),
  );

describe('segmentSentences', () => {
  it('splits a seed paragraph where its sentences end', () => {
    const text =
      'Both parties shared a vision of mutual growth in global health innovation. They expressed strong interest in establishing formal frameworks to support training initiatives for researchers from Pakistan and other BRI countries.';
    expect(sentences(text)).toHaveLength(2);
  });

  it('keeps "P.c.", titles and initials inside their sentence', () => {
    expect(sentences('P.c. China Pakistan Economic Corridor')).toEqual([
      'P.c. China Pakistan Economic Corridor',
    ]);
    expect(sentences('Dr. Mao Zhixia met Mr. J. Nawab. They spoke.')).toEqual([
      'Dr. Mao Zhixia met Mr. J. Nawab.',
      'They spoke.',
    ]);
    expect(sentences('K.C. Maurer, the treasurer, said so. Then he left.')).toEqual([
      'K.C. Maurer, the treasurer, said so.',
      'Then he left.',
    ]);
    expect(sentences('Acme Ltd. said on Jan. 5 it would grow. Then it did.')).toEqual([
      'Acme Ltd. said on Jan. 5 it would grow.',
      'Then it did.',
    ]);
  });

  it('keeps the seed’s doubled full stop as a sentence end', () => {
    const text =
      'Li Jinbo, Deputy Director-General of the Department of Industrial Planning.. As a follow up to the Belt and Road Forum, Zhang Xiaoqiang heard the report.';
    expect(sentences(text)).toHaveLength(2);
  });

  it('reads only the last word before a full stop, whatever comes before it', () => {
    expect(sentences('Talks with the (U.S. and others went well. Then they ended.')).toEqual([
      'Talks with the (U.S. and others went well.',
      'Then they ended.',
    ]);
    expect(sentences(`${'Long words '.repeat(30)}by “Dr. Mao Zhixia.`)).toHaveLength(1);
    expect(sentences('It rose 5. Then it fell!')).toEqual(['It rose 5.', 'Then it fell!']);
  });

  it('gives spans without surrounding white space', () => {
    const text = '  One sentence.   Two sentences.  ';
    for (const span of segmentSentences(text, { start: 0, end: text.length })) {
      expect(text.slice(span.start, span.end)).toBe(text.slice(span.start, span.end).trim());
    }
  });
});

describe('segmentWords', () => {
  it('finds the words, not the spaces and punctuation', () => {
    const text = 'BGI’s Shenzhen headquarters, 30,000 donors';
    expect(segmentWords(text).map((span) => text.slice(span.start, span.end))).toEqual([
      'BGI’s',
      'Shenzhen',
      'headquarters',
      '30,000',
      'donors',
    ]);
  });
});
