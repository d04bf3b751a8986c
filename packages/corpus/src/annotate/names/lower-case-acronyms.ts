/**
 * Acronyms the text spells out in lower-case words: `VM (virtual microscope)`, `reactive oxygen
 * species (ROS)`, `gross national product (GNP)`. A name's acronym is spelled out in capitals
 * (`Beijing Genomics Institute (BGI)`, see acronyms.ts); lower-case words make it the short form
 * of a common noun, which names no person, organisation or place.
 */
import type { Run } from './run-words.js';
import type { Word } from './words.js';

/** Short words an acronym may skip (`Department of Health` is DH or DOH). */
const SKIPPABLE = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&']);
const OPENERS = new Set(['(', '[']);
const CLOSERS = new Set([')', ']']);

/** Whether a one-word all-capitals run is spelled out in lower-case words beside it. */
export function isLowerCaseAcronym(run: Run, words: readonly Word[]): boolean {
  const word = words[run.first];
  if (run.first !== run.last || word === undefined || !word.allCaps) return false;
  const letters = word.text.replace(/[^\p{Lu}]/gu, '').toLowerCase();
  if (letters.length < 2) return false;
  return spelledAfter(run.last, words, letters) || spelledBefore(run.first, words, letters);
}

/** `VM (virtual microscope)`: the bracket holds just the spelled-out words. */
function spelledAfter(last: number, words: readonly Word[], letters: string): boolean {
  if (!OPENERS.has(words[last + 1]?.text ?? '')) return false;
  const spelled: Word[] = [];
  for (let index = last + 2; index < words.length; index += 1) {
    const word = words[index];
    if (word === undefined) return false;
    if (CLOSERS.has(word.text)) break;
    spelled.push(word);
    if (spelled.length > letters.length * 2) return false;
  }
  return spells(spelled, letters);
}

/** `reactive oxygen species (ROS)`: the words just before the bracket spell it. */
function spelledBefore(first: number, words: readonly Word[], letters: string): boolean {
  if (!OPENERS.has(words[first - 1]?.text ?? '') || !CLOSERS.has(words[first + 1]?.text ?? '')) {
    return false;
  }
  // The shortest run of words before the bracket that spells the acronym, skipping short words.
  for (let start = first - 2; start >= Math.max(0, first - 1 - letters.length * 2); start -= 1) {
    if (spells(words.slice(start, first - 1), letters)) return true;
  }
  return false;
}

/** Whether lower-case words' initials are the letters, in order, with short words skippable. */
function spells(spelled: readonly Word[], letters: string): boolean {
  const first = spelled[0];
  if (first === undefined || first.key.charAt(0) !== letters.charAt(0)) return false;
  let position = 0;
  for (const word of spelled) {
    if (!word.hasLetter || word.capitalised) return false;
    if (position < letters.length && word.key.charAt(0) === letters.charAt(position)) {
      position += 1;
    } else if (!SKIPPABLE.has(word.key)) return false;
  }
  return position === letters.length;
}
