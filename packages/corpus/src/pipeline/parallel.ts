import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
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
 * Annotation is per document and pure, so many documents spread over threads, one per core. The
 * main thread is one of them: it would otherwise sit idle waiting, and a worker costs a start
 * (loading the tagger's model, about a quarter of a second) and runs cold until V8 has compiled
 * the annotators, which on two cores ate most of the gain (issue 3). The cross-document assembly
 * that follows is cheap and stays on the main thread.
 */

/**
 * The worker is the built `dist/annotate-worker.js`: worker threads cannot load TypeScript, so
 * code running from source (tests, benchmarks) uses the build, which Turborepo keeps fresh.
 */
function workerFile(): string | null {
  const file = join(packageRoot(), 'dist', 'annotate-worker.js');
  return existsSync(file) ? file : null;
}

/** Batches each worker holds at once: it starts the next while its last answer travels back. */
const IN_FLIGHT = 2;

interface Batch {
  id: number;
  articles: RawArticle[];
}

/**
 * Annotates articles on `workers` threads in all (default: one per core), the main thread being
 * one of them, and returns the results in the articles' order.
 */
export async function annotateInParallel(
  articles: readonly RawArticle[],
  knowledge: Knowledge,
  options: { workers?: number; batchSize?: number } = {},
): Promise<AnnotatedDocument[]> {
  const file = workerFile();
  const threads = Math.max(1, Math.min(options.workers ?? availableParallelism(), articles.length));
  const context = annotationContext(knowledge);
  if (!file || threads === 1) {
    // No build to run workers from, or nothing to share: annotate here, one after another.
    return articles.map((article) => annotateDocument(article, context));
  }
  // Small batches keep the threads finishing together; each message costs little next to
  // annotating even one article.
  const batchSize = options.batchSize ?? 8;
  const batches: Batch[] = [];
  for (let start = 0; start < articles.length; start += batchSize) {
    batches.push({ id: batches.length, articles: articles.slice(start, start + batchSize) });
  }
  const results: AnnotatedDocument[][] = new Array(batches.length);
  let next = 0;
  const take = (): Batch | undefined => batches[next++];

  const workers = Array.from(
    { length: threads - 1 },
    () => new Worker(file, { workerData: knowledge }),
  );
  let failure: unknown = null;
  const workersDone = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        let pending = 0;
        const send = () => {
          const batch = failure === null ? take() : undefined;
          if (!batch) return;
          pending += 1;
          worker.postMessage(batch);
        };
        worker.on('message', (message: { id: number; results: AnnotatedDocument[] }) => {
          results[message.id] = message.results;
          pending -= 1;
          send();
          if (pending === 0) resolve();
        });
        const fail = (error: unknown) => {
          failure ??= error;
          reject(error);
        };
        worker.once('error', fail);
        worker.once('exit', (code) => {
          if (pending > 0) fail(new Error(`annotate worker stopped (exit code ${code})`));
        });
        for (let slot = 0; slot < IN_FLIGHT; slot += 1) send();
        if (pending === 0) resolve();
      }),
  );
  // The same promises, never rejecting, so a failure is reported once, below.
  const settled = Promise.allSettled(workersDone);
  try {
    // The main thread takes batches too, one at a time, letting the workers' answers in between
    // so they are handed their next batch without waiting for the main thread's.
    for (let batch = take(); batch && failure === null; batch = take()) {
      results[batch.id] = batch.articles.map((article) => annotateDocument(article, context));
      await yieldToEvents();
    }
    await settled;
    if (failure !== null) throw failure;
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
