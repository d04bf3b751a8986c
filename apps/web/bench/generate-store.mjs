// A store of generated articles for the bench: the corpus package's seeded generator (the same
// articles every run, the seeds' sentences and names recombined, about 3 KB each), run through
// the real pipeline of @genebelt/corpus. Cached in .bench/ by count and seed, since building
// 10,000 takes a while.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStore, bundledStore, packageRoot, serialiseCorpus, storeAt } from '@genebelt/corpus';

// The articles come from the corpus package's generator (write-articles.ts), run with its tsx.
const tsx = createRequire(join(packageRoot(), 'package.json')).resolve('tsx/cli');
const writer = fileURLToPath(new URL('./write-articles.ts', import.meta.url));

/**
 * A store folder (sources/, knowledge/, data/corpus.json) of `count` generated articles plus the
 * seeds, built by the pipeline; reused when it already exists. Returns its path and how long the
 * pipeline took (null when reused).
 */
export function generatedStore(dir, count, { seed = 42, bytes = 3000 } = {}) {
  const paths = storeAt(dir);
  const stamp = join(dir, 'generated.json');
  const wanted = JSON.stringify({ count, seed, bytes, version: 2 });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted && existsSync(paths.corpusFile)) {
    return { dir, seconds: null };
  }
  rmSync(dir, { recursive: true, force: true });
  const bundled = bundledStore();
  cpSync(bundled.sourcesDir, paths.sourcesDir, { recursive: true });
  cpSync(bundled.knowledgeDir, paths.knowledgeDir, { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  execFileSync(
    process.execPath,
    [tsx, writer, paths.sourcesDir, String(count), String(seed), String(bytes)],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const started = performance.now();
  const built = buildStore(paths);
  writeFileSync(paths.corpusFile, serialiseCorpus(built.corpus));
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(stamp, wanted);
  return { dir, seconds };
}
