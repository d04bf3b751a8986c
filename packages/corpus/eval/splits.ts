/**
 * GUM's official split of its news documents (`splits.md` in the GUM repository): rules are
 * developed on the development set and the dev pair; the test pair is only ever reported.
 */

export type SplitName = 'test' | 'dev' | 'development';

/** In reporting order: the test pair first, as it is the headline figure. */
export const SPLITS: readonly SplitName[] = ['test', 'dev', 'development'];

const TEST = new Set(['GUM_news_nasa', 'GUM_news_sensitive']);
const DEV = new Set(['GUM_news_homeopathic', 'GUM_news_iodine']);

export function splitOf(documentName: string): SplitName {
  if (TEST.has(documentName)) return 'test';
  if (DEV.has(documentName)) return 'dev';
  return 'development';
}
