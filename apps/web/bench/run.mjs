// `pnpm bench` (the web part): figures for the site, printed for reading. Nothing here fails on a
// figure; targets are printed beside them.
//
//   node bench/run.mjs [--documents 10000] [--article-bytes 1500] [--lighthouse-runs 1]
//                      [--skip-large] [--json]
//
// 1. A bare Next 16 App Router app (a throwaway app in .bench/bare using this workspace's next
//    and react), built and served by `next start`: the JavaScript any App Router page ships, and
//    the time Next takes to prerender as many bare pages as the generated corpus has documents,
//    on the same machine in the same run (a reference for the site's build time).
// 2. The site on the seed corpus, built from scratch (timed) and served by scripts/serve.mjs: the
//    JavaScript of the document and search pages, measured the same way, Lighthouse (mobile, the
//    default config) on both, and search latency over HTTP.
// 3. The site on a generated corpus (default 10,000 documents, cached in .bench/): build time and
//    search latency, over HTTP and straight through the query API.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openCorpus, storeAt } from '@genebelt/corpus';
import { chromium } from 'playwright-core';
import { createBareApp } from './bare-app.mjs';
import { generatedStore } from './generate-store.mjs';

const APP = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(APP, '.bench');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];
const NEXT_BIN = join(APP, 'node_modules', 'next', 'dist', 'bin', 'next');
const LIGHTHOUSE_BIN = join(APP, 'node_modules', 'lighthouse', 'cli', 'index.js');

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '10000' },
    'article-bytes': { type: 'string', default: '1500' },
    'lighthouse-runs': { type: 'string', default: '1' },
    'skip-large': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const QUERIES = [
  'genomics',
  'training',
  'Shenzhen',
  'cornerstone',
  '"belt and road"',
  '"young researchers"',
  'genom*',
  'sequenc*',
  'training -pakistan',
  'type:person',
  'type:place genomics',
  'entity:bgi-group',
  'BGI type:organization',
  'from:2017 to:2017-06',
  '"belt and road" type:person',
  'zzzqqqxx',
];

const log = (message) => process.stderr.write(`bench: ${message}\n`);

mkdirSync(BENCH, { recursive: true });
const figures = { bare: {}, seeds: {}, large: null, targets: {} };

// ——— 1. bare Next page ———
const largeCount = values['skip-large'] ? 0 : Number(values.documents);
{
  const dir = join(BENCH, 'bare');
  createBareApp(dir, APP, largeCount);
  log(`building a bare Next App Router app (1 + ${largeCount} pages)`);
  const seconds = timed(() => run(process.execPath, [NEXT_BIN, 'build'], { cwd: dir }));
  const port = await freePort();
  const server = await serve(
    process.execPath,
    [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: dir,
      ready: /Ready|started server|Local:/i,
    },
  );
  try {
    const url = `http://127.0.0.1:${port}/`;
    figures.bare = {
      pages: largeCount + 1,
      buildSeconds: seconds,
      javascript: await javascriptOf(url),
    };
  } finally {
    await server.stop();
  }
}

// ——— 2. the site on the seeds ———
{
  const distDir = '.next-bench';
  log('building the site on the seeds (from scratch)');
  rmSync(join(APP, distDir), { recursive: true, force: true });
  const seconds = buildSite(distDir, {});
  const server = await serveSite(distDir, {});
  try {
    const [first] = JSON.parse(await (await fetch(`${server.url}/data/documents.json`)).text());
    const documentUrl = `${server.url}/documents/${first.id}`;
    const searchUrl = `${server.url}/search?q=${encodeURIComponent('genom* training')}`;
    figures.seeds = {
      buildSeconds: seconds,
      document: { url: documentUrl, javascript: await javascriptOf(documentUrl) },
      search: { url: searchUrl, javascript: await javascriptOf(searchUrl) },
      searchOverHttp: await searchLatency(server.url, 5),
    };
    log('Lighthouse on the document and search pages');
    figures.seeds.document.lighthouse = lighthouse(documentUrl);
    figures.seeds.search.lighthouse = lighthouse(searchUrl);
  } finally {
    await server.stop();
    rmSync(join(APP, distDir), { recursive: true, force: true });
  }
}

// ——— 3. the site on a generated corpus ———
if (!values['skip-large']) {
  const count = Number(values.documents);
  const bytes = Number(values['article-bytes']);
  const dir = join(BENCH, `store-${count}-${bytes}`);
  log(`generating ${count} articles of about ${bytes} bytes and running the pipeline (cached)`);
  const store = generatedStore(dir, count, { bytes });
  // The query index is the corpus package's to build (openCorpus builds it once per store); time
  // it apart so the site's build time is the site's.
  // Rebuilt every run: an index written by an older @genebelt/corpus is not always detected as
  // stale (its format number has not changed with every schema change).
  log('building the query index of the generated corpus');
  rmSync(storeAt(dir).indexFile, { force: true });
  const indexStarted = performance.now();
  openCorpus({ corpusFile: storeAt(dir).corpusFile }).close();
  const indexSeconds = round((performance.now() - indexStarted) / 1000, 1);
  const distDir = '.next-bench-large';
  rmSync(join(APP, distDir), { recursive: true, force: true });
  log(`building the site on ${count + 2} documents (from scratch)`);
  const env = { GENEBELT_STORE: dir };
  const seconds = buildSite(distDir, env);
  const server = await serveSite(distDir, env);
  try {
    const queries = openCorpus({ corpusFile: storeAt(dir).corpusFile });
    const overview = queries.overview();
    const [first] = queries.documents();
    figures.large = {
      documents: overview.documentCount,
      mentions: overview.mentionCount,
      entities: overview.entityCount,
      pipelineSeconds: store.seconds,
      indexSeconds,
      buildSeconds: seconds,
      loadAverage: loadAverage(),
      searchOverHttp: await searchLatency(server.url, 3),
      searchThroughApi: apiLatency(queries),
      document: first
        ? { javascript: await javascriptOf(`${server.url}/documents/${first.id}`) }
        : null,
    };
    queries.close();
  } finally {
    await server.stop();
    rmSync(join(APP, distDir), { recursive: true, force: true });
  }
}

// ——— targets ———
const baseline = figures.bare.javascript.transferred;
const over = (page) => page.javascript.transferred - baseline;
figures.targets = {
  documentJavascriptOverBare: over(figures.seeds.document),
  searchJavascriptOverBare: over(figures.seeds.search),
};

if (values.json) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  printReport(figures);
}

// ——— helpers ———

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...options,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...(options.env ?? {}) },
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

function timed(action) {
  const started = performance.now();
  action();
  return round((performance.now() - started) / 1000, 1);
}

function round(value, digits = 0) {
  return Number(value.toFixed(digits));
}

function buildSite(distDir, env) {
  const environment = { ...env, GENEBELT_DIST_DIR: distDir };
  return timed(() => {
    run(process.execPath, [NEXT_BIN, 'build'], { cwd: APP, env: environment });
    run(process.execPath, ['scripts/csp-hashes.mjs'], { cwd: APP, env: environment });
  });
}

function serveSite(distDir, env) {
  return serve(process.execPath, ['scripts/serve.mjs', '--port', '0'], {
    cwd: APP,
    env: { ...env, GENEBELT_DIST_DIR: distDir },
    ready: /serving at (http:\/\/\S+?)\/?\s/,
  });
}

/** Starts a server and resolves once its output matches `ready`. */
function serve(command, args, { cwd, env = {}, ready }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolveServer, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start:\n${output}`)), 120_000);
    const onData = (chunk) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        resolveServer({
          url: match[1]?.replace('localhost', '127.0.0.1'),
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * The JavaScript a page makes the browser download: every script response, with its size as
 * transferred (compressed by the server) and uncompressed, measured in Chromium on a cold cache.
 */
async function javascriptOf(url) {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const scripts = [];
    page.on('requestfinished', async (request) => {
      if (request.resourceType() !== 'script') return;
      scripts.push(
        (async () => {
          const sizes = await request.sizes();
          const response = await request.response();
          const body = response ? await response.body() : Buffer.alloc(0);
          return {
            url: request.url(),
            transferred: sizes.responseBodySize,
            raw: body.length,
            encoding: response ? ((await response.allHeaders())['content-encoding'] ?? 'none') : '',
          };
        })(),
      );
    });
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    const html = (await response?.body()) ?? Buffer.alloc(0);
    const files = await Promise.all(scripts);
    return {
      files: files.length,
      transferred: files.reduce((sum, file) => sum + file.transferred, 0),
      raw: files.reduce((sum, file) => sum + file.raw, 0),
      encodings: [...new Set(files.map((file) => file.encoding))],
      htmlRaw: html.length,
    };
  } finally {
    await browser.close();
  }
}

function lighthouse(url) {
  const runs = Number(values['lighthouse-runs']);
  const results = [];
  for (let index = 0; index < runs; index++) {
    const output = join(tmpdir(), `genebelt-lighthouse-${process.pid}-${index}.json`);
    run(
      process.execPath,
      [
        LIGHTHOUSE_BIN,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`,
      ],
      { cwd: APP, env: { CHROME_PATH } },
    );
    const report = JSON.parse(readFileSync(output, 'utf8'));
    rmSync(output, { force: true });
    const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
    const failing = Object.values(report.audits)
      .filter(
        (audit) =>
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'manual' &&
          audit.scoreDisplayMode !== 'notApplicable',
      )
      .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    results.push({
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcpMs: round(report.audits['first-contentful-paint']?.numericValue ?? 0),
      lcpMs: round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
      tbtMs: round(report.audits['total-blocking-time']?.numericValue ?? 0),
      cls: round(report.audits['cumulative-layout-shift']?.numericValue ?? 0, 3),
      notPerfect: failing,
    });
  }
  // With several runs, the median by performance score.
  results.sort((a, b) => a.performance - b.performance);
  return results[Math.floor(results.length / 2)];
}

function summarise(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return {
    queries: sorted.length,
    medianMs: round(at(0.5), 1),
    p95Ms: round(at(0.95), 1),
    maxMs: round(sorted[sorted.length - 1] ?? 0, 1),
  };
}

/**
 * Full /search page responses over HTTP (the server render included). The query API keeps recent
 * results in a cache, so each query is timed the first time it is asked (after one unrelated
 * warm-up request) and again when repeated.
 */
async function searchLatency(base, rounds) {
  const get = async (query) => {
    const started = performance.now();
    const response = await fetch(`${base}/search?q=${encodeURIComponent(query)}`);
    await response.text();
    if (response.status !== 200) throw new Error(`/search?q=${query}: ${response.status}`);
    return performance.now() - started;
  };
  await get('warm up the server');
  const first = [];
  const slowest = { query: '', ms: 0 };
  for (const query of QUERIES) {
    const ms = await get(query);
    first.push(ms);
    if (ms > slowest.ms) Object.assign(slowest, { query, ms: round(ms, 1) });
  }
  const repeated = [];
  for (let round_ = 0; round_ < rounds; round_++) {
    for (const query of QUERIES) repeated.push(await get(query));
  }
  return { first: { ...summarise(first), slowest }, repeated: summarise(repeated) };
}

/** The same queries straight through the query API, as the page calls it, first time each. */
function apiLatency(queries) {
  const times = [];
  for (const query of QUERIES) {
    const started = performance.now();
    queries.search(query, { limit: 20, width: 60 });
    times.push(performance.now() - started);
  }
  return summarise(times);
}

function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return null;
  }
}

function printReport(f) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const js = (j) =>
    `${kb(j.transferred)} transferred (${kb(j.raw)} raw, ${j.files} files, ${j.encodings.join('/')})`;
  const lh = (l) =>
    `performance ${l.performance}, accessibility ${l.accessibility}, best practices ${l.bestPractices}, SEO ${l.seo} (FCP ${l.fcpMs} ms, LCP ${l.lcpMs} ms, TBT ${l.tbtMs} ms, CLS ${l.cls})${l.notPerfect.length ? `\n      not perfect: ${l.notPerfect.join(', ')}` : ''}`;
  const lat = (s) =>
    `median ${s.medianMs} ms, p95 ${s.p95Ms} ms, max ${s.maxMs} ms over ${s.queries} queries`;
  const lines = [
    '',
    'Web: JavaScript sent to the browser (compressed by the server, cold cache)',
    `  bare Next 16 App Router page   ${js(f.bare.javascript)}`,
    `  document page                  ${js(f.seeds.document.javascript)}  → ${kb(f.targets.documentJavascriptOverBare)} over bare (target ≤ 15 KB)`,
    `  search page                    ${js(f.seeds.search.javascript)}  → ${kb(f.targets.searchJavascriptOverBare)} over bare (target ≤ 15 KB)`,
    '',
    'Web: Lighthouse 12, mobile (simulated throttling), headless Chromium',
    `  document page   ${lh(f.seeds.document.lighthouse)}`,
    `  search page     ${lh(f.seeds.search.lighthouse)}`,
    '  targets: performance ≥ 95; accessibility, best practices and SEO 100',
    '',
    'Web: build (next build + CSP hashes, from scratch)',
    `  bare Next app (${f.bare.pages} pages)     ${f.bare.buildSeconds} s`,
    `  seeds (2 documents)            ${f.seeds.buildSeconds} s`,
  ];
  if (f.large) {
    lines.push(
      `  generated (${f.large.documents} documents)  ${f.large.buildSeconds} s (target ≤ 180 s; ${(f.large.buildSeconds / f.bare.buildSeconds).toFixed(1)}× the bare app's; load average ${f.large.loadAverage})`,
      `    the store: pipeline ${f.large.pipelineSeconds === null ? 'cached' : `${round(f.large.pipelineSeconds, 1)} s`}, query index ${f.large.indexSeconds} s (not counted above)`,
    );
  }
  lines.push(
    '',
    'Web: search latency (the whole /search page over HTTP; each query first asked, then repeated)',
  );
  lines.push(`  seeds, first                   ${lat(f.seeds.searchOverHttp.first)}`);
  lines.push(`  seeds, repeated                ${lat(f.seeds.searchOverHttp.repeated)}`);
  if (f.large) {
    lines.push(
      `  ${f.large.documents} documents, first     ${lat(f.large.searchOverHttp.first)} (target ≤ 200 ms); slowest "${f.large.searchOverHttp.first.slowest.query}"`,
      `  ${f.large.documents} documents, repeated  ${lat(f.large.searchOverHttp.repeated)}`,
      `  ${f.large.documents} documents, query API ${lat(f.large.searchThroughApi)} (first time each; no page render)`,
    );
    if (f.large.document)
      lines.push(
        `  document page JS at ${f.large.documents} documents: ${js(f.large.document.javascript)}`,
      );
  }
  console.log(lines.join('\n'));
}
