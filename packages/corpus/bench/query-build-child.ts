/**
 * Child process of query-bench.ts: generates a corpus and builds its index, timing the generator
 * apart, and prints the figures (with this process's peak memory) as JSON.
 *
 *   node --import tsx bench/query-build-child.ts <documents> <index file> <seed>
 */
import { loadavg } from 'node:os';
import type { Document } from '@genebelt/model';
import { buildCorpusIndexFromParts } from '../src/query/index.js';
import { generateCorpusParts } from './generate-corpus.js';

const documents = Number(process.argv[2]);
const file = process.argv[3];
const seed = Number(process.argv[4] ?? 42);
if (!(documents > 0) || !file) {
  throw new Error('usage: query-build-child.ts <documents> <index file> [seed]');
}

const parts = generateCorpusParts({ documents, seed });
let generationMs = 0;
const source = parts.documents;
const timed: Iterable<Document> = {
  *[Symbol.iterator]() {
    const iterator = source[Symbol.iterator]();
    for (;;) {
      const started = performance.now();
      const next = iterator.next();
      generationMs += performance.now() - started;
      if (next.done) return;
      yield next.value;
    }
  },
};
const loadBefore = loadavg()[0] ?? 0;
const cpu = process.cpuUsage();
const started = performance.now();
const stats = buildCorpusIndexFromParts({ ...parts, documents: timed }, file);
const totalMs = performance.now() - started;
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    stats,
    totalMs,
    generationMs,
    cpuSeconds: (used.user + used.system) / 1e6,
    loadBefore,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
