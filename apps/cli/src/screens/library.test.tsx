import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../test/fixtures/build-corpus.js';
import { fakeQueries } from '../../test/fixtures/fake-queries.js';
import { seedCorpus } from '../../test/fixtures/seed-corpus.js';
import { KEYS, renderApp } from '../../test/helpers.js';

describe('Library', () => {
  it('lists every document with its date (and precision), publisher and mentions', async () => {
    const app = renderApp(fakeQueries(seedCorpus()), { columns: 72, rows: 10 });
    await app.press();
    expect(app.frame()).toMatchInlineSnapshot(`
      "genebelt · BGI Group and…  [1 Library] 2 Entities  3 Search  4 Timeline
      2 documents · sorted by title   / filter · s sort · Enter read
        Published         Publisher    Mentions  Title
      > undated           unknown            14  BGI Plays an Active Part in …
        undated           Gwadar Pro         13  China’s BGI Launches Trainin…


      documents/bgi-active-part-belt-and-road · BGI Plays an Active Part in t…
      Library                                                  ? keys · q quit"
    `);
  });

  it('shows a resolved publication date with its precision', async () => {
    const corpus = buildCorpus({
      entities: [],
      documents: [
        {
          id: 'a',
          paragraphs: [{ role: 'headline', text: 'Dated to the month' }],
          published: { value: '2017-06', precision: 'month' },
        },
        {
          id: 'b',
          paragraphs: [{ role: 'headline', text: 'Dated to the day' }],
          published: { value: '2017-06-08', precision: 'day' },
        },
      ],
    });
    const app = renderApp(fakeQueries(corpus));
    await app.press();
    expect(app.frame()).toContain('2017-06 (month)');
    expect(app.frame()).toContain('2017-06-08 (day)');
  });

  it('filters as you type, keeps the filter on Enter and clears it on Esc', async () => {
    const app = renderApp(fakeQueries(seedCorpus()));
    await app.press('/');
    expect(app.frame()).toContain('Filter: █');
    expect(app.frame()).toContain('typing · Enter done · Esc cancel');
    await app.type('pak');
    expect(app.frame()).toContain('Filter: pak█');
    expect(app.frame()).toContain('China’s BGI Launches');
    expect(app.frame()).not.toContain('BGI Plays an Active');
    await app.press(KEYS.enter);
    expect(app.frame()).toContain('Filter: pak');
    expect(app.frame()).not.toContain('BGI Plays an Active');
    // q while typing is text; after Enter it would quit, so type again and cancel.
    await app.press('/', 'x');
    expect(app.frame()).toContain('No document matches “pakx”. / then Esc clears the filter.');
    await app.press(KEYS.escape);
    expect(app.frame()).toContain('BGI Plays an Active');
    expect(app.frame()).toContain('2 documents');
  });

  it('switches between title and publication-date order', async () => {
    const corpus = buildCorpus({
      entities: [],
      documents: [
        {
          id: 'a',
          paragraphs: [{ role: 'headline', text: 'Alpha, published later' }],
          published: { value: '2020', precision: 'year' },
        },
        {
          id: 'b',
          paragraphs: [{ role: 'headline', text: 'Beta, published earlier' }],
          published: { value: '2017-06-08', precision: 'day' },
        },
      ],
    });
    const app = renderApp(fakeQueries(corpus));
    await app.press();
    const order = () =>
      app
        .frame()
        .split('\n')
        .filter((line) => /^[> ] /.test(line) && /Alpha|Beta/.test(line))
        .map((line) => (line.includes('Alpha') ? 'A' : 'B'))
        .join('');
    expect(order()).toBe('AB');
    await app.press('s');
    expect(app.frame()).toContain('sorted by publication date');
    expect(order()).toBe('BA');
  });

  it('opens the selected document in the reader', async () => {
    const app = renderApp(fakeQueries(seedCorpus()));
    await app.press('j', KEYS.enter);
    expect(app.frame()).toContain('documents/bgi-training-young-pakistani-researchers');
    expect(app.frame()).toContain('headline  China’s [BGI|O] Launches');
  });

  it('draws only the rows in view of a long list', async () => {
    const corpus = buildCorpus({
      entities: [],
      documents: Array.from({ length: 2000 }, (_, index) => ({
        id: `doc-${String(index).padStart(4, '0')}`,
        paragraphs: [
          { role: 'headline' as const, text: `Document number ${String(index).padStart(4, '0')}` },
        ],
      })),
    });
    const app = renderApp(fakeQueries(corpus), { columns: 80, rows: 24 });
    await app.press();
    const lines = app.frame().split('\n');
    expect(lines).toHaveLength(23);
    expect(
      lines.filter((line) => /^[> ] /.test(line) && line.includes('Document number')),
    ).toHaveLength(18);
    expect(lines[21]).toBe('documents/doc-0000 · Document number 0000');
    await app.press('G');
    expect(app.frame()).toContain('> undated');
    expect(app.frame()).toContain('Document number 1999');
    expect(app.frame()).not.toContain('Document number 0000');
    await app.press(KEYS.pageUp, 'g');
    expect(app.frame()).toContain('Document number 0000');
  });
});
