/**
 * A known place that stands for a body: its government when it acts (`North Korea fired`), its
 * team in a match (`Sweden 1 – 0 Mexico`). GUM types such a place an organisation, and, as it
 * keeps one type per entity in a document, every mention of it (issue 3).
 */
import { CONTEST_WORDS } from './name-cues.js';
import { PLACE_NAMES } from './place-names.js';
import { keyOf, type Run } from './run-words.js';
import type { Word } from './words.js';

const COORDINATORS = new Set(['and', 'or', 'nor']);

/** Why the run is a place standing for a body, or undefined when it is not one. */
export function placeActingAsBody(run: Run, words: readonly Word[]): string | undefined {
  return actsAsBody(run, words) ?? playsAsTeam(run, words);
}

/**
 * A known place as the subject of a verb (`North Korea fired`, `Sweden defeated South Korea`) stands
 * for its government or its team, which GUM types as an organisation.
 * Only a lexical verb counts (`Myanmar is`, `Thailand has` describe the place), and only straight
 * after the name, which no preposition opens (`in Italy ask` has another subject).
 */
function actsAsBody(run: Run, words: readonly Word[]): string | undefined {
  // In a coordination (`Pakistan and China signed`) every conjunct is a subject of the verb.
  let next = run.last + 1;
  if (COORDINATORS.has(words[next]?.key ?? '') && words[next + 1]?.capitalised === true) {
    next += 1;
    while (words[next]?.capitalised === true && words[next + 1]?.capitalised === true) next += 1;
    next += 1;
  }
  const after = words[next];
  if (after === undefined || after.pos !== 'VERB' || after.capitalised) return undefined;
  // In a coordination (`between Pakistan and China grew`) what opens the first name decides.
  let opener = run.first - 1;
  if (COORDINATORS.has(words[opener]?.key ?? '')) {
    opener -= 1;
    while (words[opener]?.capitalised === true && !words[opener]?.sentenceInitial) opener -= 1;
    if (words[opener]?.capitalised === true) opener -= 1;
  }
  const before = words[opener];
  if (before !== undefined && !words[opener + 1]?.sentenceInitial) {
    if (before.capitalised || before.pos === 'ADP') return undefined;
    // `on Mauna Kea, Hawaii found`: the place that says where another is, not a subject.
    if (before.text === ',' && words[opener - 1]?.capitalised === true) return undefined;
    const further = words[opener - 1];
    if (before.key === 'the' && further?.pos === 'ADP') return undefined;
  }
  if (!PLACE_NAMES.has(keyOf(words, run.first, run.last))) return undefined;
  return `a place that ${after.text}`;
}

/** A known place met in a contest (`faced Panama`, `Sweden 1 – 0`) is a team. */
function playsAsTeam(run: Run, words: readonly Word[]): string | undefined {
  const before = words[run.first - 1];
  const after = words[run.last + 1];
  const contest = before !== undefined && CONTEST_WORDS.has(before.key) && !before.capitalised;
  const scoreAfter = isScore(words, run.last + 1);
  const scoreBefore = isScore(words, run.first - 3);
  if (!contest && !scoreAfter && !scoreBefore) return undefined;
  if (!PLACE_NAMES.has(keyOf(words, run.first, run.last))) return undefined;
  if (contest) return `after "${before?.text ?? ''}"`;
  return scoreAfter ? `followed by a score "${after?.text ?? ''}"` : 'after a score';
}

/** `1 – 0`, `3-1` from `index`: a match result. */
function isScore(words: readonly Word[], index: number): boolean {
  const first = words[index];
  if (first === undefined) return false;
  if (/^\d{1,2}[-–]\d{1,2}$/.test(first.text)) return true;
  const dash = words[index + 1]?.text ?? '';
  return (
    /^\d{1,2}$/.test(first.text) &&
    (dash === '–' || dash === '-') &&
    /^\d{1,2}$/.test(words[index + 2]?.text ?? '')
  );
}
