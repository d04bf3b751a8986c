/**
 * Cold builds: the same articles annotated by a fresh process on one thread and on all, and, to
 * tell what the machine allows, two one-thread processes at once on half the articles each.
 * The steady-state figures warm the main thread first, while a worker always starts cold, so
 * only fresh processes compare threads fairly. Each figure is the best of RUNS, alternating.
 *
 * A worker's start (its module and the tagger's model, then V8 compiling the annotators anew) is
 * paid once per build, so whether a second thread pays depends on how much there is to share:
 * measured on two cores, 2000 articles came out even and 8000 took 30% less time on two threads.
 * The bench therefore measures a few sizes.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNS = 2;
const child = fileURLToPath(new URL('./cold-build-child.ts', import.meta.url));

export interface ColdFigures {
  articles: number;
  threads: number;
  oneThreadSeconds: number;
  allThreadsSeconds: number;
  /** Two one-thread processes at once, each on half the articles (wall time of both). */
  twoProcessesSeconds: number;
}

function coldBuild(articles: number, threads: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const run = spawn(
      process.execPath,
      // The parent's own flags: it runs under tsx, and the child must load modules as it does.
      [...process.execArgv, child, String(articles), String(threads)],
      { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    run.stdout.on('data', (chunk) => {
      out += chunk;
    });
    run.stderr.on('data', (chunk) => {
      err += chunk;
    });
    run.on('error', reject);
    run.on('close', (code) => {
      if (code !== 0) reject(new Error(`cold-build-child failed (exit ${code}): ${err}`));
      else
        resolve((JSON.parse(out.trim().split('\n').pop() ?? '{}') as { seconds: number }).seconds);
    });
  });
}

export async function measureColdBuilds(articles: number, threads: number): Promise<ColdFigures> {
  const one: number[] = [];
  const all: number[] = [];
  const pair: number[] = [];
  const half = Math.ceil(articles / 2);
  for (let run = 0; run < RUNS; run += 1) {
    one.push(await coldBuild(articles, 1));
    all.push(await coldBuild(articles, threads));
    const start = performance.now();
    await Promise.all([coldBuild(half, 1), coldBuild(half, 1)]);
    pair.push((performance.now() - start) / 1000);
  }
  return {
    articles,
    threads,
    oneThreadSeconds: Math.min(...one),
    allThreadsSeconds: Math.min(...all),
    twoProcessesSeconds: Math.min(...pair),
  };
}

/** measureColdBuilds at each size, smallest first. */
export async function measureColdBuildSizes(
  sizes: readonly number[],
  threads: number,
): Promise<ColdFigures[]> {
  const figures: ColdFigures[] = [];
  for (const articles of [...new Set(sizes)].sort((a, b) => a - b)) {
    figures.push(await measureColdBuilds(articles, threads));
  }
  return figures;
}
