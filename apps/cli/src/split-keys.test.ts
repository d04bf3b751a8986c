import { describe, expect, it } from 'vitest';
import { NO_KEY } from '../test/fixtures/keys.js';
import { commandFor, EDIT_KEYS, LIBRARY_KEYS } from './keys.js';
import { splitKeys } from './split-keys.js';

const plain = NO_KEY;

describe('splitKeys', () => {
  it('keeps a single key as Ink gave it', () => {
    const enter = { ...plain, return: true };
    expect(splitKeys('', enter)).toEqual([['', enter]]);
    expect(splitKeys('n', plain)).toEqual([['n', plain]]);
    expect(splitKeys('é', plain)).toEqual([['é', plain]]);
    // One code point outside the BMP is one key, though two UTF-16 units.
    expect(splitKeys('𝔸', plain)).toEqual([['𝔸', plain]]);
  });

  it('splits keys typed faster than a read into Enter, n, n', () => {
    const keys = splitKeys('\rnn', plain);
    expect(keys.map(([input, key]) => [input, key.return])).toEqual([
      ['', true],
      ['n', false],
      ['n', false],
    ]);
    expect(keys.map(([input, key]) => commandFor(LIBRARY_KEYS, input, key))).toEqual([
      'open',
      null,
      null,
    ]);
  });

  it('gives Tab, Backspace, Ctrl+letter and capitals the flags Ink gives them alone', () => {
    const keys = splitKeys('\t\u007fA\u0015b', plain);
    expect(keys[0]?.[1].tab).toBe(true);
    expect(keys[1]?.[1].backspace).toBe(true);
    expect(keys[2]).toEqual(['A', { ...plain, shift: true }]);
    expect(keys[3]).toEqual(['u', { ...plain, ctrl: true }]);
    expect(commandFor(EDIT_KEYS, keys[3]?.[0] ?? '', keys[3]?.[1] ?? plain)).toBe('clear');
    expect(keys[4]).toEqual(['b', plain]);
  });

  it('leaves escape sequences whole', () => {
    expect(splitKeys('\u001b[A', { ...plain, upArrow: true })).toEqual([
      ['\u001b[A', { ...plain, upArrow: true }],
    ]);
  });
});
