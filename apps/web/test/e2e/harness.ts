/**
 * What the end-to-end tests share: building the site (or reusing a fresh build), serving it with
 * scripts/serve.mjs on a free port, driving Debian's Chromium with playwright-core, running axe
 * and saving screenshots to artifacts/.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS = join(APP_ROOT, 'artifacts');
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

const require = createRequire(import.meta.url);
const NEXT_BIN = require.resolve('next/dist/bin/next');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface BuildOptions {
  /** The build folder, relative to apps/web (GENEBELT_DIST_DIR). */
  distDir: string;
  /** Extra environment, e.g. GENEBELT_STORE. */
  env?: Record<string, string>;
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.next')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * True when the build in `distDir` is missing or older than what it is made of: the site's
 * sources and config, and the given extra inputs (the corpus data and the compiled packages).
 */
export function needsBuild(distDir: string, inputs: readonly string[]): boolean {
  const buildId = join(APP_ROOT, distDir, 'BUILD_ID');
  const hashes = join(APP_ROOT, distDir, 'csp-hashes.json');
  if (!existsSync(buildId) || !existsSync(hashes)) return true;
  const built = Math.min(statSync(buildId).mtimeMs, statSync(hashes).mtimeMs);
  const sources = ['src', 'scripts', 'next.config.ts', 'package.json'].map((path) =>
    join(APP_ROOT, path),
  );
  return [...sources, ...inputs].some((path) => newestMtime(path) > built);
}

/** `next build` then the CSP hashes, as `pnpm build` does, into `distDir`. Throws with the log. */
export function buildSite({ distDir, env = {} }: BuildOptions): void {
  const environment = {
    ...process.env,
    ...env,
    GENEBELT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  for (const [command, args] of [
    [process.execPath, [NEXT_BIN, 'build']],
    [process.execPath, ['scripts/csp-hashes.mjs']],
  ] as const) {
    const result = spawnSync(command, args, {
      cwd: APP_ROOT,
      env: environment,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) {
      throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
    }
  }
}

export interface RunningSite {
  url: string;
  stop(): Promise<void>;
  log(): string;
}

/** Starts scripts/serve.mjs on a free port and resolves with its address once it serves. */
export function startSite({ distDir, env = {} }: BuildOptions): Promise<RunningSite> {
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0'], {
    cwd: APP_ROOT,
    env: { ...process.env, ...env, GENEBELT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolveSite, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving at (http:\/\/\S+?)\/?\s/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveSite({
          url: match[1].replace('localhost', '127.0.0.1'),
          log: () => output,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
}

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROME_PATH}: install it (apt-get install -y chromium) or set CHROME_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
}

export const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  phone: {
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  },
} as const;

/** A page that records console errors, failed requests and uncaught exceptions. */
export async function openPage(
  browser: Browser,
  kind: keyof typeof VIEWPORTS = 'desktop',
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ ...VIEWPORTS[kind], reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()} on ${page.url()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  return { context, page, problems };
}

/**
 * axe-core's violations on the current page. The site's CSP blocks injected <script> tags (which
 * is the point), so axe's source is evaluated through the DevTools protocol instead.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    const results = await axe.run();
    return results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
  });
}

interface AxeResults {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/** Saves a screenshot of the page to artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
