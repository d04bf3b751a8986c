/**
 * Terminal cell widths, truncation and word wrapping. Every screen lays its text out here, one
 * terminal row per line, so a window of rows is exactly what is drawn and Ink never has to wrap.
 * Input is already sanitised (no control characters).
 */

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

/** East Asian Wide and Fullwidth ranges (the common ones), drawn two cells wide. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

/** Cells a code point takes in a terminal: 0, 1 or 2. */
export function codePointWidth(codePoint: number): number {
  if (codePoint < 0x7f) return codePoint < 0x20 ? 0 : 1;
  if (codePoint < 0x300) return 1;
  const character = String.fromCodePoint(codePoint);
  if (ZERO_WIDTH.test(character)) return 0;
  for (const [low, high] of WIDE_RANGES) {
    if (codePoint < low) break;
    if (codePoint <= high) return 2;
  }
  return EMOJI.test(character) ? 2 : 1;
}

/** Cells a string takes in a terminal. */
export function textWidth(text: string): number {
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x7f) {
      width += code < 0x20 ? 0 : 1;
      continue;
    }
    const point = text.codePointAt(index) ?? code;
    if (point > 0xffff) index++;
    width += codePointWidth(point);
  }
  return width;
}

/** The longest prefix of `text` that fits in `width` cells. */
function fitPrefix(text: string, width: number): string {
  let used = 0;
  let index = 0;
  while (index < text.length) {
    const point = text.codePointAt(index) ?? 0;
    const size = point > 0xffff ? 2 : 1;
    const cells = codePointWidth(point);
    if (used + cells > width) break;
    used += cells;
    index += size;
  }
  return text.slice(0, index);
}

/** Cuts text to `width` cells, ending with … when something was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (textWidth(text) <= width) return text;
  return `${fitPrefix(text, width - 1)}…`;
}

/** Cuts text from the left to `width` cells, starting with … when something was cut. */
export function truncateStart(text: string, width: number): string {
  if (width <= 0) return '';
  if (textWidth(text) <= width) return text;
  const points = Array.from(text);
  let used = 1;
  let start = points.length;
  while (start > 0) {
    const point = points[start - 1] ?? '';
    const cells = codePointWidth(point.codePointAt(0) ?? 0);
    if (used + cells > width) break;
    used += cells;
    start--;
  }
  return `…${points.slice(start).join('')}`;
}

/** Pads (or cuts) text to exactly `width` cells. */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const cut = truncate(text, width);
  const padding = ' '.repeat(Math.max(0, width - textWidth(cut)));
  return align === 'left' ? cut + padding : padding + cut;
}

/**
 * Breaks text into lines of at most `width` cells, at spaces where it can, inside a word where a
 * word is longer than a line. Returns [start, end) ranges of the text; `\n` forces a break.
 * Spaces at a break are dropped from both lines.
 */
export function wrapRanges(text: string, width: number): [number, number][] {
  const lines: [number, number][] = [];
  const limit = Math.max(1, width);
  let position = 0;
  const length = text.length;
  if (length === 0) return [[0, 0]];
  while (position < length) {
    const start = position;
    let used = 0;
    let index = position;
    let lastBreak = -1;
    let end = -1;
    let next = length;
    while (index < length) {
      const code = text.charCodeAt(index);
      if (code === 0x0a) {
        end = index;
        next = index + 1;
        break;
      }
      const point = text.codePointAt(index) ?? code;
      const size = point > 0xffff ? 2 : 1;
      const cells = code < 0x7f ? 1 : codePointWidth(point);
      if (used + cells > limit) {
        if (code === 0x20) {
          end = index;
        } else if (lastBreak > start) {
          end = lastBreak;
        } else {
          end = index > start ? index : index + size;
        }
        next = end;
        while (next < length && text.charCodeAt(next) === 0x20) next++;
        break;
      }
      used += cells;
      index += size;
      if (code === 0x20) lastBreak = index;
    }
    if (end < 0) {
      end = length;
      next = length;
    }
    let trimmed = end;
    while (trimmed > start && text.charCodeAt(trimmed - 1) === 0x20) trimmed--;
    lines.push([start, trimmed]);
    if (next === length && text.charCodeAt(length - 1) === 0x0a) lines.push([length, length]);
    position = next;
  }
  return lines;
}

/** Wraps text into lines of at most `width` cells. */
export function wrap(text: string, width: number): string[] {
  return wrapRanges(text, width).map(([start, end]) => text.slice(start, end));
}
