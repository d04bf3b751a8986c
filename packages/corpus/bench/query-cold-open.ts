/**
 * Child process of query-bench.ts: measures a cold open (module load, openCorpusIndex, first
 * overview()) in a fresh process, optionally followed by searches, and prints the figures as JSON.
 *
 *   node --import tsx bench/query-cold-open.ts <index file> [queries.json]
 *
 * queries.json, if given, is an array of query strings to run after the open.
 */
import { readFileSync } from 'node:fs';

const started = performance.now();
// The query runtime alone (openCorpusIndex needs no schema code)…
const { openCorpusIndex } = await import('../src/query/queries.js');
const runtimeImported = performance.now();
// …and the whole query API, whose openCorpus validates with @genebelt/model (zod).
await import('../src/query/index.js');
const imported = performance.now();
const file = process.argv[2];
if (!file) throw new Error('usage: query-cold-open.ts <index file> [queries.json]');
const queries = openCorpusIndex(file);
const overview = queries.overview();
const opened = performance.now();
const searchTimes: number[] = [];
const list = process.argv[3] ? (JSON.parse(readFileSync(process.argv[3], 'utf8')) as string[]) : [];
for (const query of list) {
  const t = performance.now();
  queries.search(query);
  searchTimes.push(performance.now() - t);
}
queries.close();
console.log(
  JSON.stringify({
    importMs: imported - started,
    runtimeImportMs: runtimeImported - started,
    openMs: opened - imported,
    documents: overview.documentCount,
    searchMs: searchTimes,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
