/**
 * The print boundary. Corpus text, file names, queries and error messages come from outside and
 * may carry terminal control sequences: an OSC 52 sequence writes the clipboard, OSC 8 hides a
 * link, a CSI moves the cursor or repaints the screen, `\r` overwrites what a reader sees, bidi
 * overrides reorder it. Every string the CLI prints passes through this module, on the way to
 * Ink's <Text> and to plain stdout/stderr alike; what is stored stays lossless.
 *
 * `strip-ansi` is not enough (it leaves `\r`, BEL, a lone ESC, 8-bit C1 and bidi controls), so
 * this is a small scanner that removes, with their payloads:
 *   - ESC sequences: CSI (`ESC [` … final), OSC/DCS/SOS/PM/APC strings (`ESC ] … BEL|ST`),
 *     nF/Fp/Fe/Fs two- and three-character escapes, and a lone ESC;
 *   - the same introduced by 8-bit C1 code points (U+009B CSI, U+009D OSC, U+0090 DCS …);
 *   - every other C0 control except `\n` (a tab becomes two spaces), DEL and C1 (U+0080–U+009F);
 *   - bidi controls: U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C.
 * U+2028 and U+2029 (line and paragraph separators) become `\n`.
 */

/** Anything the scanner must look at; text without these is returned as it is. */
const SUSPECT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\t]/;

/** Characters that must never reach a terminal (for tests and assertions). */
export const UNSAFE_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const ESC = 0x1b;
const BEL = 0x07;
const C1_CSI = 0x9b;
const C1_ST = 0x9c;
/** 8-bit introducers of control strings: DCS, SOS, OSC, PM, APC. */
const C1_STRING_INTRODUCERS = new Set([0x90, 0x98, 0x9d, 0x9e, 0x9f]);
/** The characters after ESC that open a control string: P (DCS), X (SOS), ] (OSC), ^ (PM), _ (APC). */
const STRING_FINALS = new Set([0x50, 0x58, 0x5d, 0x5e, 0x5f]);

function isBidiControl(code: number): boolean {
  return (
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c
  );
}

/** The index after a CSI whose parameters start at `from`. */
function skipCsiBody(text: string, from: number): number {
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code >= 0x20 && code <= 0x3f) {
      index++; // parameter and intermediate bytes
      continue;
    }
    if (code >= 0x40 && code <= 0x7e) return index + 1; // final byte
    return index; // anything else ends the sequence; what follows is read as text again
  }
  return index;
}

/** The index after a control string (OSC, DCS, …) whose payload starts at `from`. */
function skipControlString(text: string, from: number): number {
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === BEL || code === C1_ST) return index + 1;
    if (code === ESC) {
      // ESC \ is the string terminator; any other ESC also ends the string (terminals do the same).
      return text.charCodeAt(index + 1) === 0x5c ? index + 2 : index;
    }
    index++;
  }
  // Unterminated: a terminal would swallow the rest, so the rest is not shown either.
  return index;
}

/** The index after the escape sequence that starts with ESC at `at`. */
function skipEscape(text: string, at: number): number {
  const next = text.charCodeAt(at + 1);
  if (Number.isNaN(next)) return at + 1;
  if (next === 0x5b) return skipCsiBody(text, at + 2); // ESC [
  if (STRING_FINALS.has(next)) return skipControlString(text, at + 2);
  if (next >= 0x20 && next <= 0x2f) {
    // nF escape: intermediates, then one final byte.
    let index = at + 1;
    while (
      index < text.length &&
      text.charCodeAt(index) >= 0x20 &&
      text.charCodeAt(index) <= 0x2f
    ) {
      index++;
    }
    const final = text.charCodeAt(index);
    return final >= 0x30 && final <= 0x7e ? index + 1 : index;
  }
  if (next >= 0x30 && next <= 0x7e) return at + 2; // Fp, Fe, Fs: ESC 7, ESC c, ESC N …
  return at + 1; // a lone ESC
}

/**
 * Removes control sequences and control characters from untrusted text (see the module comment).
 * Newlines are kept; use sanitizeLine for one-line contexts.
 */
export function sanitize(text: string): string {
  if (!SUSPECT.test(text)) return text;
  const parts: string[] = [];
  let clean = 0;
  let index = 0;
  const cut = (next: number, replacement = '') => {
    if (index > clean) parts.push(text.slice(clean, index));
    if (replacement) parts.push(replacement);
    index = next;
    clean = next;
  };
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === ESC) cut(skipEscape(text, index));
    else if (code === C1_CSI) cut(skipCsiBody(text, index + 1));
    else if (C1_STRING_INTRODUCERS.has(code)) cut(skipControlString(text, index + 1));
    else if (code === 0x09) cut(index + 1, '  ');
    else if (code === 0x2028 || code === 0x2029) cut(index + 1, '\n');
    else if (code === 0x0a) index++;
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || isBidiControl(code)) cut(index + 1);
    else index++;
  }
  if (clean < text.length) parts.push(text.slice(clean));
  return parts.join('');
}

/** sanitize, with line breaks turned into spaces: for titles, names, table cells, KWIC lines. */
export function sanitizeLine(text: string): string {
  const safe = sanitize(text);
  return safe.includes('\n') ? safe.replace(/\n+/g, ' ') : safe;
}

/** Characters JSON.stringify leaves raw that a terminal would act on or reorder text by. */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON for a terminal or a pipe: JSON.stringify already escapes C0 controls (ESC becomes
 * \u001b); this also escapes DEL, C1, bidi controls and line separators. The result parses to
 * exactly the same value, so `--json` output stays lossless while carrying no control byte.
 */
export function terminalJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    JSON_UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
