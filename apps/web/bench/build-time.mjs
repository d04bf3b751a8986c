// The site's build time alone, phase by phase, on a generated corpus (and optionally the bare Next
// app of as many pages, built in the same run for reference): quicker than `pnpm bench` when only
// the build is being worked on.
//
//   node bench/build-time.mjs [--documents 10000] [--article-bytes 1500] [--bare] [--seeds]
//                             [--keep] [--site <dir>]
//
// Each line Next prints is stamped with the seconds since the build began, so the time of
// "Collecting page data" and "Generating static pages" can be read off; the CSP hashing step is
// timed apart, and the prerendered output is counted (files and bytes under server/app).
// --site builds another copy of this app instead (say, the last commit's, unpacked under .bench/
// with a node_modules link to this one), to compare before and after in the same conditions.
import { spawn } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openCorpus, storeAt } from '@genebelt/corpus';
import { createBareApp } from './bare-app.mjs';
import { generatedStore } from './generate-store.mjs';

const APP = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(APP, '.bench');
const NEXT_BIN = join(APP, 'node_modules', 'next', 'dist', 'bin', 'next');

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '10000' },
    'article-bytes': { type: 'string', default: '1500' },
    bare: { type: 'boolean', default: false },
    seeds: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    site: { type: 'string' },
  },
});
const SITE = values.site ? resolve(values.site) : APP;

const log = (message) => process.stderr.write(`${message}\n`);

/** Runs a command, echoing its output with each line stamped by the seconds since it started. */
function stamped(label, command, args, { cwd, env = {} }) {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const echo = (stream) => {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split(/\r?\n/);
      rest = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) log(`[${label} ${seconds()}s] ${line}`);
    });
  };
  echo(child.stdout);
  echo(child.stderr);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      code === 0
        ? resolve((performance.now() - started) / 1000)
        : reject(new Error(`${label}: ${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}

/** Files and bytes under a folder. */
function sizeOf(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, megabytes: Number((bytes / 1024 / 1024).toFixed(1)) };
}

async function buildSite(label, distDir, env) {
  rmSync(join(SITE, distDir), { recursive: true, force: true });
  const environment = { ...env, GENEBELT_DIST_DIR: distDir };
  const next = await stamped(label, process.execPath, [NEXT_BIN, 'build'], {
    cwd: SITE,
    env: environment,
  });
  const csp = await stamped(label, process.execPath, ['scripts/csp-hashes.mjs'], {
    cwd: SITE,
    env: environment,
  });
  const output = sizeOf(join(SITE, distDir, 'server', 'app'));
  if (!values.keep) rmSync(join(SITE, distDir), { recursive: true, force: true });
  return {
    seconds: Number((next + csp).toFixed(1)),
    nextBuild: Number(next.toFixed(1)),
    cspHashes: Number(csp.toFixed(1)),
    output,
  };
}

const count = Number(values.documents);
const figures = {};

if (values.bare) {
  const dir = join(BENCH, 'bare');
  createBareApp(dir, APP, count);
  const seconds = await stamped('bare', process.execPath, [NEXT_BIN, 'build'], { cwd: dir });
  figures.bare = { pages: count + 1, seconds: Number(seconds.toFixed(1)) };
}

if (values.seeds) figures.seeds = await buildSite('seeds', '.next-bench', {});

const dir = join(BENCH, `store-${count}-${values['article-bytes']}`);
generatedStore(dir, count, { bytes: Number(values['article-bytes']) });
// The query index is the corpus package's to build; build it (if stale) before the clock starts.
openCorpus({ corpusFile: storeAt(dir).corpusFile }).close();
figures.large = {
  documents: count,
  ...(await buildSite('large', '.next-bench-large', { GENEBELT_STORE: dir })),
};

console.log(JSON.stringify(figures, null, 2));
