/**
 * Finds acronyms defined in the text, `Beijing Genomics Institute (BGI)`: a run followed by a
 * capitalised abbreviation in brackets whose letters are the run's initials.
 */
import type { Run } from './run-words.js';
import type { Word } from './words.js';

export interface AcronymDefinition {
  /** The index in the run list of the expanded name. */
  expansion: number;
  /** The index in the run list of the acronym itself. */
  acronym: number;
}

export function findAcronyms(runs: readonly Run[], words: readonly Word[]): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = [];
  for (let index = 0; index + 1 < runs.length; index += 1) {
    const run = runs[index];
    const next = runs[index + 1];
    if (run === undefined || next === undefined || next.first !== next.last) continue;
    const open = words[run.last + 1];
    const acronym = words[next.first];
    const close = words[next.first + 1];
    if (open?.text !== '(' || next.first !== run.last + 2 || close?.text !== ')') continue;
    if (acronym === undefined || !acronym.allCaps) continue;
    if (matchesInitials(acronym.text, words.slice(run.first, run.last + 1))) {
      definitions.push({ expansion: index, acronym: index + 1 });
    }
  }
  return definitions;
}

function matchesInitials(acronym: string, words: readonly Word[]): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const initials = words.map((word) => word.text.charAt(0).toUpperCase());
  if (letters.length < 2 || letters.charAt(0) !== initials[0]) return false;
  let position = 0;
  for (const initial of initials) {
    if (position < letters.length && letters.charAt(position) === initial) position += 1;
  }
  return position === letters.length || spelledWithin(letters, words);
}

/**
 * Schwartz and Hearst's test (2003), for acronyms that take more than initials (`KEMRI`, Kenya
 * MEdical Research Institute): every letter, from the last, is found further left in the name, and
 * the first opens its first word.
 */
function spelledWithin(letters: string, words: readonly Word[]): boolean {
  const name = words
    .map((word) => word.text)
    .join(' ')
    .toUpperCase();
  let at = name.length - 1;
  for (let index = letters.length - 1; index >= 0; index -= 1) {
    const letter = letters.charAt(index);
    // The first letter must open a word; the others may stand anywhere.
    while (at >= 0 && (name.charAt(at) !== letter || (index === 0 && at > 0))) at -= 1;
    if (at < 0) return false;
    at -= 1;
  }
  return true;
}
