import { describe, expect, it } from 'vitest';
import { fakeQueries } from '../../test/fixtures/fake-queries.js';
import { seedCorpus } from '../../test/fixtures/seed-corpus.js';
import { KEYS, renderApp } from '../../test/helpers.js';

function openEntities() {
  return renderApp(fakeQueries(seedCorpus()), { initial: { screen: 'entities' } });
}

describe('Entities', () => {
  it('lists entities by type with counts, most mentioned first', async () => {
    const app = openEntities();
    await app.press();
    const frame = app.frame();
    expect(frame).toContain('[all 10] person 3  organization 3  place 2  initiative 1  outlet 1');
    const rows = frame.split('\n').filter((line) => /^[> ] [A-Z] /.test(line));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatch(/^> O organization BGI Group +9 +2 {2}curated$/);
    const counts = rows.map((row) => Number(row.slice(50, 58)));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('steps through the types with t', async () => {
    const app = openEntities();
    await app.press('t');
    expect(app.frame()).toContain('[person 3]');
    expect(app.frame()).toContain('3 entities of type person');
    expect(app.frame()).not.toContain('organization BGI Group');
    await app.press('t', 't', 't', 't', 't');
    expect(app.frame()).toContain('[all 10]');
  });

  it('filters as you type, by name or alias', async () => {
    const app = openEntities();
    await app.press('/');
    await app.type('brisd');
    expect(app.frame()).toContain('Belt and Road Initiative for Sus…');
    expect(app.frame()).not.toContain('Qaiser Nawab');
    await app.press(KEYS.backspace, KEYS.backspace, KEYS.backspace, KEYS.backspace, KEYS.backspace);
    await app.type('nawab');
    await app.press(KEYS.enter);
    expect(app.frame()).toContain('Qaiser Nawab');
    expect(app.frame()).toContain('1 entity');
  });

  it('opens an entity with Enter', async () => {
    const app = openEntities();
    await app.press('j', 'j', KEYS.enter);
    expect(app.frame()).toContain('entities/pakistan');
    expect(app.frame()).toContain('[L] Pakistan');
  });
});
