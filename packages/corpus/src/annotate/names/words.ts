/**
 * Turns tagged tokens into the words name finding works on: hyphenated compounds written without
 * spaces (`Chung-tai`, `Director-General`, `Make-A-Wish`) become one word, because a name's
 * boundary never falls inside them.
 */
import type { TaggedTokens } from './tag-tokens.js';

export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text with a trailing full stop removed (`Mr.` -> `mr`). */
  key: string;
  pos: string;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** Two or more letters, all upper case (`NASA`, `BRISD`, `U.S.`). */
  allCaps: boolean;
  /** Contains a letter at all. */
  hasLetter: boolean;
  sentenceInitial: boolean;
  lineInitial: boolean;
  /** Index of the line this word is on (line breaks in the text, counted from 0). */
  line: number;
}

const HYPHENS = new Set(['-', '‐', '‑']);

/** A lower-case particle hyphened to a capitalised name (`al-Assad`, `el-Sisi`, `ibn-Saud`). */
const NAME_PARTICLE = /^(?:al|el|ad|ash|as|at|ar|az|an|ibn|bin|abu|bint|ben)[-‐‑]\p{Lu}/u;

export function toWords(text: string, tokens: TaggedTokens): Word[] {
  const { start, end, value, pos } = tokens;
  const words: Word[] = [];
  let line = 0;
  let index = 0;
  const count = start.length;
  while (index < count) {
    const lineInitial = tokens.lineInitial[index] === true;
    if (lineInitial && index > 0) line += 1;
    let last = index;
    // Joins `word - word` written as one string, possibly repeatedly (`Make-A-Wish`); the cheap
    // tests go first, as nearly no token is followed by a hyphen.
    while (
      last + 2 < count &&
      HYPHENS.has(value[last + 1] ?? '') &&
      start[last + 1] === end[last] &&
      start[last + 2] === end[last + 1] &&
      isWordToken(value[last]) &&
      isWordToken(value[last + 2])
    ) {
      last += 2;
    }
    const firstStart = start[index] ?? 0;
    const wordEnd = end[last] ?? firstStart;
    let wordPos = pos[index] ?? 'X';
    for (let part = index + 1; part <= last; part += 1) {
      if (pos[part] === 'PROPN') wordPos = 'PROPN';
    }
    // A single token's value is its text already (it was placed where the text has it).
    const wordText = last === index ? (value[index] ?? '') : text.slice(firstStart, wordEnd);
    words.push(
      makeWord(
        wordText,
        firstStart,
        wordEnd,
        wordPos,
        tokens.sentenceInitial[index] === true,
        lineInitial,
        line,
      ),
    );
    index = last + 1;
  }
  return words;
}

function isWordToken(value: string | undefined): boolean {
  if (value === undefined) return false;
  const code = value.charCodeAt(0);
  // ASCII letters and digits answer at once; anything else is asked of Unicode.
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
    return true;
  }
  // General punctuation (curly quotes, dashes) holds no letters or digits.
  return code > 127 && !(code >= 0x2000 && code <= 0x206f) && /^[\p{L}\p{N}]/u.test(value);
}

function makeWord(
  text: string,
  start: number,
  end: number,
  pos: string,
  sentenceInitial: boolean,
  lineInitial: boolean,
  line: number,
): Word {
  // Letters and capitals are counted in one pass over ASCII (nearly every word); only words with
  // other characters that have case are asked of Unicode.
  let letters = 0;
  let upperLetters = 0;
  let byCase = false;
  const length = text.length;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 65) continue;
    if (code <= 90) {
      letters += 1;
      upperLetters += 1;
    } else if (code >= 97 && code <= 122) {
      letters += 1;
    } else if (code > 127 && !isCaseless(code)) {
      byCase = true;
      break;
    }
  }
  if (byCase) ({ letters, upperLetters } = countLettersByCase(text));
  // Without a capital or any other cased character the text is its own lower case; keeping the
  // string wink interned also keeps its hash for the many set lookups by key.
  const lower = !byCase && upperLetters === 0 ? text : text.toLowerCase();
  const initialCode = text.charCodeAt(0);
  let capitalised: boolean;
  if (initialCode < 128) capitalised = initialCode >= 65 && initialCode <= 90;
  else {
    const initial = text.charAt(0);
    capitalised = initial !== initial.toLowerCase();
  }
  // An Arabic name's article or patronymic is written in lower case (`al-Amr`, `el-Sisi`, `bin
  // Salman` is two words): the name after the hyphen is what is capitalised.
  if (!capitalised && upperLetters > 0 && NAME_PARTICLE.test(text)) capitalised = true;
  return {
    start,
    end,
    text,
    key: lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower,
    pos,
    capitalised,
    allCaps: letters >= 2 && upperLetters === letters,
    hasLetter: letters > 0,
    sentenceInitial,
    lineInitial,
    line,
  };
}

/**
 * Punctuation and symbols news text is full of (curly quotes, dashes, `«`, `£`): no case, so no
 * letters, and no need to ask Unicode.
 */
function isCaseless(code: number): boolean {
  return (
    (code >= 0x2000 && code <= 0x206f) ||
    // `µ` (U+00B5) is the one character here with case: its capital is Greek `Μ`.
    (code >= 0xa0 && code <= 0xbf && code !== 0xb5) ||
    code === 0xd7 ||
    code === 0xf7
  );
}

function countLettersByCase(text: string): { letters: number; upperLetters: number } {
  const lower = text.toLowerCase();
  const upper = text.toUpperCase();
  // Case mapping can change a string's length (`İ`); then letters are not counted, as if caseless.
  if (lower.length !== text.length || upper.length !== text.length) {
    return { letters: 0, upperLetters: 0 };
  }
  let letters = 0;
  let upperLetters = 0;
  for (let index = 0; index < text.length; index += 1) {
    const isUpper = text[index] !== lower[index];
    if (isUpper || text[index] !== upper[index]) letters += 1;
    if (isUpper) upperLetters += 1;
  }
  return { letters, upperLetters };
}
