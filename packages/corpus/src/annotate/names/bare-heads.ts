/**
 * A head word alone (`Police said`, `the Government`, `the University`) is a common noun
 * capitalised, naming no body in particular, unless the text has named a body with that head and
 * now refers back to it (`the Supreme Court of Cassation … the Court ruled`), as GUM counts it.
 */
import type { Run } from './run-words.js';
import type { Word } from './words.js';

/** Head words that name no body on their own (`Congress`, `Parliament`, `Interpol` do). */
const BARE_HEADS: ReadonlySet<string> = new Set([
  'police',
  'government',
  'university',
  'council',
  'department',
  'ministry',
  'committee',
  'court',
  'school',
  'college',
  'company',
  'group',
  'office',
  'agency',
  'board',
  'party',
  'team',
  'club',
  'authority',
  'commission',
  'institute',
  'foundation',
  'administration',
  'bureau',
  'association',
  'society',
  'union',
  'service',
  'services',
  'forces',
  'force',
]);

/** The runs without bare head words the text names no body with. */
export function dropBareHeads(runs: readonly Run[], words: readonly Word[]): Run[] {
  const bare = (run: Run) =>
    run.first === run.last &&
    words[run.first]?.allCaps === false &&
    BARE_HEADS.has(words[run.first]?.key ?? '');
  if (!runs.some(bare)) return [...runs];
  // Heads of the longer names, which a bare head may refer back to.
  const named = new Set<string>();
  for (const run of runs) {
    if (run.first === run.last) continue;
    for (let index = run.first; index <= run.last; index += 1) {
      const key = words[index]?.key ?? '';
      if (BARE_HEADS.has(key)) named.add(key);
    }
  }
  return runs.filter((run) => !bare(run) || named.has(words[run.first]?.key ?? ''));
}
