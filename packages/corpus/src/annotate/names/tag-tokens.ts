/**
 * Tokenises and part-of-speech tags text with wink-nlp, giving every token its exact offsets in the
 * input. The model is loaded once, on first use, because loading it costs far more than tagging a
 * news article.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

/**
 * The tokens as parallel arrays, one entry per token: a text has tens of thousands of tokens, and
 * arrays of numbers and shared strings cost far less to build and collect than an object each.
 */
export interface TaggedTokens {
  start: number[];
  end: number[];
  value: string[];
  /** Universal part of speech from wink's tagger (PROPN, NOUN, ADP, …). */
  pos: string[];
  /** First word of a sentence (after any opening quotes or brackets). */
  sentenceInitial: boolean[];
  /** Whether a line break lies between this token and the previous one. */
  lineInitial: boolean[];
}

let tagger: WinkMethods | undefined;
/** How many words wink's model knows: it numbers words it meets beyond them from here on. */
let lexiconSize = 0;

function loadTagger(): WinkMethods {
  // Only sentence breaking and tagging: wink's other stages (negation, sentiment, its own entity
  // recogniser, which in the lite model finds dates and numbers, not names) cost time for nothing.
  if (tagger === undefined) {
    tagger = winkNLP(model, ['sbd', 'pos']);
    // The first word the model does not know gets the first number past its own words.
    const probe = tagger.readDoc('qzxjvkwqzx').tokens().out(tagger.its.uniqueId);
    lexiconSize = Number(probe[0] ?? 0);
  }
  return tagger;
}

const englishWords = new Map<string, boolean>();
/** Bound on the remembered answers, so that a long-running process does not grow without end. */
const MAX_REMEMBERED = 50_000;

/**
 * Whether a lower-case word is in wink's English lexicon: common words (`easy`, `galaxy`,
 * `cross`) are, and most names (`london`, `tanaka`, `sachs`) are not.
 */
export function isEnglishWord(key: string): boolean {
  const known = englishWords.get(key);
  if (known !== undefined) return known;
  const nlp = loadTagger();
  const ids = nlp.readDoc(key).tokens().out(nlp.its.uniqueId);
  const answer = ids.length === 1 && Number(ids[0]) < lexiconSize;
  if (englishWords.size >= MAX_REMEMBERED) englishWords.clear();
  englishWords.set(key, answer);
  return answer;
}

// wink's cost grows with document size; pieces of this size keep memory flat on huge inputs.
const CHUNK = 20_000;

export function tagTokens(text: string): TaggedTokens {
  const tokens: TaggedTokens = {
    start: [],
    end: [],
    value: [],
    pos: [],
    sentenceInitial: [],
    lineInitial: [],
  };
  for (const [start, end] of chunks(text)) {
    try {
      tagChunk(text, start, end, tokens);
    } catch {
      // Name proposal must never fail on odd input; a piece wink cannot read just proposes nothing.
    }
  }
  return tokens;
}

function tagChunk(text: string, from: number, to: number, tokens: TaggedTokens): void {
  const nlp = loadTagger();
  const its = nlp.its;
  const doc = nlp.readDoc(text.slice(from, to));
  const values = doc.tokens().out();
  const pos = doc.tokens().out(its.pos);
  // Sentences come in order, so one pointer walks their first tokens alongside the tokens.
  const sentenceSpans = doc.sentences().out(its.span);
  let nextSentence = 0;

  let cursor = from;
  // Room for the text of tokens that could not be placed, so one reshaped token does not cost the
  // rest of the chunk.
  let skipped = 0;
  let pendingSentence = false;
  let pendingLine = tokens.start.length === 0 || from === 0 || hasLineBreak(text, from - 1, from);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] ?? '';
    while (nextSentence < sentenceSpans.length) {
      const first = sentenceSpans[nextSentence]?.[0];
      if (typeof first === 'number' && first > index) break;
      if (first === index) pendingSentence = true;
      nextSentence += 1;
    }
    const found = value.length === 0 ? -1 : locate(value);
    // A token wink reshaped cannot be placed exactly, so it is left out rather than guessed.
    if (found < 0 || found >= to || !fits(found)) {
      skipped += value.length + 1;
      continue;
    }
    skipped = 0;
    const tokenPos = pos[index] ?? 'X';
    if (hasLineBreak(text, cursor, found)) pendingLine = true;
    cursor = found + value.length;
    if (tokenPos === 'SPACE' || isBlank(text, found, cursor)) {
      if (hasLineBreak(text, found, cursor)) pendingLine = true;
      continue;
    }
    const opener = isOpener(value);
    tokens.start.push(found);
    tokens.end.push(cursor);
    tokens.value.push(value);
    tokens.pos.push(tokenPos);
    tokens.sentenceInitial.push((pendingSentence || pendingLine) && !opener);
    tokens.lineInitial.push(pendingLine);
    if (!opener) {
      pendingSentence = false;
      pendingLine = false;
    }
  }

  /** Where `value` starts: just past blanks from the cursor, or nearby after a reshaped token. */
  function locate(value: string): number {
    let position = cursor;
    while (position < to && isBlank(text, position, position + 1)) position += 1;
    if (text.startsWith(value, position)) return position;
    // Looking only a little way ahead keeps a run of unplaceable tokens from costing n².
    const window = text.slice(cursor, Math.min(to, cursor + 64 + skipped * 2 + value.length));
    const offset = window.indexOf(value);
    return offset < 0 ? -1 : cursor + offset;
  }

  function fits(found: number): boolean {
    return skipped > 0 ? found - cursor <= skipped * 2 : isBlank(text, cursor, found);
  }
}

function isOpener(value: string): boolean {
  return (
    value === '"' ||
    value === '“' ||
    value === '‘' ||
    value === "'" ||
    value === '(' ||
    value === '['
  );
}

const WHITE_SPACE = /\s/;

function isBlank(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code <= 32) continue;
    // No printable ASCII character is white space; only beyond ASCII need Unicode be asked.
    if (code < 128 || !WHITE_SPACE.test(text.charAt(index))) return false;
  }
  return true;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/** Splits text into pieces of at most CHUNK: at line breaks, else sentence ends, else spaces. */
function chunks(text: string): [number, number][] {
  const pieces: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    if (text.length - start <= CHUNK) {
      pieces.push([start, text.length]);
      break;
    }
    const end = breakPoint(text, start, start + CHUNK);
    pieces.push([start, end]);
    start = end;
  }
  return pieces;
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

function breakPoint(text: string, start: number, limit: number): number {
  const newline = text.lastIndexOf('\n', limit - 1);
  if (newline > start) return newline + 1;
  let best = start;
  for (const { index } of sentences.segment(text.slice(start, limit))) {
    if (index > 0) best = start + index;
  }
  if (best > start) return best;
  for (let index = limit - 1; index > start; index -= 1) {
    if (/\s/.test(text.charAt(index))) return index + 1;
  }
  // No break at all: cut between code points, never inside a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
