/**
 * Names of storms. News names a tropical storm with a common noun and a given name (`Cyclone
 * Phailin`, `Hurricane Katrina`, `Typhoon Haiyan`), then often by the given name alone
 * (`Phailin's winds`). GUM types such a storm an event, so neither the whole nor the given name is
 * a person, organisation or place; without this, the given name alone reads as a person's.
 */
import { keyOf, type Run } from './run-words.js';
import type { Word } from './words.js';

/** Common nouns that open a storm's name. */
const STORM_WORDS: ReadonlySet<string> = new Set(['cyclone', 'hurricane', 'typhoon', 'storm']);

/** The lower-case keys of names the text gives to storms (`phailin` for `Cyclone Phailin`). */
function stormNames(runs: readonly Run[], words: readonly Word[]): Set<string> {
  const names = new Set<string>();
  for (const run of runs) {
    const first = words[run.first];
    if (first !== undefined && STORM_WORDS.has(first.key) && run.last > run.first) {
      names.add(keyOf(words, run.first + 1, run.last));
    } else if (STORM_WORDS.has(words[run.first - 1]?.key ?? '')) {
      names.add(keyOf(words, run.first, run.last));
    }
  }
  return names;
}

/**
 * Drops runs that name a storm: those opened by a storm word, those right after one, and any
 * other run holding a storm's name (`T C Phailin`, `Phailin`).
 */
export function dropStormNames(runs: readonly Run[], words: readonly Word[]): Run[] {
  const names = stormNames(runs, words);
  if (names.size === 0) return [...runs];
  return runs.filter((run) => {
    if (STORM_WORDS.has(words[run.first]?.key ?? '')) return false;
    for (let first = run.first; first <= run.last; first += 1) {
      for (let last = first; last <= run.last; last += 1) {
        if (names.has(keyOf(words, first, last))) return false;
      }
    }
    return true;
  });
}
