/**
 * Chooses one type per name in a text. The evidence of every mention of the same name is summed,
 * since a text rarely uses one name for two kinds of thing; an acronym shares the evidence of the
 * name it abbreviates; a single word that is part of a person's full name elsewhere in the text
 * (`Nawab` after `Qaiser Nawab`) refers to that person.
 */
import type { AcronymDefinition } from './acronyms.js';
import type { Evidence } from './classify-name.js';
import { DEMONYM_WORDS } from './demonyms.js';
import { MAX_PLACE_WORDS, PLACE_NAMES } from './place-names.js';
import type { Run } from './run-words.js';
import { isEnglishWord } from './tag-tokens.js';
import type { NameType } from './types.js';
import type { Word } from './words.js';

export interface Candidate {
  run: Run;
  key: string;
  evidence: Evidence[];
}

export interface Choice {
  type: NameType;
  confidence: number;
  reason: string;
  origin: 'rule' | 'model';
}

const TYPES: readonly NameType[] = ['person', 'organization', 'place'];

export function chooseTypes(
  candidates: readonly Candidate[],
  words: readonly Word[],
  acronyms: readonly AcronymDefinition[],
  /** Words the text also writes in lower case, mid-sentence: common words, not names. */
  lowerCaseKeys: ReadonlySet<string>,
): (Choice | null)[] {
  const groupOf = groupKeys(candidates, acronyms);
  // Every candidate's group as a small number, so totals live in arrays rather than maps.
  const groupIds = new Map<string, number>();
  const groupOfCandidate = candidates.map((candidate) => {
    const group = groupOf(candidate.key);
    let id = groupIds.get(group);
    if (id === undefined) {
      id = groupIds.size;
      groupIds.set(group, id);
    }
    return id;
  });
  const weighed = weighRecurringCues(candidates, groupOfCandidate, groupIds.size);
  let totals = sumByGroup(weighed, groupOfCandidate, groupIds.size);

  // Parts of full names: only now that full names have types.
  const unlikePeople = namesUnlikePeople(candidates, words);
  const personParts = new Map<string, { name: string; weight: number }>();
  const organizationStarts = new Map<string, string>();
  for (const [index, candidate] of candidates.entries()) {
    const first = words[candidate.run.first];
    const last = words[candidate.run.last];
    if (first === undefined || last === undefined || candidate.run.first === candidate.run.last) {
      continue;
    }
    const type = best(totals[groupOfCandidate[index] ?? -1])?.type;
    // A full name only its shape makes a person's (`Romelu Lukaku`) still lends that to its parts,
    // though less surely than one a cue typed.
    const guessed =
      type === undefined &&
      fallback(candidate, words, lowerCaseKeys, unlikePeople)?.type === 'person';
    if (type === 'person' || guessed) {
      const weight = guessed ? 1.2 : 2.5;
      for (const part of [first, last]) {
        if (!part.capitalised || part.allCaps) continue;
        const known = personParts.get(part.key);
        if (known === undefined || known.weight < weight) {
          personParts.set(part.key, { name: candidate.key, weight });
        }
      }
    } else if (type === 'organization' && first.capitalised) {
      organizationStarts.set(first.key, candidate.key);
    }
  }
  const withParts = weighed.map((candidate) => {
    if (candidate.run.first !== candidate.run.last) return candidate;
    const person = personParts.get(candidate.key);
    if (person !== undefined) {
      const evidence = {
        type: 'person' as const,
        weight: person.weight,
        reason: `part of "${person.name}"`,
        once: true,
        // A guessed full name types a part the text proposes anyway; it does not make one.
        tieBreaker: person.weight < 2.5,
      };
      return { ...candidate, evidence: [...candidate.evidence, evidence] };
    }
    const organization = organizationStarts.get(candidate.key);
    if (organization !== undefined && !PLACE_NAMES.has(candidate.key)) {
      const evidence = {
        type: 'organization' as const,
        weight: 0.6,
        reason: `opens "${organization}"`,
        once: true,
      };
      return { ...candidate, evidence: [...candidate.evidence, evidence] };
    }
    return candidate;
  });
  totals = sumByGroup(withParts, groupOfCandidate, groupIds.size);

  return withParts.map((candidate, index) => {
    const group = totals[groupOfCandidate[index] ?? -1];
    const chosen = best(group);
    if (chosen === undefined || group === undefined)
      return fallback(candidate, words, lowerCaseKeys, unlikePeople);
    const all = TYPES.reduce((sum, _type, typeIndex) => sum + (group[typeIndex]?.weight ?? 0), 0);
    // The strongest of its own cues for the type (the first of equals).
    let own: Evidence | undefined;
    for (const evidence of candidate.evidence) {
      if (evidence.type === chosen.type && (own === undefined || evidence.weight > own.weight)) {
        own = evidence;
      }
    }
    const reason = own?.reason ?? `${chosen.reason} (elsewhere in the text)`;
    // Confidence grows with the weight for the type and shrinks with evidence for other types.
    const confidence = (chosen.weight / (chosen.weight + 0.6)) * (chosen.weight / all);
    return { type: chosen.type, confidence: clamp(confidence), reason, origin: 'rule' };
  });
}

/**
 * Cues marked with `minShare` keep their weight only when enough of a name's mentions carry one of
 * that type; elsewhere they shrink to tie-breakers.
 */
function weighRecurringCues(
  candidates: readonly Candidate[],
  groupOfCandidate: readonly number[],
  groupCount: number,
): Candidate[] {
  if (
    !candidates.some((candidate) => candidate.evidence.some((item) => item.minShare !== undefined))
  ) {
    return [...candidates];
  }
  const mentions = new Array<number>(groupCount).fill(0);
  // Mentions with a recurring cue, per group and type.
  const carrying = new Array<number>(groupCount * 3).fill(0);
  candidates.forEach((candidate, index) => {
    const group = groupOfCandidate[index] ?? 0;
    mentions[group] = (mentions[group] ?? 0) + 1;
    const types = new Set<NameType>();
    for (const item of candidate.evidence) if (item.minShare !== undefined) types.add(item.type);
    for (const type of types) {
      const slot = group * 3 + typeIndex(type);
      carrying[slot] = (carrying[slot] ?? 0) + 1;
    }
  });
  return candidates.map((candidate, index) => {
    if (!candidate.evidence.some((item) => item.minShare !== undefined)) return candidate;
    const group = groupOfCandidate[index] ?? 0;
    const evidence = candidate.evidence.map((item) => {
      if (item.minShare === undefined) return item;
      const share = (carrying[group * 3 + typeIndex(item.type)] ?? 0) / (mentions[group] ?? 1);
      if (share >= item.minShare) return item;
      return { ...item, weight: item.weight / 2, tieBreaker: true };
    });
    return { ...candidate, evidence };
  });
}

interface Tally {
  weight: number;
  reason: string;
  /** Whether any evidence for this type is more than a tie-breaker. */
  decisive: boolean;
}

interface Accumulator {
  fixed: number;
  /** Name keys and reasons of the once-only evidence counted so far, pairwise. */
  seenKeys: string[];
  seenReasons: string[];
  strongest: number;
  total: number;
  top: Evidence | undefined;
  decisive: boolean;
}

/** A group's tallies, indexed like TYPES. */
type Tallies = (Tally | undefined)[];

function typeIndex(type: NameType): number {
  return type === 'person' ? 0 : type === 'organization' ? 1 : 2;
}

/**
 * Totals per name and type. What a name's own words say counts once, however often it occurs;
 * what its contexts say adds up, with diminishing returns, so that many weak cues do not drown
 * one clear one.
 */
function sumByGroup(
  candidates: readonly Candidate[],
  groupOfCandidate: readonly number[],
  groupCount: number,
): Tallies[] {
  // One slot per group and type; a name rarely has more than a few distinct once-only cues, so
  // looking through them beats building a key string for every piece of evidence.
  const sums: (Accumulator | undefined)[] = new Array(groupCount * 3);
  candidates.forEach((candidate, index) => {
    const base = (groupOfCandidate[index] ?? 0) * 3;
    for (const evidence of candidate.evidence) {
      const slot = base + typeIndex(evidence.type);
      let sum = sums[slot];
      if (sum === undefined) {
        sum = {
          fixed: 0,
          seenKeys: [],
          seenReasons: [],
          strongest: 0,
          total: 0,
          top: undefined,
          decisive: false,
        };
        sums[slot] = sum;
      }
      if (evidence.once === true) {
        if (hasSeen(sum, candidate.key, evidence.reason)) continue;
        sum.seenKeys.push(candidate.key);
        sum.seenReasons.push(evidence.reason);
        sum.fixed += evidence.weight;
      } else {
        sum.strongest = Math.max(sum.strongest, evidence.weight);
        sum.total += evidence.weight;
      }
      if (sum.top === undefined || evidence.weight > sum.top.weight) sum.top = evidence;
      if (evidence.tieBreaker !== true) sum.decisive = true;
    }
  });
  const totals: Tallies[] = [];
  for (let group = 0; group < groupCount; group += 1) {
    const tallies: Tallies = [undefined, undefined, undefined];
    for (let type = 0; type < 3; type += 1) {
      const sum = sums[group * 3 + type];
      if (sum === undefined) continue;
      const rest = sum.total - sum.strongest;
      tallies[type] = {
        weight: sum.fixed + sum.strongest + Math.min(sum.strongest, 0.3 * rest),
        reason: sum.top?.reason ?? '',
        decisive: sum.decisive,
      };
    }
    totals.push(tallies);
  }
  return totals;
}

function hasSeen(sum: Accumulator, key: string, reason: string): boolean {
  for (let index = 0; index < sum.seenKeys.length; index += 1) {
    if (sum.seenKeys[index] === key && sum.seenReasons[index] === reason) return true;
  }
  return false;
}

function best(
  tally: Tallies | undefined,
): { type: NameType; weight: number; reason: string } | undefined {
  if (tally === undefined) return undefined;
  let decisive = false;
  for (const entry of tally) decisive ||= entry?.decisive === true;
  if (!decisive) return undefined;
  let chosen: { type: NameType; weight: number; reason: string } | undefined;
  TYPES.forEach((type, index) => {
    const entry = tally[index];
    if (entry === undefined || entry.weight <= 0) return;
    if (chosen === undefined || entry.weight > chosen.weight) {
      chosen = { type, weight: entry.weight, reason: entry.reason };
    }
  });
  return chosen;
}

/** Names linked by an acronym share one group: `BGI` and `Beijing Genomics Institute`. */
function groupKeys(
  candidates: readonly Candidate[],
  acronyms: readonly AcronymDefinition[],
): (key: string) => string {
  const links = new Map<string, string>();
  for (const { expansion, acronym } of acronyms) {
    const long = candidates[expansion]?.key;
    const short = candidates[acronym]?.key;
    if (long !== undefined && short !== undefined && !links.has(short)) links.set(short, long);
  }
  return (key) => links.get(key) ?? key;
}

/**
 * Names that some mention shows to be no person's: written after `the` (`the Velvet Underground`,
 * `the Bat Cave`) or before a number (`Internet Explorer 9`, a product or a model). A name shares
 * this with its other mentions, as the text names one thing by it.
 */
function namesUnlikePeople(candidates: readonly Candidate[], words: readonly Word[]): Set<string> {
  const keys = new Set<string>();
  for (const { run, key } of candidates) {
    if (run.first === run.last) continue;
    const before = words[run.first - 1];
    if (
      (before?.key === 'the' && !before.capitalised) ||
      /^\d/.test(words[run.last + 1]?.text ?? '')
    ) {
      keys.add(key);
    }
  }
  return keys;
}

/** Words that make a part of a place out of a place (`East Los Angeles`, `Kowloon West`). */
const PLACE_PARTS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'greater',
  'upper',
  'lower',
  'inner',
  'outer',
  'downtown',
  'metro',
  'metropolitan',
]);

/**
 * A known place with only compass words about it is a part of that place; with other words
 * (`Hitwise UK`, `Malaysia Tourism`, `Food Standards Australia New Zealand`) it names a body of
 * or in that place.
 */
function placeInside(
  words: readonly Word[],
  first: number,
  last: number,
  placeFirst: number,
  placeLast: number,
): Choice {
  let onlyParts = true;
  for (let index = first; index <= last; index += 1) {
    if (index >= placeFirst && index <= placeLast) continue;
    if (!PLACE_PARTS.has(words[index]?.key ?? '')) onlyParts = false;
  }
  if (onlyParts) {
    return { type: 'place', confidence: 0.3, reason: 'a part of a known place', origin: 'model' };
  }
  return {
    type: 'organization',
    confidence: 0.3,
    reason: 'a known place and other words',
    origin: 'model',
  };
}

/** A name nothing in the text types: a guess from its shape, with low confidence. */
function fallback(
  candidate: Candidate,
  words: readonly Word[],
  lowerCaseKeys: ReadonlySet<string>,
  unlikePeople: ReadonlySet<string>,
): Choice | null {
  const { first, last } = candidate.run;
  const count = last - first + 1;
  let allTitleCase = true;
  for (let index = first; index <= last; index += 1) {
    const word = words[index];
    if (word === undefined || !word.capitalised || word.allCaps) allTitleCase = false;
  }
  // Any known place inside the run will do, so keys grow word by word and stop at the longest
  // place name, rather than every span being joined afresh.
  for (let start = first; start <= last; start += 1) {
    let key = '';
    for (let end = start; end <= last && end < start + MAX_PLACE_WORDS; end += 1) {
      const part = words[end]?.key ?? '';
      key = end === start ? part : `${key} ${part}`;
      if ((start !== first || end !== last) && PLACE_NAMES.has(key)) {
        return placeInside(words, first, last, start, end);
      }
    }
  }
  if (DEMONYM_WORDS.has(words[first]?.key ?? '')) {
    return {
      type: 'organization',
      confidence: 0.3,
      reason: 'a nationality and a name',
      origin: 'model',
    };
  }
  let hasCommonWord = false;
  // Names of things are often made of English words (`Easy Rider`, `Large Hadron Collider`, `Red
  // Cross`); people's names seldom are all of them.
  let allEnglish = true;
  for (let index = first; index <= last; index += 1) {
    const key = words[index]?.key ?? '';
    if (lowerCaseKeys.has(key)) hasCommonWord = true;
    if (allEnglish && !isEnglishWord(key)) allEnglish = false;
  }
  if (
    count >= 2 &&
    count <= 3 &&
    allTitleCase &&
    !hasCommonWord &&
    !allEnglish &&
    !unlikePeople.has(candidate.key)
  ) {
    return {
      type: 'person',
      confidence: 0.3,
      reason: 'two or three capitalised words',
      origin: 'model',
    };
  }
  return null;
}

function clamp(value: number): number {
  return Math.round(Math.min(0.99, Math.max(0.05, value)) * 100) / 100;
}
