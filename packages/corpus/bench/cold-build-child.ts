/**
 * One cold build, in a process of its own: what `genebelt ingest` of many files or a corpus
 * build pays, start-up and JIT warm-up included. Prints {"threads":N,"seconds":S}.
 *   tsx bench/cold-build-child.ts <articles> <threads>
 */
import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../src/knowledge/load.js';
import { bundledStore } from '../src/paths.js';
import { annotateInParallel } from '../src/pipeline/parallel.js';
import { benchArticles } from './pipeline-bench.js';

const [count = '2000', threads = '1'] = process.argv.slice(2);
const articles = benchArticles(Number(count));
const knowledge = loadKnowledge(bundledStore().knowledgeDir);
const start = performance.now();
await annotateInParallel(articles, knowledge, { workers: Number(threads) });
const seconds = (performance.now() - start) / 1000;
console.log(JSON.stringify({ threads: Number(threads), seconds }));
