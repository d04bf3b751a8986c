/**
 * Finds lines written in headline case (`China’s BGI Launches Training for Young Pakistani
 * Researchers`) or in capitals. On such lines a capital letter says nothing about names, so only
 * names already known from the body of the text, the gazetteer or the place list are taken there.
 */
import { FIRST_PERSON_FORMS, NAME_JOINERS } from './name-cues.js';
import type { Word } from './words.js';

// Short function words stay lower case in headline style, so they do not count against it.
// `I` is capitalised in every style, so it does not count for headline case either.
const MINOR_WORDS = new Set([
  ...NAME_JOINERS,
  ...FIRST_PERSON_FORMS,
  'a',
  'an',
  'as',
  'at',
  'by',
  'in',
  'or',
  'to',
  'with',
  'from',
  'into',
  'vs',
  'but',
  'nor',
  'its',
  'is',
  'up',
]);

/** The indices of lines on which capitalisation does not mark names. */
export function headlineLines(words: readonly Word[]): Set<number> {
  const lines = new Set<number>();
  let index = 0;
  while (index < words.length) {
    const line = words[index]?.line ?? 0;
    let capitalised = 0;
    let lower = 0;
    let upperOnly = 0;
    let lettered = 0;
    let endsSentence = false;
    // A sentence that ends with more words after it on the line: a caption and its credit
    // (`Editorial Manager Chet Clem and President Sean Mills. Image: David Shankbone`), which are
    // sentences, not a headline, whatever their capitals.
    let sentences = false;
    for (; index < words.length && words[index]?.line === line; index += 1) {
      const word = words[index];
      if (word === undefined) continue;
      if (endsSentence && word.hasLetter) sentences = true;
      endsSentence = word.text === '.' || word.text === '?' || word.text === '!';
      if (!word.hasLetter) continue;
      lettered += 1;
      if (word.allCaps) upperOnly += 1;
      if (MINOR_WORDS.has(word.key)) continue;
      if (word.capitalised) capitalised += 1;
      else lower += 1;
    }
    if (lettered >= 3 && upperOnly === lettered) lines.add(line);
    else if (sentences) continue;
    else if (capitalised >= 3 && lower === 0 && lettered <= 25) lines.add(line);
    else if (capitalised >= 4 && lower <= 1 && !endsSentence && lettered <= 25) lines.add(line);
  }
  return lines;
}
