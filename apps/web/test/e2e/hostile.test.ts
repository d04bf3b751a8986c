/**
 * Untrusted text cannot become markup. An article whose headline, body and source facts carry
 * HTML and script tags (and `</script>`, which would end the JSON-LD block if it were pasted in
 * raw) is ingested into a copy of the store; the site is built from that store and every page
 * that shows the article is opened in Chromium. No injected script may run, and the tags must
 * show as the literal text they are.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledStore, ingestArticles, storeAt } from '@genebelt/corpus';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ROOT,
  axeViolations,
  buildSite,
  launchBrowser,
  openPage,
  type RunningSite,
  screenshot,
  startSite,
} from './harness';

const DIST = '.next-hostile';
const HEADLINE =
  'BGI Group </script><script>window.__pwned = "headline"</script><img src=x onerror="window.__pwned = \'img\'"> & co';
/** A quotation over two sentences, stored in two parts and listed as one. */
const QUOTATION =
  "“We train researchers. Then <i onmouseover='window.__pwned = 3'>we</i> publish,” said Qaiser Nawab.";
const BODY = [
  'Shenzhen, June 8 – BGI Group said <script>window.__pwned = "body"</script> it trains over 300 researchers.',
  '“<b onmouseover=\'window.__pwned = 1\'>Bold</b> claims &amp; <a href="javascript:window.__pwned=2">links</a>,” said Qaiser Nawab.',
  'A comment <!-- hidden --> and a </textarea></title></style> break-out attempt stay text.',
  QUOTATION,
].join(' ');
const ARTICLE = `${HEADLINE}\n\n${BODY}\n`;
const SIDECAR = {
  id: 'hostile-article',
  publisher: {
    status: 'known',
    value: 'Evil <script>window.__pwned = "publisher"</script> Press',
    basis: 'supplied',
    note: '</script><script>window.__pwned = "note"</script>',
    evidence: [],
  },
  url: {
    status: 'known',
    value: 'javascript:window.__pwned = "url"',
    basis: 'supplied',
    note: '',
    evidence: [],
  },
};

let store: string;
let site: RunningSite;
let browser: Browser;
let nextEnv: string | null = null;

beforeAll(async () => {
  store = mkdtempSync(join(tmpdir(), 'genebelt-hostile-'));
  const bundled = bundledStore();
  const paths = storeAt(store);
  cpSync(bundled.sourcesDir, paths.sourcesDir, { recursive: true });
  cpSync(bundled.knowledgeDir, paths.knowledgeDir, { recursive: true });
  mkdirSync(join(store, 'data'), { recursive: true });
  cpSync(bundled.corpusFile, paths.corpusFile);
  const result = ingestArticles(paths, [
    { label: 'hostile.txt', bytes: new TextEncoder().encode(ARTICLE), sidecar: SIDECAR },
  ]);
  expect(result.stored).toBe(true);
  expect(result.articles[0]?.document.title).toBe(HEADLINE);

  // A build into another folder rewrites next-env.d.ts to point there; put it back afterwards.
  try {
    nextEnv = readFileSync(join(APP_ROOT, 'next-env.d.ts'), 'utf8');
  } catch {
    nextEnv = null;
  }
  buildSite({ distDir: DIST, env: { GENEBELT_STORE: store } });
  site = await startSite({ distDir: DIST });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  rmSync(join(APP_ROOT, DIST), { recursive: true, force: true });
  if (nextEnv !== null) writeFileSync(join(APP_ROOT, 'next-env.d.ts'), nextEnv);
  if (store) rmSync(store, { recursive: true, force: true });
});

async function visit(page: Page, path: string, hover = false): Promise<string> {
  const response = await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  // Give anything injected every chance to run: hover over the text, wait a little.
  if (hover) {
    for (const element of await page.locator('main .s').all()) {
      await element.hover({ timeout: 1_000 }).catch(() => undefined);
    }
  }
  await page.waitForTimeout(100);
  return (await response?.text()) ?? '';
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

describe('hostile text', () => {
  it('renders as text on the document page, and no script runs', async () => {
    const { page, problems } = await openPage(browser, 'desktop');
    const html = await visit(page, '/documents/hostile-article', true);
    await expect(pwned(page)).resolves.toBeUndefined();

    // The headline is the literal text, tags and all, in the heading and in the title.
    await expect(page.locator('h1').textContent()).resolves.toBe(HEADLINE);
    await expect(page.title()).resolves.toContain(HEADLINE);
    // Nothing from the text became an element.
    await expect(
      page.locator('main img, main script:not([type]), main b, main textarea').count(),
    ).resolves.toBe(0);
    await expect(page.locator('main a[href^="javascript:"]').count()).resolves.toBe(0);
    await expect(page.locator('main').textContent()).resolves.toContain(
      '<script>window.__pwned = "body"</script>',
    );
    await expect(page.locator('main').textContent()).resolves.toContain(
      "<b onmouseover='window.__pwned = 1'>Bold</b>",
    );
    // The publisher and the javascript: URL are shown as text, not as markup or a link.
    const source = page.locator('.source');
    await expect(source.textContent()).resolves.toContain(
      'Evil <script>window.__pwned = "publisher"</script> Press',
    );
    await expect(source.locator('a').count()).resolves.toBe(0);

    // Raw HTML: no tag from the article survives unescaped.
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b onmouseover');

    // JSON-LD still holds the headline exactly, with </script> escaped inside the string.
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(jsonLd).not.toContain('</script>');
    expect(JSON.parse(jsonLd ?? '{}').headline).toBe(HEADLINE);

    await expect(axeViolations(page)).resolves.toEqual([]);
    await screenshot(page, 'hostile-document-desktop-light');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('renders as text in search results, on the timeline, quotes, entities and overview', async () => {
    const { page, problems } = await openPage(browser, 'desktop');
    for (const path of [
      `/search?q=${encodeURIComponent('pwned')}`,
      `/search?q=${encodeURIComponent('<script>alert(1)</script> "</b>"')}`,
      '/',
      '/documents',
      '/quotes',
      '/numbers',
      '/timeline',
      '/entities/bgi-group',
    ]) {
      const html = await visit(page, path);
      await expect(pwned(page), path).resolves.toBeUndefined();
      expect(html, path).not.toContain('<script>window.__pwned');
      expect(html, path).not.toContain('<script>alert(1)');
      await expect(page.locator('main img, main b').count(), path).resolves.toBe(0);
    }
    await visit(page, `/search?q=${encodeURIComponent('pwned')}`);
    await expect(page.locator('.hits').textContent()).resolves.toContain('__pwned');
    await screenshot(page, 'hostile-search-desktop-light');
    await page.close();
    expect(problems).toEqual([]);
  }, 60_000);

  it('lists a quotation over two sentences as one row, as text', async () => {
    const { page, problems } = await openPage(browser, 'desktop');
    await visit(page, '/quotes');
    const row = page.locator('tbody tr', { hasText: 'We train researchers.' });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.locator('.quote-text').textContent()).resolves.toBe(
      "“We train researchers. Then <i onmouseover='window.__pwned = 3'>we</i> publish,”",
    );
    await expect(row.textContent()).resolves.toMatch(/sentences \d+–\d+/);
    await expect(page.locator('main i').count()).resolves.toBe(0);
    await expect(pwned(page)).resolves.toBeUndefined();
    await page.close();
    expect(problems).toEqual([]);
  });

  it('stays data in the data routes', async () => {
    const document = await (await fetch(`${site.url}/data/documents/hostile-article.json`)).json();
    expect(document.title).toBe(HEADLINE);
    const csv = await (await fetch(`${site.url}/data/corpus.csv`)).text();
    expect(csv).toContain('hostile-article');
  });
});
