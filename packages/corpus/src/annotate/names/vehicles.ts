/**
 * Craft named like bodies: spacecraft, ships and aircraft (`Juno`, `Cassini`, `Endeavour`). What
 * tells them is what they do and where people are: a craft orbits, lands, docks and flies by, and
 * people are aboard it; organisations do none of these. Such a use counts as a thing's use of the
 * name (see `Occurrences.likeThing`), never as proof on its own.
 */
import type { Run } from './run-words.js';
import type { Word } from './words.js';

/** Verbs of a craft's own motion, right after its name (`Juno orbits`, `Cassini plunged`). */
const CRAFT_VERBS = new Set([
  'orbit',
  'orbits',
  'orbited',
  'orbiting',
  'landed',
  'lands',
  'docked',
  'docks',
  'undocked',
  'flew',
  'flies',
  'splashed',
  'plunged',
  'touched',
  'lifted',
  'blasted',
  'circled',
  'circles',
  'sailed',
  'sank',
  'capsized',
]);

/** Words before a craft's name (`aboard Endeavour`, `on board the Titanic`, `launched Juno`). */
const ABOARD = new Set(['aboard', 'onboard', 'launched', 'launching', 'relaunched']);

/** Whether this mention of a name uses it as a craft's. */
export function isCraftUse(run: Run, words: readonly Word[]): boolean {
  const after = words[run.last + 1];
  if (after !== undefined && !after.capitalised && CRAFT_VERBS.has(after.key)) return true;
  // `Juno entered orbit`, `Dawn left orbit`.
  if (after?.key === 'entered' || after?.key === 'left' || after?.key === 'reached') {
    if (words[run.last + 2]?.key === 'orbit') return true;
  }
  let before = run.first - 1;
  if (words[before]?.key === 'the') before -= 1;
  const word = words[before];
  if (word === undefined || word.capitalised) return false;
  if (ABOARD.has(word.key)) return true;
  // `the launch of Juno`.
  if (word.key === 'of' && words[before - 1]?.key === 'launch') return true;
  return word.key === 'board' && words[before - 1]?.key === 'on';
}
