import { describe, expect, it } from 'vitest';
import { fakeQueries } from '../../test/fixtures/fake-queries.js';
import { seedCorpus } from '../../test/fixtures/seed-corpus.js';
import { KEYS, renderApp } from '../../test/helpers.js';

describe('Search', () => {
  it('starts with the keyboard in the query and shows the syntax', async () => {
    const app = renderApp(fakeQueries(seedCorpus()));
    await app.press('3');
    expect(app.frame()).toContain('Search: █');
    expect(app.frame()).toContain('words  "a phrase"  prefix*  -exclude  type:person');
    expect(app.frame()).toContain('Library › Search');
  });

  it('runs the query on Enter and shows hits in context with document and score', async () => {
    const app = renderApp(fakeQueries(seedCorpus()), { initial: { screen: 'search' } });
    await app.type('Nawab');
    await app.press(KEYS.enter);
    const frame = app.frame();
    expect(frame).toContain('2 matching sentences · 1 of 2');
    expect(frame).toMatch(/> .*Qaiser Nawab, Chairman of the/);
    expect(frame).toMatch(/score \d+\.\d\d · s-\d+ · China’s BGI Launches Training/);
  });

  it('opens a hit in the reader at the hit, and Esc returns to the results', async () => {
    const app = renderApp(fakeQueries(seedCorpus()), { initial: { screen: 'search' } });
    await app.type('emergency helpline');
    await app.press(KEYS.enter, KEYS.enter);
    expect(app.frame()).toContain('documents/bgi-training-young-pakistani-researchers');
    expect(app.frame()).toContain('»emergency«');
    await app.press(KEYS.escape);
    expect(app.frame()).toContain('1 matching sentence · 1 of 1');
  });

  it('says when nothing matches, and / edits the query again', async () => {
    const app = renderApp(fakeQueries(seedCorpus()), { initial: { screen: 'search' } });
    await app.type('zebra');
    await app.press(KEYS.enter);
    expect(app.frame()).toContain('No sentence matches "zebra".');
    await app.press('/');
    await app.press(KEYS.backspace, KEYS.backspace, KEYS.backspace, KEYS.backspace, KEYS.backspace);
    await app.type('Shenzhen');
    await app.press(KEYS.enter);
    expect(app.frame()).toContain('matching sentences');
  });

  it('keeps q as text while typing, and quits with it afterwards', async () => {
    let quit = 0;
    const app = renderApp(fakeQueries(seedCorpus()), {
      initial: { screen: 'search' },
      onQuit: () => {
        quit++;
      },
    });
    await app.type('q');
    expect(app.frame()).toContain('Search: q█');
    expect(quit).toBe(0);
    await app.press(KEYS.escape, 'q');
    expect(quit).toBe(1);
  });
});
