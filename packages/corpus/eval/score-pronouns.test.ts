import { describe, expect, it } from 'vitest';
import type { EvalDocument, EvalToken, GoldMention } from './conllu.js';
import { scorePronouns } from './score-pronouns.js';

/** "Kim met Lee. He left." with GUM-style gold: `He` is the entity `pronounOf`. */
function document(pronounOf: string): EvalDocument {
  const text = 'Kim met Lee. He left.';
  const words = ['Kim', 'met', 'Lee', '.', 'He', 'left', '.'];
  let at = 0;
  const tokens: EvalToken[] = words.map((form, index) => {
    const start = text.indexOf(form, at);
    at = start + form.length;
    return {
      span: { start, end: at },
      form,
      upos: 'X',
      xpos: 'X',
      head: -1,
      deprel: 'dep',
      sentence: index < 4 ? 0 : 1,
    };
  });
  const mention = (token: number, entity: string, isNamed: boolean): GoldMention => {
    const span = tokens[token]?.span ?? { start: 0, end: 0 };
    return {
      span,
      type: 'person',
      identity: null,
      entity,
      isNamed,
      nameSpan: isNamed ? span : null,
      firstToken: token,
      lastToken: token,
    };
  };
  return {
    name: 'test',
    title: '',
    dateCreated: '2020-01-01',
    text,
    sentences: [
      { start: 0, end: 12 },
      { start: 13, end: 21 },
    ],
    paragraphs: [{ start: 0, end: 21 }],
    mentions: [mention(0, '1', true), mention(2, '2', true), mention(4, pronounOf, false)],
    dates: [],
    tokens,
  };
}

describe('scorePronouns', () => {
  it('counts a he/she with a named person in reach, right when it corefers with the pick', () => {
    // The first person of the sentence before: Kim.
    expect(scorePronouns([document('1')])).toEqual({ pronouns: 1, right: 1 });
    expect(scorePronouns([document('2')])).toEqual({ pronouns: 1, right: 0 });
  });
});
