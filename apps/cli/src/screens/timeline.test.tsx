import { describe, expect, it } from 'vitest';
import { fakeQueries } from '../../test/fixtures/fake-queries.js';
import { seedCorpus } from '../../test/fixtures/seed-corpus.js';
import { KEYS, renderApp } from '../../test/helpers.js';
import { TIMELINE_PAGE } from './timeline-window.js';

describe('Timeline', () => {
  it('lists dated entries in order with their precision, and undated ones apart', async () => {
    const app = renderApp(fakeQueries(seedCorpus()), { rows: 16, initial: { screen: 'timeline' } });
    await app.press();
    expect(app.frame()).toMatchInlineSnapshot(`
      "genebelt · BGI Group and the Bel…  [1 Library] 2 Entities  3 Search  4 Timeline
      4 dated entries, 1 undated entry · Enter reads the sentence
      2017-05 (month), stated in full in the text: The fixture says so. — documents/b…
        In date order (4); the precision of each date in brackets
      > 2017-05 (month)    conference   BGI Group took part in the Belt and Road Foru…
        2017-06-08 (day)   statement    On June 8, BGI Group was invited to attend a …
        2017-06-08 (day)   conference   BGI Group was invited to a seminar on the Bel…
        2017-06-15 (day)   statement    On June 15, representatives of BGI Group were…
        Undated (1): the text does not say when, so they are not placed
        undated            visit        Qaiser Nawab of BRISD visited BGI’s Shenzhen …



      BGI Group took part in the Belt and Road Forum for International Cooperation.
      Timeline                                                         ? keys · q quit"
    `);
  });

  it('explains the selected entry’s date and opens its sentence in the reader', async () => {
    const app = renderApp(fakeQueries(seedCorpus()), { initial: { screen: 'timeline' } });
    await app.press('j');
    expect(app.frame()).toContain('2017-06-08 (day), stated in full in the text');
    await app.press('G');
    expect(app.frame()).toContain('unknown: The text does not say when.');
    await app.press(KEYS.enter);
    expect(app.frame()).toContain('documents/bgi-training-young-pakistani-researchers');
    expect(app.frame()).toContain('»[Qaiser Nawab|P], Chairman');
  });

  it('reads the timeline a window at a time, never the whole', async () => {
    const queries = fakeQueries(seedCorpus());
    const app = renderApp(queries, { initial: { screen: 'timeline' } });
    await app.press('G');
    await app.press('g');
    expect(app.frame()).toContain('In date order (4)');
    // One page holds the whole fixture, so moving through it reads nothing more.
    expect(queries.timelineReads).toEqual([{ offset: 0, limit: TIMELINE_PAGE }]);
  });
});
