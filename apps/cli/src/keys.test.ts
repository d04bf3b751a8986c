import { describe, expect, it } from 'vitest';
import { key } from '../test/fixtures/keys.js';
import {
  commandFor,
  ENTITIES_KEYS,
  ENTITY_KEYS,
  GLOBAL_KEYS,
  keyLabel,
  LIBRARY_KEYS,
  matchesKey,
  READER_KEYS,
  SEARCH_KEYS,
  TIMELINE_KEYS,
  typedText,
} from './keys.js';

describe('matchesKey', () => {
  it('matches characters, named keys and ctrl combinations', () => {
    expect(matchesKey('q', 'q', key())).toBe(true);
    expect(matchesKey('q', 'q', key({ ctrl: true }))).toBe(false);
    expect(matchesKey('return', '\r', key({ return: true }))).toBe(true);
    expect(matchesKey('escape', '', key({ escape: true }))).toBe(true);
    expect(matchesKey('ctrl+c', 'c', key({ ctrl: true }))).toBe(true);
    expect(matchesKey('space', ' ', key())).toBe(true);
    expect(matchesKey('backspace', '', key({ delete: true }))).toBe(true);
  });

  it('finds the command of a key press', () => {
    expect(commandFor(READER_KEYS, 'n', key())).toBe('nextMention');
    expect(commandFor(READER_KEYS, 'p', key())).toBe('previousMention');
    expect(commandFor(READER_KEYS, '', key({ return: true }))).toBe('openEntity');
    expect(commandFor(GLOBAL_KEYS, '?', key())).toBe('help');
    expect(commandFor(GLOBAL_KEYS, 'x', key())).toBeNull();
  });

  it('labels keys for the help', () => {
    expect(keyLabel('return')).toBe('Enter');
    expect(keyLabel('escape')).toBe('Esc');
    expect(keyLabel('ctrl+u')).toBe('Ctrl+U');
    expect(keyLabel('G')).toBe('G');
  });
});

describe('bindings', () => {
  const screens = {
    LIBRARY_KEYS,
    READER_KEYS,
    ENTITIES_KEYS,
    ENTITY_KEYS,
    SEARCH_KEYS,
    TIMELINE_KEYS,
  };

  it.each(Object.entries(screens))('%s never takes a global key', (_name, bindings) => {
    const global = new Set(GLOBAL_KEYS.flatMap((binding) => binding.keys));
    for (const binding of bindings) {
      for (const spec of binding.keys)
        expect(global.has(spec), `${spec} of ${binding.command}`).toBe(false);
    }
  });

  it.each(Object.entries(screens))('%s binds each key once', (_name, bindings) => {
    const keys = bindings.flatMap((binding) => binding.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('typedText', () => {
  it('is the input for printable keys and nothing for control keys', () => {
    expect(typedText('a', key())).toBe('a');
    expect(typedText('', key({ upArrow: true }))).toBe('');
    expect(typedText('u', key({ ctrl: true }))).toBe('');
  });
});
