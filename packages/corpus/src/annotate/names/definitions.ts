/**
 * What the text says a name is. News and interviews introduce a name they expect readers not to
 * know by saying what it is: `Stardust is a NASA space capsule that…`, `Andrew Westphal, the
 * director of Stardust @ home,`, `Acme is a Texas company`. The head noun of that predicate or
 * apposition types the name: a person, a place, an organisation, or a made thing or happening
 * (`capsule`, `mission`), which names none of the three.
 */
import { isThingHead } from './classify-name.js';
import { ORGANIZATION_HEADS, PERSON_TITLES, PLACE_HEADS, PLACE_NOUNS } from './name-cues.js';
import { isOccupation } from './occupations.js';
import type { Run } from './run-words.js';
import type { NameType } from './types.js';
import type { Word } from './words.js';

export interface Definition {
  kind: NameType | 'thing';
  /** The head noun that says so. */
  head: Word;
}

const COPULAS = new Set(['is', 'was']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words that end the noun phrase before its head could be further on. */
const PHRASE_ENDS = new Set([
  'that',
  'which',
  'who',
  'whose',
  'of',
  'for',
  'in',
  'on',
  'at',
  'with',
  'from',
  'to',
  'by',
  'and',
  'or',
  'but',
  'since',
  'where',
  'when',
]);
/** Words between the article and the head noun, at most (`a NASA Discovery space capsule`). */
const LONGEST_MODIFIERS = 5;

/** The definition that follows a run (`X is a …`, `X, a …`), if there is one the lists know. */
export function definitionOf(run: Run, words: readonly Word[]): Definition | undefined {
  const next = words[run.last + 1];
  if (next === undefined) return undefined;
  const copula = COPULAS.has(next.key) && !next.capitalised;
  const apposition = next.text === ',';
  if (!copula && !apposition) return undefined;
  const article = words[run.last + 2];
  if (article === undefined || !ARTICLES.has(article.key) || article.capitalised) return undefined;
  let head: Word | undefined;
  const first = run.last + 3;
  for (let index = first; index < first + LONGEST_MODIFIERS + 1; index++) {
    const word = words[index];
    if (word === undefined || !word.hasLetter || PHRASE_ENDS.has(word.key)) break;
    if (word.key === '’s' || word.key === "'s") continue;
    if (!word.capitalised && word.pos === 'NOUN') head = word;
    else if (!word.capitalised && word.pos !== 'ADJ' && word.pos !== 'NUM') break;
  }
  if (head === undefined) return undefined;
  const kind = kindOf(head);
  // `the` makes a relation rather than a class: `was the center of the Zeitgeist`, `Taiwan, the
  // lantern festival is…`. Only a role says what a person is that way (`the director of`).
  if (kind === undefined || (article.key === 'the' && kind !== 'person')) return undefined;
  return { kind, head };
}

function kindOf(head: Word): Definition['kind'] | undefined {
  if (isOccupation(head.key) || PERSON_TITLES.has(head.key)) return 'person';
  if (PLACE_NOUNS.has(head.key) || PLACE_HEADS.has(head.key)) return 'place';
  if (ORGANIZATION_HEADS.has(head.key)) return 'organization';
  if (isThingHead(head)) return 'thing';
  return undefined;
}
