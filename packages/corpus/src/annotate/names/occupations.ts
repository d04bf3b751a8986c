/**
 * Nouns of people by what they do. The listed ones (`PERSON_NOUNS`) and, beyond the list, the two
 * endings English makes most of them with: `-ist` (`biologist`, `pianist`) and `-ian` (`magician`,
 * `historian`). Nationalities (`Italian`), given names (`Brian`, `Christian`) and the `-ist` verbs
 * and things (`insist`, `playlist`) are left out.
 */
import { DEMONYM_WORDS } from './demonyms.js';
import { GIVEN_NAMES } from './given-names.js';
import { PERSON_NOUNS } from './name-cues.js';

const NOT_OCCUPATIONS = new Set([
  'assist',
  'consist',
  'exist',
  'insist',
  'persist',
  'resist',
  'subsist',
  'desist',
  'checklist',
  'playlist',
  'wishlist',
  'shortlist',
  'blacklist',
  'whitelist',
  'waitlist',
  'tourist',
  'baptist',
  'christian',
  'guardian',
  'median',
  'meridian',
  'ruffian',
]);

/** Whether a lower-case word is a noun of a person by occupation or pursuit. */
export function isOccupation(key: string): boolean {
  if (PERSON_NOUNS.has(key)) return true;
  if (key.length < 6 || !/^[a-z]+(?:ist|ian)s?$/.test(key)) return false;
  const singular = key.endsWith('s') ? key.slice(0, -1) : key;
  return (
    !NOT_OCCUPATIONS.has(singular) && !DEMONYM_WORDS.has(singular) && !GIVEN_NAMES.has(singular)
  );
}
