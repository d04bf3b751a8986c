/**
 * Ink hands over a run of plain characters that arrived together as one input: "\rnn" for
 * Enter, n, n typed faster than the terminal's read (a quick typist over SSH, key repeat,
 * `tmux send-keys Enter n n`, a paste). Read whole, that run matches no binding and every key in
 * it is lost. So a run is split into one key per character, each with the flags Ink would have
 * given it alone. Escape sequences (arrows, function keys) already come one per input.
 */
import type { Key } from 'ink';

/** The key of each character of `input`, in order; a single key is returned as it came. */
export function splitKeys(input: string, key: Key): [string, Key][] {
  const characters = Array.from(input);
  if (characters.length <= 1 || input.includes('\u001b')) return [[input, key]];
  const blank = Object.fromEntries(
    Object.entries(key).map(([name, value]) => [name, typeof value === 'boolean' ? false : value]),
  ) as unknown as Key;
  return characters.map((character) => keyOf(character, blank));
}

function keyOf(character: string, blank: Key): [string, Key] {
  const code = character.codePointAt(0) ?? 0;
  if (character === '\r' || character === '\n') return ['', { ...blank, return: true }];
  if (character === '\t') return ['', { ...blank, tab: true }];
  if (code === 0x7f || code === 0x08) return ['', { ...blank, backspace: true }];
  // Ctrl+letter arrives as codes 1-26; Ink reports the letter with ctrl set.
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...blank, ctrl: true }];
  // Other C0 controls and NUL have no binding and are not text: passed as they are, they are
  // dropped by the text fields' sanitiser like any other control character.
  return [character, { ...blank, shift: /^[A-Z]$/.test(character) }];
}
