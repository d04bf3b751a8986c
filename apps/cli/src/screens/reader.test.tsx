import type { Document } from '@genebelt/model';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../test/fixtures/build-corpus.js';
import { fakeQueries } from '../../test/fixtures/fake-queries.js';
import { seedCorpus } from '../../test/fixtures/seed-corpus.js';
import { KEYS, renderApp } from '../../test/helpers.js';
import { pieceRun } from './reader.js';
import { layoutDocument } from './reader-layout.js';
import { NESTED_DOCUMENT_ID, nestedCorpus } from './reader-nested.fixture.js';

const TRAINING = 'bgi-training-young-pakistani-researchers';

function openReader(documentId = TRAINING, options: { columns?: number; rows?: number } = {}) {
  return renderApp(fakeQueries(seedCorpus()), {
    ...options,
    initial: { screen: 'reader', documentId },
  });
}

describe('Reader', () => {
  it('shows the structure, marks mentions by type, and has a legend and a source line', async () => {
    const app = openReader();
    await app.press();
    expect(app.frame()).toMatchInlineSnapshot(`
      "genebelt · BGI Group and the Bel…  [1 Library] 2 Entities  3 Search  4 Timeline
      China’s BGI Launches Training for… · 13 mentions, n/p to move · lines 1–18 of 26
      Source: Gwadar Pro · no URL · publication date unknown
      headline  China’s [BGI|O] Launches Training for Young Pakistani Researchers

      deck      [BGI|O] to build scientific capacity for youth in [Pakistan|L] and
                beyond

      credit    P.c. China [Pakistan|L] Economic Corridor

      ¶ 1       [Qaiser Nawab|P], Chairman of the [Belt and Road Initiative for
                Sustainable Development|O] ([BRISD|O]), visited [BGI|O]’s
                [Shenzhen|L] headquarters to discuss opportunities for bilateral
                cooperation. He was welcomed by [Mao Zhixia|P], [BGI|O]’s Senior
                Official and Head of South Asia Affairs.

      ¶ 2       In a related initiative, [Nawab|P] also announced [Pakistan|L]’s
                first Virtual Blood Bank Centre, aimed at transforming emergency
                response by connecting patients with over 30,000 registered blood
                donors via a dedicated emergency helpline.

      [name|T] P person  O organization  L place
      documents/bgi-training-young-pakistani-researchers               ? keys · q quit"
    `);
  });

  it('moves between mentions with n and p, marking the selected one without colour', async () => {
    const app = openReader();
    await app.press('n');
    expect(app.frame()).toContain('mention 1/13 BGI Group organization');
    expect(app.frame()).toContain('headline  China’s {BGI|O} Launches');
    await app.press('n', 'n');
    expect(app.frame()).toContain('mention 3/13 Pakistan place');
    expect(app.frame()).toContain('youth in {Pakistan|L} and');
    await app.press('p');
    expect(app.frame()).toContain('mention 2/13 BGI Group');
    expect(app.frame()).toContain('deck      {BGI|O} to build');
  });

  it('opens the entity of the selected mention with Enter, and comes back with Esc', async () => {
    const app = openReader();
    await app.press('n', 'n', 'n', 'n', 'n');
    expect(app.frame()).toContain('mention 5/13 Qaiser Nawab person');
    await app.press(KEYS.enter);
    expect(app.frame()).toContain('[P] Qaiser Nawab');
    expect(app.frame()).toContain('› entities/qaiser-nawab');
    await app.press(KEYS.escape);
    expect(app.frame()).toContain('mention 5/13 Qaiser Nawab person');
  });

  it('scrolls a long document and ends with where the text comes from', async () => {
    const app = openReader(TRAINING, { rows: 14 });
    await app.press();
    expect(app.frame()).toContain('lines 1–8 of 26');
    await app.press('j', 'j');
    expect(app.frame()).toContain('lines 3–10 of 26');
    await app.press('G');
    expect(app.frame()).toContain('lines 19–26 of 26');
    expect(app.frame()).toContain('Source');
    expect(app.frame()).toContain('publisher Gwadar Pro (supplied with the source)');
    expect(app.frame()).toContain('published unknown: The fixture gives no publication date.');
    await app.press('g');
    expect(app.frame()).toContain('lines 1–8 of 26');
    // n brings a mention below the window into view.
    await app.press(KEYS.pageDown);
    await app.press('n');
    expect(app.frame()).toMatch(/\{[A-Za-z ]+\|[A-Z]\}/);
  });

  it('opens at a span (a search hit), marked » « and in view', async () => {
    const corpus = buildCorpus({
      entities: [],
      documents: [
        {
          id: 'long',
          paragraphs: [
            { role: 'headline', text: 'A long document' },
            ...Array.from({ length: 30 }, (_, index) => ({
              role: 'body' as const,
              text: `Paragraph ${index} says nothing in particular.`,
            })),
          ],
        },
      ],
    });
    const document = corpus.documents[0];
    const start = document?.text.indexOf('Paragraph 25') ?? 0;
    const app = renderApp(fakeQueries(corpus), {
      initial: {
        screen: 'reader',
        documentId: 'long',
        focus: { span: { start, end: start + 12 } },
      },
    });
    await app.press();
    expect(app.frame()).toContain('»Paragraph 25« says nothing');
    expect(app.frame()).not.toContain('headline  A long document');
    expect(app.frame()).toContain('lines 47–64 of 69');
  });

  it('opens at a sentence (a timeline entry)', async () => {
    const app = renderApp(fakeQueries(seedCorpus()), {
      initial: {
        screen: 'reader',
        documentId: 'bgi-active-part-belt-and-road',
        focus: { sentenceId: 's-4' },
      },
    });
    await app.press();
    expect(app.frame()).toContain('»On June 15');
  });

  it('says so when the document does not exist', async () => {
    const app = openReader('no-such-document');
    await app.press();
    expect(app.frame()).toContain('There is no document “no-such-document” in this corpus.');
  });

  it('reflows the text to the terminal width', async () => {
    const app = openReader(TRAINING, { columns: 50, rows: 20 });
    await app.press();
    const lines = app.frame().split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(50);
    expect(app.frame()).toContain('¶ 1       [Qaiser Nawab|P], Chairman of the');
  });
});

describe('Reader with names inside names', () => {
  const openNested = () =>
    renderApp(fakeQueries(nestedCorpus()), {
      initial: { screen: 'reader', documentId: NESTED_DOCUMENT_ID },
    });

  it('draws them nested, and selects the outer mention, then the one inside it', async () => {
    const app = openNested();
    await app.press();
    expect(app.frame()).toContain(
      '¶ 1       The [University of [Southern Indiana|L]|O] opened an [Andy Warhol|P]',
    );
    expect(app.frame()).toContain(
      'exhibit. The [[Andy Warhol|P] Foundation for the Visual Arts|O]',
    );
    await app.press('n');
    expect(app.frame()).toContain('mention 1/5 University of Southern Indiana organization');
    expect(app.frame()).toContain('The {University of [Southern Indiana|L]|O} opened');
    await app.press('n');
    expect(app.frame()).toContain('mention 2/5 Southern Indiana place');
    expect(app.frame()).toContain('The [University of {Southern Indiana|L}|O] opened');
    await app.press('n', 'n');
    expect(app.frame()).toContain('mention 4/5 Andy Warhol Foundation organization');
    expect(app.frame()).toContain('The {[Andy Warhol|P] Foundation for the Visual Arts|O}');
    await app.press('n');
    expect(app.frame()).toContain('mention 5/5 Andy Warhol person');
    expect(app.frame()).toContain('The [{Andy Warhol|P} Foundation for the Visual Arts|O]');
    await app.press('p', 'p', 'p');
    expect(app.frame()).toContain('mention 2/5 Southern Indiana place');
  });

  it('opens the inner entity with Enter when the inner mention is selected', async () => {
    const app = openNested();
    await app.press('n', 'n', KEYS.enter);
    expect(app.frame()).toContain('› entities/southern-indiana');
  });

  it('shows the whole outer mention selected, nested name included, and only the inner one', () => {
    const corpus = nestedCorpus();
    const entities = new Map(
      corpus.entities.map((entity) => [entity.id, { type: entity.type, name: entity.name }]),
    );
    const layout = layoutDocument(corpus.documents[0] as Document, entities, 80);
    const pieces = layout.lines[2]?.pieces ?? [];
    const inverse = (selected: number) =>
      pieces
        .map((piece) => pieceRun(piece, layout, selected))
        .filter((run) => run.style?.inverse)
        .map((run) => run.text)
        .join('');
    expect(inverse(0)).toBe('University of [Southern Indiana|L]');
    expect(inverse(1)).toBe('Southern Indiana');
    expect(inverse(-1)).toBe('');
  });
});
