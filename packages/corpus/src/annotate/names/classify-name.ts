/**
 * Gathers the evidence for a candidate's type from what it says (its words) and where it stands
 * (the words around it). Each cue gives a type, a weight and a reason a reviewer can check; the
 * weights of all mentions of a name are summed before a type is chosen (`choose-types.ts`).
 */
import { definitionOf } from './definitions.js';
import { DEMONYM_WORDS } from './demonyms.js';
import { FAMILY_NAMES_FIRST, GIVEN_NAMES } from './given-names.js';
import {
  BODY_MEMBER_NOUNS,
  COMPASS_POINTS,
  DIRECTION_PREPOSITIONS,
  EVENT_HEADS,
  HAPPENING_NOUNS,
  ORGANIZATION_HEADS,
  ORGANIZATION_OPENERS,
  PERSON_FOLLOWERS,
  PERSON_TITLES,
  PERSON_VERBS,
  PLACE_HEADS,
  PLACE_MODIFIED_NOUNS,
  PLACE_NOUNS,
  PLACE_OPENERS,
  PLACE_PREPOSITIONS,
  PLAN_AND_OBJECT_HEADS,
  PORTFOLIO_WORDS,
  STRONG_PERSON_TITLES,
} from './name-cues.js';
import { isOccupation } from './occupations.js';
import { placeActingAsBody } from './place-as-body.js';
import { CONTAINER_PLACES, PLACE_NAMES } from './place-names.js';
import { keyOf, type Run } from './run-words.js';
import type { NameType } from './types.js';
import type { Word } from './words.js';
import { WORLD_PLACE_NAMES } from './world-places.js';

/**
 * Endings of place names in many languages (`Kyrgyzstan`, `Yekaterinburg`, `Volgograd`,
 * `Jacksonville`, `Minneapolis`, `Hyderabad`, `Jaipur`, `Yorkshire`): only a tie-breaker, as
 * people and firms bear some of them too.
 */
const PLACE_ENDING = /(?:stan|burg|bourg|grad|ville|polis|abad|pur|shire)$/;

/** Plural nouns of people who work somewhere, beyond the occupations (`officials at X`). */
const WORKER_NOUNS = new Set([
  'officials',
  'analysts',
  'researchers',
  'scientists',
  'engineers',
  'workers',
  'executives',
  'economists',
  'professors',
  'staffers',
]);

/**
 * Endings of one-word names of firms and outlets, a head word written into the name (`Wikinews`,
 * `Euronews`, `Wikimedia`, `Citibank`, `Microsoft`, `Infotech`).
 */
const BODY_ENDING = /^[a-z]{3,}(?:news|media|bank|soft|tech|corp)$/;

const ARTICLES = new Set(['a', 'an', 'the', 'former', 'then', 'now']);

const EMPTY_COUNTS: ReadonlyMap<string, number> = new Map();

/** The reason of the cue an acronym's form gives (`NASA`): a body, mildly. */
export const ACRONYM_REASON = 'an acronym';

export interface Evidence {
  type: NameType;
  weight: number;
  reason: string;
  /** Only tips the balance between other cues: on its own it does not make a name. */
  tieBreaker?: boolean;
  /** A fact about the name itself, counted once however often the name occurs. */
  once?: boolean;
  /**
   * A cue that says something only if it recurs: it keeps its full weight when at least this share
   * of the name's mentions carry it, and is otherwise a tie-breaker at half weight (`in
   * Scientology` once among twenty mentions does not make a place).
   */
  minShare?: number;
}

/** How often a name occurs as a candidate in a text, and in which company. */
export interface Occurrences {
  all: number;
  /**
   * Mentions written the way things are named rather than bodies: after `the` (`the Internet`), or
   * modifying a made thing or a happening (`Juno spacecraft`, `Hajj pilgrimage`).
   */
  likeThing: number;
}

/**
 * Whether the word after a name is a lower-case noun of a made thing or a happening, which the
 * name then modifies (`Juno spacecraft`, `Apollo program`, `Hajj pilgrimage`).
 */
export function isThingHead(word: Word | undefined): boolean {
  if (word === undefined || word.capitalised) return false;
  const singular = word.key.endsWith('s') ? word.key.slice(0, -1) : word.key;
  return (
    HAPPENING_NOUNS.has(word.key) ||
    PLAN_AND_OBJECT_HEADS.has(word.key) ||
    PLAN_AND_OBJECT_HEADS.has(singular) ||
    EVENT_HEADS.has(word.key) ||
    EVENT_HEADS.has(singular)
  );
}

function runWords(run: Run, words: readonly Word[]): Word[] {
  return words.slice(run.first, run.last + 1);
}

export function runKey(run: Run, words: readonly Word[]): string {
  return keyOf(words, run.first, run.last);
}

/**
 * Whether a run's words say it is none of the three types: an event, a law, a plan, a made thing,
 * a nationality.
 */
export function isNotAName(run: Run, words: readonly Word[]): boolean {
  const last = words[run.last];
  if (last === undefined) return true;
  if (EVENT_HEADS.has(last.key) || PLAN_AND_OBJECT_HEADS.has(last.key)) return true;
  // `Secretary of State`, `Minister of Foreign Affairs`: what the title is over is part of it.
  if (run.titleOf && runWords(run, words).every((word) => PORTFOLIO_WORDS.has(word.key))) {
    return true;
  }
  // `Space Shuttle Atlantis`, `Mars Rover Curiosity`: a made thing's kind, then its own name.
  if (!ORGANIZATION_HEADS.has(last.key) && !PLACE_HEADS.has(last.key)) {
    for (let index = run.first; index < run.last; index += 1) {
      const word = words[index];
      if (word?.capitalised && PLAN_AND_OBJECT_HEADS.has(word.key)) return true;
    }
  }
  return run.first === run.last && DEMONYM_WORDS.has(last.key);
}

export function evidenceFromForm(
  run: Run,
  words: readonly Word[],
  gazetteer: ReadonlyMap<string, NameType>,
  /** How often the run's text occurs as a candidate, and in which company. */
  occurrences: Occurrences,
  /** The run's key, when the caller has it already. */
  key = runKey(run, words),
  /** How often the text writes each word in lower case, mid-sentence. */
  lowerCaseCounts: ReadonlyMap<string, number> = EMPTY_COUNTS,
): Evidence[] {
  const own = runWords(run, words);
  const evidence: Evidence[] = [];
  // The knowledge base may keep a full stop the key drops (`Washington D.C.`).
  // Keys differ from the lower-cased text only by a dropped full stop, so the second look-up is
  // only worth making for a name with one.
  const known =
    gazetteer.size === 0
      ? undefined
      : (gazetteer.get(key) ??
        (own.some((word) => word.text.endsWith('.'))
          ? gazetteer.get(own.map((word) => word.text.toLowerCase()).join(' '))
          : undefined));
  if (known !== undefined)
    evidence.push({ type: known, weight: 5, reason: 'in the knowledge base' });
  const first = own[0];
  const last = own[own.length - 1];
  if (first === undefined || last === undefined) return evidence;
  if (PLACE_NAMES.has(key)) {
    evidence.push({ type: 'place', weight: 2, reason: 'a known place' });
  } else if (WORLD_PLACE_NAMES.has(key) && !first.allCaps) {
    // A country or large city from the public lists: weaker than the hand-kept list, as these
    // names are often people's or things' too; cues of those outweigh it.
    evidence.push({ type: 'place', weight: 1, reason: 'a country or city in GeoNames' });
  }
  // A listed place is listed whole: its last word is no head (`West Bank`, `Gold Coast`).
  if (ORGANIZATION_HEADS.has(last.key) && !PLACE_NAMES.has(key)) {
    evidence.push({ type: 'organization', weight: 2, reason: `ends in "${last.text}"` });
  }
  // A phrase in quotes is a name only if it says so outright.
  if (run.quoted === true) return evidence;
  if (!ORGANIZATION_HEADS.has(last.key) && own.length > 1 && PLACE_HEADS.has(last.key)) {
    evidence.push({ type: 'place', weight: 1.5, reason: `ends in "${last.text}"` });
  }
  const joined = own.length > 2 && own.some((word) => !word.capitalised);
  const innerHead = own.find(
    (word, index) =>
      index < own.length - 1 &&
      (ORGANIZATION_HEADS.has(word.key) || ORGANIZATION_OPENERS.has(word.key)) &&
      !(own[index + 1]?.capitalised ?? true),
  );
  if (innerHead !== undefined && !ORGANIZATION_HEADS.has(last.key)) {
    evidence.push({ type: 'organization', weight: 1.5, reason: `"${innerHead.text}" of/for …` });
  }
  if (ORGANIZATION_OPENERS.has(first.key) && (joined || own.length === 1)) {
    evidence.push({ type: 'organization', weight: 1.8, reason: `opens with "${first.text}"` });
  } else if (own.length > 1 && PLACE_OPENERS.has(first.key)) {
    evidence.push({ type: 'place', weight: 1.5, reason: `opens with "${first.text}"` });
  }
  if (own.length === 1 && known === undefined && !PLACE_NAMES.has(key)) {
    if (!first.allCaps && PLACE_ENDING.test(first.key)) {
      evidence.push({
        type: 'place',
        weight: 0.7,
        reason: 'ends like a place name',
        tieBreaker: true,
      });
    }
    if (!first.allCaps && BODY_ENDING.test(first.key)) {
      evidence.push({ type: 'organization', weight: 1, reason: 'ends like a body' });
    }
    if (first.allCaps && /^[\p{Lu}.&]{2,6}$/u.test(first.text) && first.text.length <= 5) {
      evidence.push({ type: 'organization', weight: 0.8, reason: ACRONYM_REASON });
    } else if (!first.allCaps && GIVEN_NAMES.has(first.key)) {
      evidence.push({ type: 'person', weight: 0.6, reason: `"${first.text}" is a given name` });
    } else if (
      !first.allCaps &&
      (!first.sentenceInitial || first.pos === 'PROPN') &&
      !isPluralOfAnother(first, words) &&
      // A word the text writes in lower case at least as often (`magic`, `government`, `iodine`)
      // is a common word capitalised for emphasis or by a heading, not the name of a body.
      (lowerCaseCounts.get(first.key) ?? 0) < occurrences.all
    ) {
      // News introduces people by their full name; a single word never given in full more often
      // names an organisation (`Microsoft said`). A full name elsewhere outweighs this. At the
      // start of a sentence the capital proves nothing, and plurals of words the text also uses
      // in the singular (`Polaroids`) are rarely names.
      evidence.push({
        type: 'organization',
        weight: 0.6,
        reason: 'a single word',
        // One mention is too little to go on, and a name mostly written as things are (`the
        // Internet`, `the Hajj`, `Juno spacecraft`) is mostly not an organisation's; a firm's
        // name modifies its products only now and then.
        tieBreaker: occurrences.all < 2 || occurrences.likeThing * 2 >= occurrences.all,
      });
    }
  }
  if (own.length === 1) return evidence;
  const second = own[1];
  if (own.length <= 4 && own.every((word) => word.capitalised && !word.allCaps)) {
    if (GIVEN_NAMES.has(first.key)) {
      evidence.push({ type: 'person', weight: 1.2, reason: `"${first.text}" is a given name` });
    } else if (
      FAMILY_NAMES_FIRST.has(first.key) &&
      own.length <= 3 &&
      second !== undefined &&
      own.every((word, index) => index === 0 || !PLACE_NAMES.has(word.key))
    ) {
      evidence.push({ type: 'person', weight: 1.1, reason: `"${first.text}" is a family name` });
    }
  }
  return evidence;
}

export function evidenceFromContext(run: Run, words: readonly Word[]): Evidence[] {
  const evidence: Evidence[] = [];
  const single = run.first === run.last;
  const before = words[run.first - 1];
  const after = words[run.last + 1];
  const afterTwo = words[run.last + 2];
  if (run.afterTitle) {
    evidence.push({ type: 'person', weight: 1.5, reason: 'follows a title' });
  } else if (before !== undefined && STRONG_PERSON_TITLES.has(before.key)) {
    evidence.push({ type: 'person', weight: 1.5, reason: `follows "${before.text}"` });
  }
  if (run.titleOf) {
    evidence.push({ type: 'organization', weight: 0.6, reason: 'what a title is "of"' });
    return evidence;
  }
  const definition = definitionOf(run, words);
  if (definition !== undefined && definition.kind !== 'thing') {
    evidence.push({
      type: definition.kind,
      weight: 1.5,
      reason: `said to be a "${definition.head.text}"`,
    });
  }
  if (after !== undefined && PERSON_VERBS.has(after.key) && !after.capitalised) {
    evidence.push({
      type: 'person',
      weight: single ? 0.25 : 0.8,
      reason: `subject of "${after.text}"`,
    });
  }
  const body = placeActingAsBody(run, words);
  if (body !== undefined) {
    evidence.push({ type: 'organization', weight: 2.1, reason: body, minShare: 0.25 });
  }
  if (before !== undefined && !before.capitalised && isOccupation(before.key)) {
    evidence.push({ type: 'person', weight: 1.2, reason: `after "${before.text}"` });
  }
  const placeNoun = words[run.first - 2];
  if (
    before?.key === 'of' &&
    placeNoun !== undefined &&
    !placeNoun.capitalised &&
    (PLACE_NOUNS.has(placeNoun.key) || COMPASS_POINTS.has(placeNoun.key))
  ) {
    evidence.push({ type: 'place', weight: 1.5, reason: `after "${placeNoun.text} of"` });
  }
  if (after !== undefined && !after.capitalised && PLACE_MODIFIED_NOUNS.has(after.key)) {
    evidence.push({ type: 'place', weight: 1, reason: `before "${after.text}"` });
  }
  const member = bodyMember(run, words);
  if (member !== undefined) {
    evidence.push({ type: 'organization', weight: 1, reason: `has "${member}"` });
  }
  if (before?.key === 'to' && words[run.first - 2]?.key === 'according') {
    evidence.push({ type: 'organization', weight: 0.5, reason: 'after "according to"' });
  }
  // Only when the name ends the clause: in `said Juno flew` it is the subject of what was said.
  const afterIsVerb = after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX');
  if (before !== undefined && (before.key === 'said' || before.key === 'says') && !afterIsVerb) {
    // `said Mauer` is news style for people; organisations come first (`Microsoft said`).
    evidence.push({
      type: 'person',
      weight: 0.8,
      reason: `after "${before.text}"`,
    });
  }
  if (after?.text === ',') {
    if (afterTwo !== undefined && PERSON_FOLLOWERS.has(afterTwo.key)) {
      evidence.push({
        type: 'person',
        weight: single ? 0.4 : 0.8,
        reason: `followed by ", ${afterTwo.text}"`,
      });
    } else if (isAgeAt(words, run.last + 2)) {
      evidence.push({ type: 'person', weight: 1, reason: 'followed by an age' });
    } else if (titleInApposition(words, run.last + 2)) {
      evidence.push({ type: 'person', weight: 1, reason: 'followed by a role in apposition' });
    } else if (afterTwo !== undefined && CONTAINER_PLACES.has(afterTwo.key)) {
      evidence.push({ type: 'place', weight: 1, reason: `followed by ", ${afterTwo.text}"` });
    }
  }
  // Acronyms after `near` or `in` are rather units and bodies (`near KPA positions`) than places,
  // which news writes out; the few that are places are in the place list.
  const acronym = single && words[run.first]?.allCaps === true;
  if (
    before !== undefined &&
    PLACE_PREPOSITIONS.has(before.key) &&
    !before.capitalised &&
    !acronym
  ) {
    // `in` precedes mostly places, but organisations, events and works too (`in Scientology`), so
    // it counts only when a fair share of the name's mentions have it.
    evidence.push({
      type: 'place',
      weight: 0.8,
      reason: `after "${before.text}"`,
      minShare: 0.25,
    });
  } else if (
    before !== undefined &&
    DIRECTION_PREPOSITIONS.has(before.key) &&
    !before.capitalised &&
    !acronym
  ) {
    evidence.push({
      type: 'place',
      weight: 0.5,
      reason: `after "${before.text}"`,
      minShare: 0.25,
      // `a goal from Eden Hazard`: never enough to make a name a place on its own.
      tieBreaker: true,
    });
  }
  return evidence;
}

/**
 * The member noun that makes a run a body (see BODY_MEMBER_NOUNS): `a spokesman for X`, `shares
 * of X`, `X shares`, `X's employees`.
 */
function bodyMember(run: Run, words: readonly Word[]): string | undefined {
  const before = words[run.first - 1];
  const noun = words[run.first - 2];
  if (
    (before?.key === 'for' || before?.key === 'of' || before?.key === 'at') &&
    noun !== undefined &&
    (!noun.capitalised || noun.sentenceInitial) &&
    BODY_MEMBER_NOUNS.has(noun.key)
  ) {
    return noun.text;
  }
  // `analysts at Goldman Sachs`, `researchers at Stanford`: people at a body work there.
  if (
    before?.key === 'at' &&
    noun !== undefined &&
    (!noun.capitalised || noun.sentenceInitial) &&
    noun.key.endsWith('s') &&
    (isOccupation(noun.key.slice(0, -1)) || WORKER_NOUNS.has(noun.key))
  ) {
    return `${noun.text} at`;
  }
  let after = words[run.last + 1];
  if (after?.key === "'s" || after?.key === '’s') after = words[run.last + 2];
  // `CEO` is written in capitals; the other nouns in lower case, or they open a name of their own.
  if (
    after !== undefined &&
    (!after.capitalised || after.key === 'ceo') &&
    BODY_MEMBER_NOUNS.has(after.key)
  ) {
    return after.text;
  }
  return undefined;
}

function looksPlural(text: string): boolean {
  return /[a-rt-z]s$/.test(text) && !/(?:us|is|ss)$/.test(text);
}

/** Every word key of a text, built once per text for the plural test below. */
const keysOfText = new WeakMap<readonly Word[], Set<string>>();

/**
 * A word that looks plural and whose singular the text also uses (`Polaroids` beside `Polaroid`)
 * names things, not one organisation; `Wikinews` or `Reuters`, with no singular about, may well.
 */
function isPluralOfAnother(word: Word, words: readonly Word[]): boolean {
  if (!looksPlural(word.text)) return false;
  let keys = keysOfText.get(words);
  if (keys === undefined) {
    keys = new Set(words.map((item) => item.key));
    keysOfText.set(words, keys);
  }
  return keys.has(word.key.slice(0, -1));
}

function isAgeAt(words: readonly Word[], index: number): boolean {
  const age = words[index];
  const comma = words[index + 1];
  return age !== undefined && /^\d{1,3}$/.test(age.text) && comma?.text === ',';
}

/** `X, Chairman of Y`, `X, an Australian woman`: a title or person noun in the next few words. */
function titleInApposition(words: readonly Word[], from: number): boolean {
  const opener = words[from];
  // `X, including musician Y` lists; an apposition opens with an article, a name or the role.
  if (opener === undefined) return false;
  if (!opener.capitalised && !ARTICLES.has(opener.key) && !isOccupation(opener.key)) {
    if (!PERSON_TITLES.has(opener.key)) return false;
  }
  for (let index = from; index < from + 5 && index < words.length; index += 1) {
    const word = words[index];
    if (word === undefined || word.text === ',' || word.text === '.' || word.text === ';') {
      return false;
    }
    if (PERSON_TITLES.has(word.key) || isOccupation(word.key)) return true;
  }
  return false;
}
