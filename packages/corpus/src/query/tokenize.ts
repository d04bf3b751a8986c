/**
 * A JavaScript mirror of SQLite's FTS5 `unicode61 remove_diacritics 2` tokenizer, so that
 * highlights and concordance lines are computed from the text exactly as the index saw it, in
 * UTF-16 offsets of the document. Token characters and folding come from a table generated from
 * SQLite itself (unicode61.generate.ts); a test re-checks the mirror against SQLite.
 */
import type { KeywordInContext, Span } from '@genebelt/model';
import { FOLD_EXCEPTIONS, TOKEN_RANGES } from './unicode61-table.js';

/** A word of a text as the index sees it: where it is and its folded form. */
export interface Token {
  start: number;
  end: number;
  folded: string;
}

/** Latin code points, the only ones unicode61 strips diacritics from. */
function isLatin(codePoint: number): boolean {
  return codePoint < 0x250 || (codePoint >= 0x1e00 && codePoint <= 0x1eff);
}

/**
 * The fold rule the table's exceptions are relative to: simple case folding (upper, then lower,
 * when that keeps the length), and diacritics removed from Latin letters.
 */
export function foldByRule(codePoint: number): string {
  const char = String.fromCodePoint(codePoint);
  const upper = char.toUpperCase();
  let folded = upper.length === char.length ? upper.toLowerCase() : char.toLowerCase();
  if (folded.length !== char.length) folded = char;
  if (isLatin(codePoint)) {
    const stripped = folded.normalize('NFD').replace(/\p{M}/gu, '');
    if (stripped.length > 0) folded = stripped;
  }
  return folded;
}

const BMP_TOKEN = new Uint8Array(0x10000);
const ASTRAL_RANGES: number[] = [];
for (let i = 0; i + 1 < TOKEN_RANGES.length; i += 2) {
  const first = TOKEN_RANGES[i] ?? 0;
  const last = TOKEN_RANGES[i + 1] ?? -1;
  for (let codePoint = first; codePoint <= Math.min(last, 0xffff); codePoint++) {
    BMP_TOKEN[codePoint] = 1;
  }
  if (last > 0xffff) ASTRAL_RANGES.push(Math.max(first, 0x10000), last);
}

const EXCEPTIONS = new Map<number, string>(FOLD_EXCEPTIONS);
const FOLD_CACHE = new Map<number, string>();

/** True when unicode61 treats the code point as part of a word. */
export function isTokenCodePoint(codePoint: number): boolean {
  if (codePoint <= 0xffff) return BMP_TOKEN[codePoint] === 1;
  let low = 0;
  let high = ASTRAL_RANGES.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const first = ASTRAL_RANGES[middle * 2] ?? 0;
    const last = ASTRAL_RANGES[middle * 2 + 1] ?? 0;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

/** The folded form unicode61 indexes a token character as (possibly "" for a lone diacritic). */
export function foldCodePoint(codePoint: number): string {
  if (codePoint < 0x80) {
    return String.fromCharCode(codePoint >= 65 && codePoint <= 90 ? codePoint + 32 : codePoint);
  }
  let folded = FOLD_CACHE.get(codePoint);
  if (folded === undefined) {
    folded = EXCEPTIONS.get(codePoint) ?? foldByRule(codePoint);
    FOLD_CACHE.set(codePoint, folded);
  }
  return folded;
}

/** Splits `text[from, to)` into tokens, with offsets in the text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let start = -1;
  let folded = '';
  while (i < to) {
    let codePoint = text.charCodeAt(i);
    let size = 1;
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        codePoint = ((codePoint - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        size = 2;
      }
    }
    if (isTokenCodePoint(codePoint)) {
      if (start < 0) start = i;
      folded += foldCodePoint(codePoint);
    } else if (start >= 0) {
      if (folded.length > 0) tokens.push({ start, end: i, folded });
      start = -1;
      folded = '';
    }
    i += size;
  }
  if (start >= 0 && folded.length > 0) tokens.push({ start, end: to, folded });
  return tokens;
}

/**
 * How many tokens the index counts in `text[from, to)` (tokens that fold to nothing, such as a lone
 * combining mark, are not counted, as in FTS5). Allocation-free, for the build.
 */
export function countTokens(text: string, from = 0, to = text.length): number {
  let count = 0;
  let inToken = false;
  let nonEmpty = false;
  let i = from;
  while (i < to) {
    let codePoint = text.charCodeAt(i);
    let size = 1;
    if (codePoint < 0x80) {
      const isToken =
        (codePoint >= 97 && codePoint <= 122) ||
        (codePoint >= 65 && codePoint <= 90) ||
        (codePoint >= 48 && codePoint <= 57);
      if (isToken) {
        inToken = true;
        nonEmpty = true;
      } else if (inToken) {
        if (nonEmpty) count++;
        inToken = false;
        nonEmpty = false;
      }
      i++;
      continue;
    }
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        codePoint = ((codePoint - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        size = 2;
      }
    }
    if (isTokenCodePoint(codePoint)) {
      inToken = true;
      if (!nonEmpty && foldCodePoint(codePoint).length > 0) nonEmpty = true;
    } else if (inToken) {
      if (nonEmpty) count++;
      inToken = false;
      nonEmpty = false;
    }
    i += size;
  }
  if (inToken && nonEmpty) count++;
  return count;
}

/**
 * A 64-bit hash of a folded token, as two signed 32-bit halves (FNV-1a and a multiplicative mix
 * over its UTF-16 code units; signed, so that V8 keeps them as small integers). Equal tokens hash
 * equally; different tokens collide with probability 2^-64.
 */
export function tokenHash(folded: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a | 0, b | 0];
}

/**
 * Receives a token that occurs more than once in a sentence: its hash halves and its positions
 * (token indexes in the sentence, as FTS5 numbers them), `positions[0]` to `positions[count - 1]`.
 */
export type RepeatSink = (
  hashA: number,
  hashB: number,
  positions: ArrayLike<number>,
  count: number,
) => void;

const SLOTS = 512;
const slotA = new Int32Array(SLOTS);
const slotB = new Int32Array(SLOTS);
const slotCount = new Uint32Array(SLOTS);
const slotStamp = new Uint32Array(SLOTS);
const usedSlots = new Uint32Array(SLOTS);
let tokenSlots = new Int32Array(1024);
let gathered = new Uint32Array(1024);
let stamp = 0;

/** Scan state, module-level so that scanning a sentence allocates nothing. */
let scanUsed = 0;
let scanCount = 0;
let scanOverflow: Map<string, { a: number; b: number; positions: number[] }> | null = null;

/** Records the token just hashed (halves a, b) at the next position. */
function recordToken(hashA: number, hashB: number): void {
  const position = scanCount++;
  if (scanOverflow) {
    const key = `${hashA}:${hashB}`;
    const entry = scanOverflow.get(key);
    if (entry) entry.positions.push(position);
    else scanOverflow.set(key, { a: hashA, b: hashB, positions: [position] });
    return;
  }
  let slot = (hashA ^ (hashB >>> 7)) & (SLOTS - 1);
  for (;;) {
    if (slotStamp[slot] !== stamp) {
      slotStamp[slot] = stamp;
      slotA[slot] = hashA;
      slotB[slot] = hashB;
      slotCount[slot] = 1;
      usedSlots[scanUsed++] = slot;
      break;
    }
    if (slotA[slot] === hashA && slotB[slot] === hashB) {
      slotCount[slot] = (slotCount[slot] ?? 0) + 1;
      break;
    }
    slot = (slot + 1) & (SLOTS - 1);
  }
  if (position >= tokenSlots.length) {
    const grown = new Int32Array(tokenSlots.length * 2);
    grown.set(tokenSlots);
    tokenSlots = grown;
  }
  tokenSlots[position] = slot;
  if (scanUsed > SLOTS / 2) {
    // Too many distinct tokens for the table: move what it holds to a Map.
    const overflow = new Map<string, { a: number; b: number; positions: number[] }>();
    for (let p = 0; p <= position; p++) {
      const s = tokenSlots[p] ?? 0;
      const key = `${slotA[s]}:${slotB[s]}`;
      const entry = overflow.get(key);
      if (entry) entry.positions.push(p);
      else overflow.set(key, { a: slotA[s] ?? 0, b: slotB[s] ?? 0, positions: [p] });
    }
    scanOverflow = overflow;
    scanUsed = 0;
  }
}

/**
 * Counts the tokens of `text[from, to)` as FTS5 does and reports each token that occurs more than
 * once, with its positions (so a word's or a phrase's frequency in a sentence is known without its
 * text). One pass, no allocation for ASCII; sentences of more than 256 distinct tokens fall back
 * to a Map.
 */
export function scanTokens(text: string, from: number, to: number, repeats: RepeatSink): number {
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    slotStamp.fill(0);
    stamp = 1;
  }
  scanUsed = 0;
  scanCount = 0;
  scanOverflow = null;
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  let inToken = false;
  let length = 0;
  let i = from;
  while (i < to) {
    let codePoint = text.charCodeAt(i);
    if (codePoint < 0x80) {
      if (
        (codePoint >= 97 && codePoint <= 122) ||
        (codePoint >= 65 && codePoint <= 90) ||
        (codePoint >= 48 && codePoint <= 57)
      ) {
        if (!inToken) {
          inToken = true;
          length = 0;
          a = 0x811c9dc5;
          b = 0x9747b28c;
        }
        const unit = codePoint >= 65 && codePoint <= 90 ? codePoint + 32 : codePoint;
        a = Math.imul(a ^ unit, 0x01000193);
        b = Math.imul(b ^ unit, 0x5bd1e995);
        b ^= b >>> 15;
        length++;
      } else if (inToken) {
        inToken = false;
        if (length > 0) recordToken(a | 0, b | 0);
      }
      i++;
      continue;
    }
    let size = 1;
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        codePoint = ((codePoint - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        size = 2;
      }
    }
    if (isTokenCodePoint(codePoint)) {
      if (!inToken) {
        inToken = true;
        length = 0;
        a = 0x811c9dc5;
        b = 0x9747b28c;
      }
      const folded = foldCodePoint(codePoint);
      for (let j = 0; j < folded.length; j++) {
        const unit = folded.charCodeAt(j);
        a = Math.imul(a ^ unit, 0x01000193);
        b = Math.imul(b ^ unit, 0x5bd1e995);
        b ^= b >>> 15;
        length++;
      }
    } else if (inToken) {
      inToken = false;
      if (length > 0) recordToken(a | 0, b | 0);
    }
    i += size;
  }
  if (inToken && length > 0) recordToken(a | 0, b | 0);
  const count = scanCount;
  const overflow = scanOverflow as Map<
    string,
    { a: number; b: number; positions: number[] }
  > | null;
  if (overflow) {
    for (const entry of overflow.values()) {
      if (entry.positions.length > 1) {
        repeats(entry.a, entry.b, entry.positions, entry.positions.length);
      }
    }
    return count;
  }
  if (gathered.length < count) gathered = new Uint32Array(Math.max(count, gathered.length * 2));
  for (let k = 0; k < scanUsed; k++) {
    const slot = usedSlots[k] ?? 0;
    const n = slotCount[slot] ?? 0;
    if (n < 2) continue;
    let found = 0;
    for (let p = 0; p < count && found < n; p++) {
      if (tokenSlots[p] === slot) gathered[found++] = p;
    }
    repeats(slotA[slot] ?? 0, slotB[slot] ?? 0, gathered, n);
  }
  return count;
}

/** The folded words of a text, as the index would see them. */
export function words(text: string): string[] {
  return tokenize(text).map((token) => token.folded);
}

/** Folds a whole string (every character, separators kept) for substring filters. */
export function foldText(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 0x80;
  if (ascii) return text.toLowerCase();
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    out += isTokenCodePoint(codePoint) ? foldCodePoint(codePoint) : char.toLowerCase();
  }
  return out;
}

/** What a token of a query must match: a whole folded word, or the start of one. */
export interface TokenPattern {
  folded: string;
  prefix: boolean;
}

/**
 * Every place in `tokens` where the patterns match consecutive tokens, as spans from the first
 * matched token's start to the last one's end.
 */
export function findSequence(tokens: readonly Token[], patterns: readonly TokenPattern[]): Span[] {
  const spans: Span[] = [];
  if (patterns.length === 0) return spans;
  const last = tokens.length - patterns.length;
  for (let i = 0; i <= last; i++) {
    let matched = true;
    for (let j = 0; j < patterns.length; j++) {
      const pattern = patterns[j];
      const token = tokens[i + j];
      if (!pattern || !token) {
        matched = false;
        break;
      }
      if (
        pattern.prefix ? !token.folded.startsWith(pattern.folded) : token.folded !== pattern.folded
      ) {
        matched = false;
        break;
      }
    }
    if (matched) {
      const first = tokens[i];
      const end = tokens[i + patterns.length - 1];
      if (first && end) spans.push({ start: first.start, end: end.end });
    }
  }
  return spans;
}

/** Sorts spans and merges those that overlap, so a reader can mark them without nesting. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && span.start < previous.end) previous.end = Math.max(previous.end, span.end);
    else if (!previous || span.start !== previous.start || span.end !== previous.end) {
      merged.push({ start: span.start, end: span.end });
    }
  }
  return merged;
}

const LINE_BREAKS = /[ \t]*(?:\r\n|[\r\n\u2028\u2029])+[ \t]*/g;

/** Replaces line breaks (and the spaces around them) with one space. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}

/**
 * Keyword in context: the span with up to `width` code units of `text` on each side, within
 * `bounds` (usually its sentence), cut at word boundaries and on one line.
 */
export function keywordInContext(
  text: string,
  span: Span,
  bounds: Span,
  width: number,
): KeywordInContext {
  const leftStart = Math.max(bounds.start, span.start - width);
  let left = text.slice(leftStart, span.start);
  if (leftStart > bounds.start && !isSpace(text[leftStart - 1]) && !isSpace(text[leftStart])) {
    const space = left.search(/\s/);
    left = space < 0 ? '' : left.slice(space + 1);
  }
  const rightEnd = Math.min(bounds.end, span.end + width);
  let right = text.slice(span.end, rightEnd);
  if (rightEnd < bounds.end && !isSpace(text[rightEnd - 1]) && !isSpace(text[rightEnd])) {
    const match = /\s\S*$/.exec(right);
    right = match ? right.slice(0, match.index) : '';
  }
  return {
    left: oneLine(left).trimStart(),
    match: oneLine(text.slice(span.start, span.end)),
    right: oneLine(right).trimEnd(),
  };
}

/** A text cut to about `length` code units at a word boundary, with an ellipsis if cut. */
export function shorten(text: string, length: number): string {
  const line = oneLine(text).trim();
  if (line.length <= length) return line;
  const cut = line.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
