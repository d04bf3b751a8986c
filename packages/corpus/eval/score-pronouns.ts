/**
 * Scores the pronoun resolution that quote attribution relies on ("He said, …": who is he?)
 * against GUM's coreference: every he/she that GUM marks as a person, with a named person
 * mentioned before it in its sentence or the one before, counts; it is right when
 * `pronounAntecedent`, given GUM's sentences and its named person mentions, picks a mention of
 * the same GUM entity.
 */
import { pronounAntecedent } from '../src/annotate/quotes.js';
import type { EvalDocument } from './conllu.js';

export interface PronounScores {
  /** He/she with a named person within reach. */
  pronouns: number;
  right: number;
}

const PERSONAL = /^(?:he|she)$/i;

export function scorePronouns(documents: readonly EvalDocument[]): PronounScores {
  let pronouns = 0;
  let right = 0;
  for (const document of documents) {
    const { text, mentions, sentences, tokens } = document;
    const sentenceOf = (token: number) => tokens[token]?.sentence ?? -1;
    const people = mentions
      .filter((mention) => mention.type === 'person' && mention.isNamed)
      .sort((a, b) => a.span.start - b.span.start);
    const refs = people.map((mention) => ({
      span: mention.span,
      entityId: mention.entity,
      type: 'person' as const,
    }));
    for (const pronoun of mentions) {
      if (pronoun.type !== 'person') continue;
      if (!PERSONAL.test(text.slice(pronoun.span.start, pronoun.span.end))) continue;
      const sentence = sentenceOf(pronoun.firstToken);
      const inReach = people.some(
        (person) =>
          person.span.end <= pronoun.span.start && sentenceOf(person.firstToken) >= sentence - 1,
      );
      if (!inReach) continue;
      pronouns += 1;
      if (pronounAntecedent(text, sentences, refs, pronoun.span) === pronoun.entity) right += 1;
    }
  }
  return { pronouns, right };
}

export function formatPronounScores(scores: PronounScores): string {
  const share = scores.pronouns === 0 ? 0 : (100 * scores.right) / scores.pronouns;
  return `  pronouns (he/she -> named person, for quote speakers): ${scores.right} of ${scores.pronouns} right (${share.toFixed(1)})`;
}
