import type { Span } from '@genebelt/model';

/**
 * Step 3: sentences and words, with `Intl.Segmenter`. The segmenter splits after every full stop
 * it takes for a sentence end, including the ones in "Mr.", "Dr." and "P.c."; an abbreviation
 * pass joins those pieces back.
 */
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Titles before a name: a full stop after them never ends a sentence ("Mr. Nawab"). */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'amb',
  'adm',
  'maj',
  'cmdr',
  'supt',
  'insp',
  'no',
]);

/**
 * Other abbreviations: they end a sentence when a capital follows ("in the U.S. The firm…") and
 * do not when lower case or a digit follows ("Ltd. said", "Jan. 5").
 */
const ABBREVIATIONS = new Set([
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'plc',
  'nos',
  'vol',
  'art',
  'fig',
  'vs',
  'etc',
  'al',
  'approx',
  'dept',
  'est',
  'govt',
  'intl',
  'univ',
  'assn',
  'ave',
  'blvd',
  'rd',
  'ft',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'us',
  'uk',
  'un',
  'eu',
  'phd',
  'bsc',
  'msc',
]);

/** The word before a final full stop ("Mr", "U.S", "P.c", "J"). */
const LAST_WORD = /(?:^|[\s(“"‘'])((?:\p{L}\.)*\p{L}+)\.\s*$/u;

/** What may stand before the last word: what LAST_WORD accepts before it. */
const BEFORE_WORD = /[\s(“"‘']/;

/**
 * Whether a piece (trimmed, so its last character is not white space) ending in a full stop
 * continues into the next piece, which starts with `next`.
 */
function continuesAfter(text: string, piece: Span, next: string): boolean {
  if (text.charCodeAt(piece.end - 1) !== 46) return false;
  // LAST_WORD can only match from the last character that may stand before a word (its word has
  // letters and full stops only), so the rest of the piece need not be copied and scanned.
  let from = piece.end - 2;
  while (from > piece.start && !BEFORE_WORD.test(text.charAt(from))) from -= 1;
  const word = LAST_WORD.exec(text.slice(Math.max(from, piece.start), piece.end))?.[1];
  if (!word) return false;
  const bare = word.replace(/\./g, '').toLowerCase();
  // Titles, initials ("J. Smith") and dotted lower-case forms ("P.c.", "e.g.") always continue.
  if (TITLES.has(bare) || /^\p{Lu}$/u.test(word) || (word.includes('.') && /\p{Ll}/u.test(word))) {
    return true;
  }
  const isAbbreviation = ABBREVIATIONS.has(bare) || word.includes('.');
  // A dotted form that is the whole piece is no sentence of its own: initials opening a paragraph
  // ("K.C. Maurer, chief financial officer, said").
  if (word.includes('.') && piece.end - piece.start === word.length + 1) return true;
  return isAbbreviation && /[\p{Ll}\p{N}]/u.test(next);
}

/** Trims white space off both ends of a span of `text`. */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/** Sentences of one block of text, as spans of `text`. */
export function segmentSentences(text: string, block: Span): Span[] {
  const content = text.slice(block.start, block.end);
  const pieces: Span[] = [];
  for (const piece of sentenceSegmenter.segment(content)) {
    const span = trimSpan(text, {
      start: block.start + piece.index,
      end: block.start + piece.index + piece.segment.length,
    });
    if (span.end === span.start) continue;
    const previous = pieces.at(-1);
    const next = text.charAt(span.start);
    if (previous && continuesAfter(text, previous, next)) {
      previous.end = span.end;
    } else {
      pieces.push(span);
    }
  }
  return pieces;
}

/** Word spans (letters or digits) of a span of `text`, without spaces and punctuation. */
export function segmentWords(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const words: Span[] = [];
  for (const piece of wordSegmenter.segment(text.slice(within.start, within.end))) {
    if (!piece.isWordLike) continue;
    const start = within.start + piece.index;
    words.push({ start, end: start + piece.segment.length });
  }
  return words;
}
