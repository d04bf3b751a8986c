// After `next build`: lists, for every prerendered page, the SHA-256 of each inline script in it,
// so scripts/serve.mjs can allow exactly those scripts (see security-headers.mjs). Only scripts in
// the shapes Next itself writes, whose payload is pure JSON data, are hashed: anything else in a
// page fails the build, because it would be markup that should not be there.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** Inline scripts Next writes, as prefix + JSON + suffix. */
const SHAPES = [
  { prefix: '(self.__next_f=self.__next_f||[]).push(', suffix: ')' },
  { prefix: 'self.__next_f.push(', suffix: ')' },
  { prefix: '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', suffix: ');' },
  { prefix: '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', suffix: ')' },
];

/** Script types a browser does not run, so the CSP does not govern them. */
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** True when a script is one of Next's, carrying only JSON data. */
export function isNextDataScript(content) {
  return SHAPES.some(({ prefix, suffix }) => {
    if (!content.startsWith(prefix) || !content.endsWith(suffix)) return false;
    try {
      JSON.parse(content.slice(prefix.length, content.length - suffix.length));
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The CSP hashes of the inline scripts of one HTML page. Throws on an inline script that is not
 * Next's own data, naming it.
 */
export function inlineScriptHashes(html, label = 'page') {
  const hashes = new Set();
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? '';
    const content = match[2] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && DATA_TYPES.has(type)) continue;
    if (!isNextDataScript(content)) {
      throw new Error(
        `${label}: an inline script that is not Next's own data: ${JSON.stringify(content.slice(0, 120))}`,
      );
    }
    hashes.add(`sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}

/** The route path of a prerendered HTML file under server/app: index.html is "/". */
export function routeOf(file) {
  const path = `/${file
    .split(sep)
    .join('/')
    .replace(/\.html$/, '')}`;
  return path === '/index' ? '/' : path;
}

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The hashes of each page among `files` (HTML files under appDir), by route. */
function hashPages(appDir, files) {
  const manifest = {};
  for (const file of files) {
    const route = routeOf(relative(appDir, file));
    manifest[route] = inlineScriptHashes(readFileSync(file, 'utf8'), route);
  }
  return manifest;
}

function writeManifest(distDir, manifest) {
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(join(distDir, 'csp-hashes.json'), `${JSON.stringify(sorted)}\n`);
  return Object.keys(sorted).length;
}

/** Writes <distDir>/csp-hashes.json: { "/route": ["sha256-…", …] }. */
export function writeCspHashes(distDir) {
  const appDir = join(distDir, 'server', 'app');
  return writeManifest(distDir, hashPages(appDir, [...htmlFiles(appDir)]));
}

/** Pages per thread below which starting another thread costs more than it saves. */
const PAGES_PER_THREAD = 1000;

/**
 * The same as writeCspHashes, with the pages shared among worker threads: at 10,000 documents
 * there are some 600 MB of HTML to read, parse and hash, which one core did in about 4 s.
 */
export async function writeCspHashesInParallel(
  distDir,
  threads = availableParallelism(),
  pagesPerThread = PAGES_PER_THREAD,
) {
  const appDir = join(distDir, 'server', 'app');
  const files = [...htmlFiles(appDir)];
  const count = Math.max(1, Math.min(threads, Math.floor(files.length / pagesPerThread)));
  if (count === 1) return writeManifest(distDir, hashPages(appDir, files));
  const parts = await Promise.all(
    Array.from(
      { length: count },
      (_, part) =>
        new Promise((resolvePart, reject) => {
          const share = files.filter((_, index) => index % count === part);
          const worker = new Worker(new URL(import.meta.url), {
            workerData: { cspHashes: { appDir, files: share } },
          });
          worker.once('message', resolvePart);
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`csp-hashes: a worker thread exited with ${code}`));
          });
        }),
    ),
  );
  return writeManifest(distDir, Object.assign({}, ...parts));
}

if (!isMainThread && workerData?.cspHashes) {
  const { appDir, files } = workerData.cspHashes;
  parentPort?.postMessage(hashPages(appDir, files));
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const appRoot = fileURLToPath(new URL('..', import.meta.url));
  const distDir = resolve(appRoot, process.env.GENEBELT_DIST_DIR ?? '.next');
  const count = await writeCspHashesInParallel(distDir);
  console.log(`csp-hashes: inline script hashes for ${count} prerendered pages`);
}
