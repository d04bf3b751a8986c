import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../test/fixtures/build-corpus.js';
import { fakeQueries } from '../../test/fixtures/fake-queries.js';
import { seedCorpus } from '../../test/fixtures/seed-corpus.js';
import { KEYS, renderApp } from '../../test/helpers.js';
import { MENTION_PAGE } from './entity.js';

function openEntity(entityId: string, rows = 30) {
  return renderApp(fakeQueries(seedCorpus()), { rows, initial: { screen: 'entity', entityId } });
}

describe('Entity', () => {
  it('shows the names, every mention in context, related entities and events', async () => {
    const app = openEntity('qaiser-nawab');
    await app.press();
    expect(app.frame()).toMatchInlineSnapshot(`
      "genebelt · BGI Group and the Bel…  [1 Library] 2 Entities  3 Search  4 Timeline
        [P] Qaiser Nawab
        person · curated · entities/qaiser-nawab
        Also        Nawab (variant)

        Mentions (2 mentions, in 1 document)
      > China’s BGI Launc… …tan Economic Corridor Qaiser Nawab, Chairman of the Belt …
        China’s BGI Launc… … In a related initiative, Nawab also announced Pakistan’s…

        Related: named in the same sentences
        [O] BGI Group                                    1 sentence, 1 doc
        [O] Belt and Road Initiative for Sustainable De… 1 sentence, 1 doc
        [L] Pakistan                                     1 sentence, 1 doc
        [L] Shenzhen                                     1 sentence, 1 doc

        Events
        undated            visit        Qaiser Nawab of BRISD visited BGI’s Shenzhen …











      entities/qaiser-nawab                                            ? keys · q quit"
    `);
  });

  it('opens the reader at a mention, with that mention selected', async () => {
    const app = openEntity('qaiser-nawab');
    await app.press('j', KEYS.enter);
    expect(app.frame()).toContain('mention 12/13 Qaiser Nawab person');
    expect(app.frame()).toContain('{Nawab|P} also announced');
  });

  it('jumps between sections with Tab and opens a related entity', async () => {
    const app = openEntity('qaiser-nawab');
    await app.press(KEYS.tab);
    expect(app.frame()).toContain('> [O] BGI Group');
    await app.press(KEYS.enter);
    expect(app.frame()).toContain('entities/qaiser-nawab › entities/bgi-group');
    await app.press(KEYS.escape);
    expect(app.frame()).toContain('> [O] BGI Group');
  });

  it('opens the reader at the sentence an event rests on', async () => {
    const app = openEntity('qaiser-nawab');
    await app.press(KEYS.tab, KEYS.tab, KEYS.enter);
    expect(app.frame()).toContain('»[Qaiser Nawab|P], Chairman');
  });

  it('loads mentions a page at a time', async () => {
    const sentence = 'BGI Group met again.';
    const corpus = buildCorpus({
      entities: [{ id: 'bgi-group', type: 'organization', name: 'BGI Group' }],
      documents: [
        {
          id: 'many',
          paragraphs: [
            { role: 'headline', text: 'Many meetings' },
            ...Array.from({ length: MENTION_PAGE + 5 }, () => ({
              role: 'body' as const,
              text: sentence,
            })),
          ],
          mentions: [{ text: 'BGI Group', entityId: 'bgi-group' }],
        },
      ],
    });
    const app = renderApp(fakeQueries(corpus), {
      initial: { screen: 'entity', entityId: 'bgi-group' },
    });
    await app.press();
    expect(app.frame()).toContain(`Mentions (205 mentions, ${MENTION_PAGE} shown)`);
    await app.press('G');
    expect(app.frame()).toContain('> … 5 more: Enter loads them');
    await app.press(KEYS.enter);
    expect(app.frame()).not.toContain('more: Enter loads them');
    await app.press('g');
    expect(app.frame()).toContain('Mentions (205 mentions, in 1 document)');
  });

  it('says so when the entity does not exist', async () => {
    const app = openEntity('nobody');
    await app.press();
    expect(app.frame()).toContain('There is no entity “nobody” in this corpus.');
  });
});
