/**
 * The site as a reader meets it, in headless Chromium: overview, a document, a mention to its
 * entity and back to the sentence, search, the timeline and every other page; no console errors,
 * no axe violations (light on a desktop, dark on a phone), a screenshot of each page in artifacts/,
 * the data downloads, and the security headers. Builds the site first unless a fresh build exists
 * (under `pnpm test`, Turborepo has just built it).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { bundledStore, type CorpusQueries, openCorpus, storeAt } from '@genebelt/corpus';
import { quotationsOf } from '@genebelt/model';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ROOT,
  axeViolations,
  buildSite,
  launchBrowser,
  needsBuild,
  openPage,
  type RunningSite,
  screenshot,
  startSite,
  VIEWPORTS,
} from './harness';

const DIST = '.next';

let site: RunningSite;
let browser: Browser;
let queries: CorpusQueries;
const problems: string[] = [];

// The site is tested over the bundled corpus, or over GENEBELT_STORE when it is set.
const STORE = process.env.GENEBELT_STORE ? resolve(process.env.GENEBELT_STORE) : '';
const testIndex = join(tmpdir(), `genebelt-web-e2e-${process.pid}.sqlite`);

beforeAll(async () => {
  const paths = STORE ? storeAt(STORE) : bundledStore();
  const corpusPackage = dirname(dirname(bundledStore().corpusFile));
  // Which store the build in .next was made from (absent: the bundled one, as `pnpm build` does).
  const stamp = join(APP_ROOT, DIST, 'e2e-store.txt');
  const builtFrom = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';
  if (builtFrom !== STORE || needsBuild(DIST, [paths.corpusFile, `${corpusPackage}/dist`])) {
    buildSite({ distDir: DIST, env: STORE ? { GENEBELT_STORE: STORE } : {} });
    if (STORE) writeFileSync(stamp, STORE);
  }
  site = await startSite({ distDir: DIST });
  browser = await launchBrowser();
  // The test's own view of the corpus, through the same query API, with an index of its own.
  queries = openCorpus({ corpusFile: paths.corpusFile, indexFile: testIndex });
});

afterAll(async () => {
  queries?.close();
  rmSync(testIndex, { force: true });
  await browser?.close();
  await site?.stop();
});

async function desktop(record = true): Promise<Page> {
  const opened = await openPage(browser, 'desktop');
  if (record) opened.page.on('close', () => problems.push(...opened.problems));
  const origin = new URL(site.url).origin;
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return opened.page;
}

async function goto(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
}

describe('a reader', () => {
  it('opens the overview and sees what the corpus holds', async () => {
    const page = await desktop();
    await goto(page, '/');
    const overview = queries.overview();
    await expect(page.locator('h1').textContent()).resolves.toBe(overview.name);
    const stats = await page.locator('.stats').textContent();
    expect(stats).toContain(`Documents${overview.documentCount}`);
    expect(stats).toContain(`Entities${overview.entityCount}`);
    expect(await page.locator('.strip li').count()).toBeGreaterThan(0);
    const titles = await page.locator('#documents ~ ul h3').allTextContents();
    expect(titles.sort()).toEqual(
      queries
        .documents()
        .map((document) => document.title)
        .sort(),
    );
    await page.close();
  });

  it('reads a document, follows a mention to its entity and comes back to the sentence', async () => {
    const page = await desktop();
    const [first] = queries.documents({ sort: 'title' });
    if (!first) throw new Error('the corpus has no documents');
    const article = queries.document(first.id);
    if (!article) throw new Error(`no document ${first.id}`);
    await goto(page, `/documents/${first.id}`);

    // Every sentence is addressable, and the text on the page is the document's text.
    const ids = await page.locator('.s').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids).toEqual(article.sentences.map((sentence) => sentence.id));
    const firstBody = article.sentences.find((sentence) => sentence.index > 1);
    if (firstBody) {
      await expect(page.locator(`#${firstBody.id}`).textContent()).resolves.toBe(
        article.text.slice(firstBody.span.start, firstBody.span.end),
      );
    }
    // Every mention is highlighted as a link to its entity, with its type as a class.
    expect(await page.locator('a.m').count()).toBe(article.mentions.length);

    const mention = page.locator('.para-body a.m').first();
    const sentenceId = await mention.evaluate((node) => node.closest('.s')?.id);
    const entityHref = await mention.getAttribute('href');
    expect(sentenceId).toMatch(/^s-\d+$/);
    expect(entityHref).toMatch(/^\/entities\//);
    await mention.click();
    await page.waitForURL(`**${entityHref}`);
    const entity = queries.entity(String(entityHref).replace('/entities/', ''));
    await expect(page.locator('h1').textContent()).resolves.toContain(entity?.name);

    const back = page.locator(`.kwic a[href="/documents/${first.id}#${sentenceId}"]`).first();
    await back.click();
    await page.waitForURL(`**/documents/${first.id}#${sentenceId}`);
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe(
      sentenceId,
    );
    const box = await page.locator(`#${sentenceId}`).boundingBox();
    expect(box && box.y >= 0 && box.y < VIEWPORTS.desktop.viewport.height).toBe(true);
    await page.close();
  });

  it('cites a passage with one click', async () => {
    const page = await desktop();
    const [first] = queries.documents({ sort: 'title' });
    const article = first ? queries.document(first.id) : null;
    if (!article) throw new Error('no document');
    const perParagraph = (id: string) => article.sentences.filter((s) => s.paragraphId === id);
    const sentence = article.sentences.find(
      (candidate) => candidate.index > 1 && perParagraph(candidate.paragraphId).length > 1,
    );
    const paragraph = article.paragraphs.find(
      (candidate) => candidate.id === sentence?.paragraphId,
    );
    if (!sentence || !paragraph) throw new Error('no paragraph of several sentences');
    await goto(page, `/documents/${article.id}`);
    const box = page.locator(`#${paragraph.id} details.cite`);
    await box.locator('summary').click();

    // One click copies the query API's citation and a link to the passage.
    const paragraphCitation = queries.cite(article.id, paragraph.span);
    await box.getByRole('button', { name: 'Copy the citation of the whole paragraph' }).click();
    await box
      .getByRole('status')
      .getByText(/^Copied the citation of the whole paragraph/)
      .waitFor({ timeout: 15_000 });
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      `${paragraphCitation.text} ${site.url}/documents/${article.id}#${paragraph.id}`,
    );

    const citation = queries.cite(article.id, sentence.span);
    await box
      .getByRole('button', { name: `Copy the citation of sentence ${sentence.index + 1}` })
      .click();
    await box
      .getByRole('status')
      .getByText(`Copied the citation of sentence ${sentence.index + 1}`, { exact: false })
      .waitFor({ timeout: 15_000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${citation.text} ${site.url}/documents/${article.id}#${sentence.id}`);
    expect(copied).toContain(citation.quotedText.replace(/\s+/g, ' ').trim());
    // What was copied is shown, so the reader sees the citation too.
    await expect(box.getByRole('status').textContent()).resolves.toContain(citation.text);
    await page.close();
  });

  it('searches from any page, opens a hit and lands on its sentence', async () => {
    const page = await desktop();
    await goto(page, '/timeline');
    await page.getByRole('searchbox', { name: 'Search the corpus' }).fill('genom*');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search?q=genom*');
    const expected = queries.search('genom*', { limit: 20 });
    expect(expected.total).toBeGreaterThan(0);
    await expect(page.locator('#results').textContent()).resolves.toMatch(
      new RegExp(`^${expected.total} sentences? match`),
    );
    const links = page.locator('.hits .kwic a');
    expect(await links.count()).toBe(expected.hits.length);
    const hit = expected.hits[0];
    if (!hit) throw new Error('no hit');
    await links.first().click();
    await page.waitForURL(`**/documents/${hit.documentId}#${hit.sentenceId}`);
    const target = await page.evaluate(() => document.querySelector(':target')?.textContent);
    expect(target).toMatch(/genom/i);
    await page.close();
  });

  it('gets the same answers as the query API (and so the terminal)', async () => {
    const queriesToTry = [
      'genom*',
      '"belt and road"',
      'type:person',
      'training -pakistan',
      'entity:bgi-group',
      'from:2017 to:2017-06',
      'BGI type:place',
      'nothing-matches-this-zzz',
    ];
    for (const query of queriesToTry) {
      const response = await fetch(`${site.url}/data/search.json?q=${encodeURIComponent(query)}`);
      const data = await response.json();
      const expected = queries.search(query, { limit: 20, width: 60 });
      expect(data, query).toEqual(JSON.parse(JSON.stringify(expected)));
    }
  });

  it('narrows a search by a facet, in the address', async () => {
    const page = await desktop();
    await goto(page, `/search?q=${encodeURIComponent('BGI')}`);
    const facet = page.locator('#facet-entityType ~ ul a').first();
    const label = (await facet.textContent()) ?? '';
    await facet.click();
    await page.waitForURL(/type%3A|type:/);
    const query = new URL(page.url()).searchParams.get('q') ?? '';
    expect(query).toMatch(/^BGI type:[a-z]+$/);
    const expected = queries.search(query, { limit: 20 });
    await expect(page.locator('#results').textContent()).resolves.toMatch(
      new RegExp(`^${expected.total} sentences? match`),
    );
    expect(label.length).toBeGreaterThan(0);
    await page.close();
  });

  it('reads the timeline: dates with their precision, undated apart, each to its sentence', async () => {
    const page = await desktop();
    await goto(page, '/timeline');
    const timeline = queries.timeline();
    const entries = page.locator('ol.timeline > li');
    expect(await entries.count()).toBe(timeline.dated.length + timeline.undated.length);
    const firstDated = timeline.dated[0];
    if (firstDated && firstDated.date.status === 'resolved') {
      await expect(entries.first().locator('.when').textContent()).resolves.toContain(
        `to the ${firstDated.date.date.precision}`,
      );
      await expect(entries.first().locator('time').getAttribute('datetime')).resolves.toBe(
        firstDated.date.date.value,
      );
    }
    await expect(page.locator('#undated').count()).resolves.toBe(1);
    const link = entries.first().locator(':scope > a');
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await page.waitForURL(`**${href}`);
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe(
      href.split('#')[1],
    );
    await page.close();
  });

  it('lists every quote with its speaker and every number with its unit', async () => {
    const page = await desktop();
    const documents = queries
      .documents()
      .map((summary) => queries.document(summary.id))
      .filter((document) => document !== null);
    await goto(page, '/quotes');
    const quotes = documents.flatMap((document) => document.quotes);
    // One row a quotation: the parts of one over several sentences share a row.
    const quotations = documents.flatMap((document) => quotationsOf(document.quotes));
    expect(await page.locator('tbody tr').count()).toBe(quotations.length);
    const speech = quotes.find((quote) => quote.speakerEntityId);
    if (speech) {
      const row = page.locator('tbody tr', {
        has: page.locator(`a[href$="#${speech.sentenceId}"]`),
      });
      await expect(
        row.locator(`a[href="/entities/${speech.speakerEntityId}"]`).count(),
      ).resolves.toBeGreaterThan(0);
    }
    await goto(page, '/numbers');
    const quantities = documents.flatMap((document) => document.quantities);
    expect(await page.locator('tbody tr').count()).toBe(quantities.length);
    for (const quantity of quantities) {
      if (quantity.unit)
        await expect(page.locator('tbody').textContent()).resolves.toContain(quantity.unit);
    }
    await page.close();
  });

  it('moves by keyboard: the first Tab reaches "Skip to content", which moves to the page', async () => {
    const page = await desktop();
    await goto(page, '/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to content',
    );
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.close();
  });
});

describe('every page', () => {
  const documentIds = () => queries.documents().map((document) => document.id);
  const pages = (): [string, string][] => [
    ['overview', '/'],
    ['documents', '/documents'],
    ...documentIds().map((id, index): [string, string] => [
      `document-${index + 1}`,
      `/documents/${id}`,
    ]),
    ['entities', '/entities'],
    ['entity', `/entities/${queries.entities()[0]?.id}`],
    ['search', '/search?q=genom*'],
    ['search-empty', '/search'],
    ['timeline', '/timeline'],
    ['quotes', '/quotes'],
    ['numbers', '/numbers'],
    ['data', '/data'],
    ['schema', '/schema'],
  ];

  for (const kind of ['desktop', 'phone'] as const) {
    it(`has no axe violations and no console errors (${kind}, ${VIEWPORTS[kind].colorScheme})`, async () => {
      const { page, problems: found } = await openPage(browser, kind);
      const violations: string[] = [];
      for (const [name, path] of pages()) {
        await goto(page, path);
        violations.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`));
        await screenshot(page, `${name}-${kind}-${VIEWPORTS[kind].colorScheme}`);
      }
      // A miss is a 404 page, styled and as accessible as the rest.
      const response = await page.goto(`${site.url}/documents/no-such-document`);
      expect(response?.status()).toBe(404);
      violations.push(...(await axeViolations(page)).map((violation) => `404: ${violation}`));
      await screenshot(page, `not-found-${kind}-${VIEWPORTS[kind].colorScheme}`, false);
      await page.close();
      expect(violations).toEqual([]);
      expect(found.filter((problem) => !problem.includes('404 (Not Found)'))).toEqual([]);
    }, 120_000);
  }

  it('showed no console errors while the reader used it', () => {
    expect(problems).toEqual([]);
  });
});

describe('the data', () => {
  it('downloads the whole corpus as JSON, JSON Lines and CSV', async () => {
    const overview = queries.overview();
    const json = await fetch(`${site.url}/data/corpus.json`);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    const corpus = await json.json();
    expect(corpus.documents).toHaveLength(overview.documentCount);
    expect(corpus.entities).toHaveLength(overview.entityCount);

    const lines = (await (await fetch(`${site.url}/data/corpus.jsonl`)).text())
      .trimEnd()
      .split('\n');
    const records = lines.map((line) => JSON.parse(line));
    expect(records[0].kind).toBe('corpus');
    expect(records.filter((record) => record.kind === 'document')).toHaveLength(
      overview.documentCount,
    );

    const csv = await (await fetch(`${site.url}/data/corpus.csv`)).text();
    expect(csv.split('\r\n')[0]).toMatch(/^"document_id","kind","id",/);
    expect(csv).toContain('"mention"');
  });

  it('links every page to the JSON behind it', async () => {
    const [first] = queries.documents();
    const entity = queries.entities()[0];
    if (!first || !entity) throw new Error('empty corpus');
    const document = await (await fetch(`${site.url}/data/documents/${first.id}.json`)).json();
    expect(document).toEqual(JSON.parse(JSON.stringify(queries.document(first.id))));
    const entityData = await (await fetch(`${site.url}/data/entities/${entity.id}.json`)).json();
    expect(entityData.entity).toEqual(JSON.parse(JSON.stringify(queries.entity(entity.id))));
    const timeline = await (await fetch(`${site.url}/data/timeline.json`)).json();
    expect(timeline).toEqual(JSON.parse(JSON.stringify(queries.timeline())));
    for (const path of [
      '/',
      '/entities',
      '/timeline',
      '/quotes',
      '/numbers',
      `/documents/${first.id}`,
    ]) {
      const html = await (await fetch(`${site.url}${path}`)).text();
      const links = [...html.matchAll(/aria-label="Data behind this page"[\s\S]*?href="([^"]+)"/g)];
      expect(links.length, path).toBeGreaterThan(0);
      const target = links[0]?.[1] ?? '';
      expect((await fetch(`${site.url}${target}`)).status, `${path} → ${target}`).toBe(200);
    }
  });

  it('publishes the JSON Schema of the model', async () => {
    const schema = await (await fetch(`${site.url}/data/schema/corpus.schema.json`)).json();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs)).toContain('Document');
  });
});

describe('the server', () => {
  it('sends security headers, with a CSP that allows no inline script but its own', async () => {
    for (const path of ['/', '/search?q=bgi', '/data/corpus.json', '/documents/no-such-document']) {
      const response = await fetch(`${site.url}${path}`);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy, path).toContain("default-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("base-uri 'self'");
      expect(policy).toContain("form-action 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('blocks an inline script that is not the page’s own', async () => {
    // Not recorded: the blocked script is reported on the console, which is the point.
    const page = await desktop(false);
    await goto(page, '/');
    await expect(page.addScriptTag({ content: 'window.__injected = 1' })).rejects.toThrow(
      /Content Security Policy/,
    );
    await expect(page.evaluate(() => 'injected' in window || '__injected' in window)).resolves.toBe(
      false,
    );
    // The page's own scripts ran: React hydrated the copy button.
    await goto(page, `/documents/${queries.documents()[0]?.id}`);
    await page.locator('summary').first().click();
    // The cite box draws its buttons only once its script has run.
    await page
      .getByRole('button', { name: /copy the citation of/i })
      .first()
      .waitFor({ timeout: 15_000 });
    await page.close();
  });
});
