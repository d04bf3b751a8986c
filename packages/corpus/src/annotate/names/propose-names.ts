/**
 * Proposes person, organisation and place names in a text. Candidates are runs of capitalised
 * words found with wink's part-of-speech tagger (`find-runs.ts`); the evidence for each one's type
 * comes from its words and context (`classify-name.ts`) and is pooled over the whole text
 * (`choose-types.ts`). Storms' names (`Cyclone Phailin`) are dropped (`storm-names.ts`); places
 * come from a hand-kept list (`place-names.ts`) and, as weaker evidence, from public lists of
 * countries and large cities (`world-places.ts`).
 */
import { findAcronyms } from './acronyms.js';
import { dropBareHeads } from './bare-heads.js';
import { type Candidate, chooseTypes } from './choose-types.js';
import {
  ACRONYM_REASON,
  evidenceFromContext,
  evidenceFromForm,
  isNotAName,
  isThingHead,
  type Occurrences,
  runKey,
} from './classify-name.js';
import { definitionOf } from './definitions.js';
import { findRuns } from './find-runs.js';
import { headlineLines } from './headlines.js';
import { isLowerCaseAcronym } from './lower-case-acronyms.js';
import { nestedPersonRuns } from './nested-people.js';
import { nestedPlaceRuns } from './nested-places.js';
import { PLACE_NAMES } from './place-names.js';
import type { Run } from './run-words.js';
import { speciesGenera } from './species-names.js';
import { dropStormNames } from './storm-names.js';
import { tagTokens } from './tag-tokens.js';
import type { NameCandidate, NameType, ProposeNamesOptions } from './types.js';
import { isCraftUse } from './vehicles.js';
import { toWords, type Word } from './words.js';

const EMPTY_GAZETTEER: ReadonlyMap<string, NameType> = new Map();

/** A place inside a longer name is taken from a list, but its reading as a place is not checked. */
const NESTED_PLACE_CONFIDENCE = 0.6;
/** A person inside a longer name is one this text names on its own: as sure as that reading. */
const NESTED_PERSON_CONFIDENCE = 0.6;

export function proposeNames(text: string, options: ProposeNamesOptions = {}): NameCandidate[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const gazetteer = options.gazetteer ?? EMPTY_GAZETTEER;
  const words = toWords(text, tagTokens(text));
  const isKnownName = (key: string) => gazetteer.has(key) || PLACE_NAMES.has(key);
  const lowerCaseKeys = new Set<string>();
  for (const word of words) {
    if (!word.capitalised && !word.sentenceInitial && word.hasLetter) lowerCaseKeys.add(word.key);
  }

  const headlines = headlineLines(words);
  const onHeadline = (first: number) => headlines.has(words[first]?.line ?? -1);
  const runs = dropBareHeads(
    dropStormNames(
      keepNamesInsideEvents(findRuns({ words, lowerCaseKeys, isKnownName }), words),
      words,
    ),
    words,
  );
  // A name the text says is a made thing or a happening (`Stardust is a NASA space capsule`) is
  // none of the three types, wherever it stands; so is an acronym it spells out in lower case
  // (`VM (virtual microscope)`), and the genus of a species (`Formica fusca`).
  const things = speciesGenera(runs, words);
  for (const run of runs) {
    if (definitionOf(run, words)?.kind === 'thing' || isLowerCaseAcronym(run, words)) {
      things.add(runKey(run, words));
    }
  }
  const bodyKeys = new Set<string>();
  for (const run of runs) {
    if (!onHeadline(run.first)) bodyKeys.add(runKey(run, words));
  }
  // On headline-case lines capitals mark nothing, so only names the body or the lists know count.
  const isConfirmed = (key: string) => bodyKeys.has(key) || isKnownName(key);
  const kept: Run[] = [];
  for (const run of runs) {
    if (things.size > 0 && things.has(runKey(run, words))) continue;
    if (onHeadline(run.first)) kept.push(...confirmedParts(run, words, isConfirmed));
    else kept.push(run);
  }
  // Each run's key is built once: the steps below look names up by it many times.
  const keys = kept.map((run) => runKey(run, words));

  const acronyms = findAcronyms(kept, words);
  const occurrences = new Map<string, Occurrences>();
  kept.forEach((run, index) => {
    const key = keys[index] ?? '';
    let count = occurrences.get(key);
    if (count === undefined) {
      count = { all: 0, likeThing: 0 };
      occurrences.set(key, count);
    }
    count.all += 1;
    if (
      words[run.first - 1]?.key === 'the' ||
      isThingHead(words[run.last + 1]) ||
      isCraftUse(run, words)
    ) {
      count.likeThing += 1;
    }
  });
  const lowerCaseCounts = countLowerCase(kept, keys, words, lowerCaseKeys);
  const candidates: Candidate[] = kept.map((run, index) => {
    const key = keys[index] ?? '';
    const evidence = evidenceFromForm(
      run,
      words,
      gazetteer,
      occurrences.get(key) ?? { all: 0, likeThing: 0 },
      key,
      lowerCaseCounts,
    );
    // The evidence is made afresh for this run, so marking it in place is safe.
    for (const item of evidence) item.once = true;
    for (const item of evidenceFromContext(run, words)) evidence.push(item);
    return { run, key, evidence };
  });
  // Having an acronym is mild evidence of a body, and one fact: counted once for the name and its
  // acronym (which share their evidence), so that it never outweighs what the name's own words say
  // (`International Space Station (ISS)` is a place).
  for (const { expansion, acronym } of acronyms) {
    const short = candidates[acronym];
    if (short?.evidence.some((item) => item.reason === ACRONYM_REASON)) continue;
    candidates[expansion]?.evidence.push({
      type: 'organization',
      weight: 0.8,
      reason: 'defined with an acronym',
      once: true,
    });
  }

  const choices = chooseTypes(candidates, words, acronyms, lowerCaseKeys);
  // Only the strong lists: the public list of cities holds words that are rarely places inside a
  // name (`Springs`, `Metro`, `Batman`).
  const isPlace = (key: string) => PLACE_NAMES.has(key) || gazetteer.get(key) === 'place';
  // The names this text takes for people where they stand alone.
  const people = new Set<string>();
  candidates.forEach((candidate, index) => {
    if (choices[index]?.type === 'person') people.add(candidate.key);
  });
  const isPerson = (key: string) => people.has(key);
  // Each defined acronym's name, as first written, for every mention of the acronym.
  const abbreviationOf = new Map<string, string>();
  for (const { expansion, acronym } of acronyms) {
    const short = candidates[acronym];
    const full = candidates[expansion];
    if (!short || !full || abbreviationOf.has(short.key)) continue;
    if (choices[acronym]?.type !== choices[expansion]?.type) continue;
    const from = words[full.run.first]?.start ?? 0;
    abbreviationOf.set(short.key, text.slice(from, words[full.run.last]?.end ?? from));
  }
  const proposals: NameCandidate[] = [];
  candidates.forEach((candidate, index) => {
    const choice = choices[index];
    const first = words[candidate.run.first];
    const last = words[candidate.run.last];
    if (!choice || first === undefined || last === undefined) return;
    const abbreviates = abbreviationOf.get(candidate.key);
    proposals.push({
      span: { start: first.start, end: last.end },
      ...choice,
      ...(abbreviates === undefined ? {} : { abbreviates }),
    });
    if (choice.type === 'person') return;
    const outer = text.slice(first.start, last.end);
    const inPeople = nestedPersonRuns(candidate.run, words, isPerson);
    for (const inner of inPeople) {
      proposals.push({
        span: { start: words[inner.first]?.start ?? 0, end: words[inner.last]?.end ?? 0 },
        type: 'person',
        confidence: NESTED_PERSON_CONFIDENCE,
        origin: 'rule',
        reason: `a person this text names, named inside "${outer}"`,
      });
    }
    for (const inner of nestedPlaceRuns(candidate.run, words, isPlace)) {
      // A name is one person's or one place's, never both (`Washington` in `George Washington …`).
      if (inPeople.some((person) => person.first <= inner.last && inner.first <= person.last)) {
        continue;
      }
      const start = words[inner.first]?.start ?? 0;
      const end = words[inner.last]?.end ?? 0;
      proposals.push({
        span: { start, end },
        type: 'place',
        confidence: NESTED_PLACE_CONFIDENCE,
        origin: 'rule',
        reason: `a listed place named inside "${outer}"`,
      });
    }
  });
  // Outer names before the names inside them.
  return proposals.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/**
 * How often the text writes, in lower case and mid-sentence, the words that make up one-word
 * candidates; only those are counted, as only they are weighed against their lower-case uses.
 */
function countLowerCase(
  runs: readonly Run[],
  keys: readonly string[],
  words: readonly Word[],
  lowerCaseKeys: ReadonlySet<string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  runs.forEach((run, index) => {
    const key = keys[index] ?? '';
    if (run.first === run.last && lowerCaseKeys.has(key)) counts.set(key, 0);
  });
  if (counts.size === 0) return counts;
  for (const word of words) {
    if (word.capitalised || word.sentenceInitial) continue;
    const count = counts.get(word.key);
    if (count !== undefined) counts.set(word.key, count + 1);
  }
  return counts;
}

/**
 * Drops runs that name events, laws or nationalities, keeping a name they open when the text uses
 * it on its own too (`Google` in `Google Science Fair`).
 */
function keepNamesInsideEvents(runs: readonly Run[], words: readonly Word[]): Run[] {
  const notNames = runs.map((run) => isNotAName(run, words));
  if (!notNames.includes(true)) return [...runs];
  const names = new Set<string>();
  runs.forEach((run, index) => {
    if (!notNames[index]) names.add(runKey(run, words));
  });
  const kept: Run[] = [];
  for (const [index, run] of runs.entries()) {
    if (!notNames[index]) {
      kept.push(run);
      continue;
    }
    for (let last = run.last - 1; last >= run.first; last -= 1) {
      const prefix = { ...run, last };
      // Only a plain run of capitalised words: `Belt and Road` in `Belt and Road Forum` is the
      // event's own wording, not a separate name.
      if (!words.slice(run.first, last + 1).every((word) => word.capitalised)) break;
      if (names.has(runKey(prefix, words))) {
        kept.push(prefix);
        break;
      }
    }
  }
  return kept;
}

/** The longest parts of a headline run that are names known from elsewhere, left to right. */
function confirmedParts(
  run: Run,
  words: readonly Word[],
  isConfirmed: (key: string) => boolean,
): Run[] {
  const parts: Run[] = [];
  let first = run.first;
  while (first <= run.last) {
    let found = -1;
    for (let last = run.last; last >= first && found < 0; last -= 1) {
      if (isConfirmed(runKey({ ...run, first, last }, words))) found = last;
    }
    if (found < 0) {
      first += 1;
      continue;
    }
    parts.push({ ...run, first, last: found, afterTitle: false });
    first = found + 1;
  }
  return parts;
}
