import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TimelinePage } from '@genebelt/model';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.js';
import { buildCorpusIndex } from './build.js';
import { openCorpusIndex } from './queries.js';
import type { CorpusQueries } from './types.js';

const directory = mkdtempSync(join(tmpdir(), 'genebelt-timeline-'));
let index: CorpusQueries;

beforeAll(() => {
  const file = join(directory, 'corpus.sqlite');
  buildCorpusIndex(generateCorpus({ documents: 40, seed: 11 }), file);
  index = openCorpusIndex(file);
});

afterAll(() => {
  index.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('a window of the timeline', () => {
  it('is the slice of the whole timeline, dated entries first, with the totals', () => {
    const whole = index.timeline();
    const all = [...whole.dated, ...whole.undated];
    // The generated corpus has both kinds, so windows can straddle the boundary.
    expect(whole.dated.length).toBeGreaterThan(20);
    expect(whole.undated.length).toBeGreaterThan(2);
    fc.assert(
      fc.property(
        fc.nat({ max: all.length + 10 }),
        fc.option(fc.nat({ max: all.length + 10 }), { nil: undefined }),
        (offset, limit) => {
          const page = index.timeline({ offset, limit });
          expect(TimelinePage.parse(page)).toEqual(page);
          expect(page.offset).toBe(offset);
          expect(page.datedTotal).toBe(whole.dated.length);
          expect(page.undatedTotal).toBe(whole.undated.length);
          expect(page.entries).toEqual(
            all.slice(offset, limit === undefined ? undefined : offset + limit),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('crosses from the dated entries to the undated ones', () => {
    const { dated, undated } = index.timeline();
    const page = index.timeline({ offset: dated.length - 1, limit: 2 });
    expect(page.entries.map((entry) => entry.date.status)).toEqual(['resolved', 'unresolved']);
    expect(page.entries).toEqual([dated.at(-1), undated[0]]);
  });

  it('reads nothing for an empty window, yet still counts the whole', () => {
    const page = index.timeline({ limit: 0 });
    expect(page.entries).toEqual([]);
    expect(page.datedTotal + page.undatedTotal).toBeGreaterThan(0);
    expect(index.timeline({ offset: 1e9 }).entries).toEqual([]);
    expect(index.timeline({ offset: -5, limit: 1 }).offset).toBe(0);
  });
});
