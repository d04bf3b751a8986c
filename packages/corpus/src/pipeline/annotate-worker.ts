/**
 * A worker thread that annotates articles: it builds the annotation context from the knowledge
 * base once, then answers batches. See parallel.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Knowledge } from '../knowledge/load.js';
import { annotateDocument, type RawArticle } from './annotate-document.js';
import { annotationContext } from './build-corpus.js';

const port = parentPort;
if (!port) throw new Error('annotate-worker must run in a worker thread');
const context = annotationContext(workerData as Knowledge);
port.on('message', (batch: { id: number; articles: RawArticle[] }) => {
  port.postMessage({
    id: batch.id,
    results: batch.articles.map((article) => annotateDocument(article, context)),
  });
});
