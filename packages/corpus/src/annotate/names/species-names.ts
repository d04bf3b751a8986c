/**
 * Scientific names of living things: a capitalised genus and a lower-case Latin epithet
 * (`Formica fusca`, `Beauveria bassiana`, `Escherichia coli`). GUM types them animals or plants,
 * and no reader wants the genus proposed as an organisation. The epithet is what tells them: a
 * Latin word the text writes nowhere but after the genus, used more than once or explained in
 * apposition (`Beauveria bassiana, a fungus`).
 */
import { PLACE_NAMES } from './place-names.js';
import type { Run } from './run-words.js';
import type { Word } from './words.js';

/** How Latin epithets end (`fusca`, `coli`, `sapiens`, `bassiana`, `rex`, `virginianus`). */
const EPITHET = /^[a-z]{3,}(?:a|ae|i|ii|um|us|is|ens|ensis|oides|orum|ex|ix)$/;

/** English words with those endings that follow names often (`Tokyo area`, `Apple campus`). */
const ENGLISH_WORDS = new Set(
  `area data media era idea camera agenda formula visa villa plaza drama opera arena saga quota
  pasta pizza gala mafia diaspora militia replica propaganda dilemma trauma stigma status census
  campus virus bonus focus chorus genus thesis crisis basis axis analysis tennis emphasis taxi
  museum forum album stadium medium premium minimum maximum spectrum curriculum memorandum
  consortium symposium aquarium auditorium gymnasium podium sanctum vacuum index complex annex
  radius nucleus stimulus apparatus prospectus syllabus corpus fungi alumni cacti graffiti
  safari salami tsunami sushi bikini chili ski alibi`.split(/\s+/),
);

/** Genus keys of the species names in a text. */
export function speciesGenera(runs: readonly Run[], words: readonly Word[]): Set<string> {
  // Where each lower-case word stands, to tell an epithet from a word the text uses freely.
  const pairs = new Map<string, { count: number; explained: boolean }>();
  for (const run of runs) {
    const genus = words[run.first];
    const epithet = words[run.first + 1];
    if (run.first !== run.last || genus === undefined || epithet === undefined) continue;
    if (genus.allCaps || epithet.capitalised || epithet.start !== genus.end + 1) continue;
    if (!EPITHET.test(epithet.key) || ENGLISH_WORDS.has(epithet.key)) continue;
    const key = `${genus.key} ${epithet.key}`;
    const pair = pairs.get(key) ?? { count: 0, explained: false };
    pair.count += 1;
    const comma = words[run.first + 2];
    const article = words[run.first + 3];
    if (comma?.text === ',' && (article?.key === 'a' || article?.key === 'an')) {
      pair.explained = true;
    }
    pairs.set(key, pair);
  }
  const genera = new Set<string>();
  if (pairs.size === 0) return genera;
  for (const [key, pair] of pairs) {
    if (pair.count < 2 && !pair.explained) continue;
    const [genus = '', epithet = ''] = key.split(' ');
    // A listed place before a Latin-looking word is still the place (`Roma capitale`).
    if (PLACE_NAMES.has(genus) || usedAlone(epithet, genus, words)) continue;
    genera.add(genus);
  }
  return genera;
}

/** Whether the text writes the epithet anywhere but right after the genus. */
function usedAlone(epithet: string, genus: string, words: readonly Word[]): boolean {
  for (let index = 0; index < words.length; index += 1) {
    if (words[index]?.key === epithet && words[index - 1]?.key !== genus) return true;
  }
  return false;
}
