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
  let totals = sumByGroup(candidates, groupOfCandidate, groupIds.size);

  // Parts of full names: only now that full names have types.
  const personParts = new Map<string, string>();
  const organizationStarts = new Map<string, string>();
  for (const [index, candidate] of candidates.entries()) {
    const first = words[candidate.run.first];
    const last = words[candidate.run.last];
    if (first === undefined || last === undefined || candidate.run.first === candidate.run.last) {
      continue;
    }
    const type = best(totals[groupOfCandidate[index] ?? -1])?.type;
    if (type === 'person') {
      for (const part of [first, last]) {
        if (part.capitalised && !part.allCaps) personParts.set(part.key, candidate.key);
      }
    } else if (type === 'organization' && first.capitalised) {
      organizationStarts.set(first.key, candidate.key);
    }
  }
  const withParts = candidates.map((candidate) => {
    if (candidate.run.first !== candidate.run.last) return candidate;
    const person = personParts.get(candidate.key);
    if (person !== undefined) {
      const evidence = {
        type: 'person' as const,
        weight: 2.5,
        reason: `part of "${person}"`,
        once: true,
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
      return fallback(candidate, words, lowerCaseKeys);
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

/** A name nothing in the text types: a guess from its shape, with low confidence. */
function fallback(
  candidate: Candidate,
  words: readonly Word[],
  lowerCaseKeys: ReadonlySet<string>,
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
        return {
          type: 'place',
          confidence: 0.3,
          reason: 'contains a known place',
          origin: 'model',
        };
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
  for (let index = first; index <= last; index += 1) {
    if (lowerCaseKeys.has(words[index]?.key ?? '')) hasCommonWord = true;
  }
  // `Internet Explorer 6`, `Windows 7`: a name with a number after it is a product or a model.
  const numbered = /^\d/.test(words[last + 1]?.text ?? '');
  if (count >= 2 && count <= 3 && allTitleCase && !hasCommonWord && !numbered) {
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
