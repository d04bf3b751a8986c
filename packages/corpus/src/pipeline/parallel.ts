import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Knowledge } from '../knowledge/load.js';
import { packageRoot } from '../paths.js';
import { type AnnotatedDocument, annotateDocument, type RawArticle } from './annotate-document.js';
import {
  annotationContext,
  assembleCorpus,
  type BuiltCorpus,
  type CorpusInputs,
} from './build-corpus.js';

/*
 * Annotation is per document and pure, so many documents spread over worker threads, one per
 * core. The cross-document assembly that follows is cheap and stays on the main thread.
 */

/**
 * The worker is the built `dist/annotate-worker.js`: worker threads cannot load TypeScript, so
 * code running from source (tests, benchmarks) uses the build, which Turborepo keeps fresh.
 */
function workerFile(): string | null {
  const file = join(packageRoot(), 'dist', 'annotate-worker.js');
  return existsSync(file) ? file : null;
}

export async function annotateInParallel(
  articles: readonly RawArticle[],
  knowledge: Knowledge,
  options: { workers?: number; batchSize?: number } = {},
): Promise<AnnotatedDocument[]> {
  const file = workerFile();
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), articles.length));
  if (!file || count === 1) {
    // No build to run workers from, or nothing to share: annotate here, one after another.
    const context = annotationContext(knowledge);
    return articles.map((article) => annotateDocument(article, context));
  }
  const batchSize = options.batchSize ?? 32;
  const batches: RawArticle[][] = [];
  for (let i = 0; i < articles.length; i += batchSize)
    batches.push(articles.slice(i, i + batchSize));
  const results: AnnotatedDocument[][] = new Array(batches.length);
  const workers = Array.from({ length: count }, () => new Worker(file, { workerData: knowledge }));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) return resolve();
              const id = next++;
              worker.postMessage({ id, articles: batches[id] });
            };
            worker.on('message', (message: { id: number; results: AnnotatedDocument[] }) => {
              results[message.id] = message.results;
              send();
            });
            worker.once('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results.flat();
}

/** buildCorpus, with the per-document work spread over all cores. */
export async function buildCorpusInParallel(
  inputs: CorpusInputs,
  options: { workers?: number } = {},
): Promise<BuiltCorpus> {
  const articles = [...inputs.articles].sort((a, b) => a.id.localeCompare(b.id));
  return assembleCorpus(inputs, await annotateInParallel(articles, inputs.knowledge, options));
}
