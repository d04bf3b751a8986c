/**
 * Index and search figures on a generated corpus. Nothing here asserts a time.
 *
 *   pnpm exec tsx bench/query-bench.ts --documents 100000 [--keep <index file>] [--json]
 *
 * Measures: index build (generation time excluded, reported apart), documents per second, index
 * size, search latency over 1,000 mixed queries (median, p90, p99, max, by kind), the first search
 * (which loads the per-sentence columns), cold open in a child process (module load,
 * openCorpusIndex and the first overview()), and peak memory of this process and of a child that
 * opens the index and runs 200 searches.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Document } from '@genebelt/model';
import { type BuildStats, openCorpusIndex } from '../src/query/index.js';
import { tokenize } from '../src/query/tokenize.js';
import {
  createRandom,
  documentId,
  generateDocument,
  generatedVocabulary,
} from './generate-corpus.js';

const SEED = 42;
const QUERY_COUNT = 1000;
const here = dirname(fileURLToPath(import.meta.url));

export interface QueryBenchOptions {
  documents: number;
  /** Keep the index at this path instead of a temporary directory. */
  keep?: string;
  /** Search an index built before (with the same document count) instead of building one. */
  index?: string;
  /** Print progress to stderr. */
  verbose?: boolean;
}

interface BenchQuery {
  kind: string;
  text: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/**
 * 1,000 queries of the kinds people type: words (common and rare), two words, phrases taken from
 * generated text, prefixes, exclusions, entity names, and filters alone or with words.
 */
export function benchQueries(documents: number, count = QUERY_COUNT): BenchQuery[] {
  const random = createRandom(SEED, 99);
  const vocabulary = generatedVocabulary(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const common = [...vocabulary.nouns, ...vocabulary.adjectives];
  // Half listed words (any of them, as a reader might type), a quarter drawn as often as the text
  // uses them (topical words), a quarter from the rare tail.
  const word = () => {
    const r = random();
    if (r < 0.5) return pick(common);
    if (r < 0.75) return vocabulary.drawNoun(random);
    return pick(vocabulary.rare);
  };
  const entities = vocabulary.entities;
  const sampleDocument = (): Document =>
    generateDocument(Math.floor(random() * documents), SEED).document;
  const phraseFromText = (): string => {
    const document = sampleDocument();
    const sentence = pick(document.sentences);
    const tokens = tokenize(document.text, sentence.span.start, sentence.span.end);
    const length = 2 + Math.floor(random() * 2);
    const start = Math.floor(random() * Math.max(1, tokens.length - length));
    const slice = tokens.slice(start, start + length);
    const first = slice[0];
    const last = slice[slice.length - 1];
    return first && last ? document.text.slice(first.start, last.end) : word();
  };
  const filter = (): string => {
    const r = random();
    if (r < 0.3) return `type:${pick(['person', 'organization', 'place', 'event', 'work'])}`;
    if (r < 0.6) return `entity:${pick(entities.slice(0, 300)).id}`;
    if (r < 0.8) {
      const year = 2013 + Math.floor(random() * 12);
      return random() < 0.5 ? `from:${year}` : `from:${year}-06 to:${year + 1}-06`;
    }
    return `doc:${documentId(Math.floor(random() * documents))}`;
  };
  const kinds: [number, string, () => string][] = [
    [0.25, 'word', word],
    [0.12, 'two words', () => `${word()} ${word()}`],
    [0.15, 'phrase', () => `"${phraseFromText().replace(/"/g, '')}"`],
    [0.12, 'prefix', () => `${pick(common).slice(0, 3 + Math.floor(random() * 3))}*`],
    [0.06, 'exclusion', () => `${word()} -${word()}`],
    [0.06, 'entity name', () => pick(entities).name],
    [0.14, 'word + filter', () => `${word()} ${filter()}`],
    [0.05, 'phrase + filter', () => `"${phraseFromText().replace(/"/g, '')}" ${filter()}`],
    [0.05, 'filter only', filter],
  ];
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    let r = random();
    let chosen = kinds[0];
    for (const kind of kinds) {
      chosen = kind;
      r -= kind[0];
      if (r < 0) break;
    }
    if (chosen) queries.push({ kind: chosen[1], text: chosen[2]() });
  }
  return queries;
}

/** Runs a bench script in a fresh Node process (TypeScript through tsx) and returns its JSON. */
function child(script: string, args: string[]): Record<string, unknown> {
  const run = spawnSync(
    process.execPath,
    ['--conditions=@genebelt/source', '--import', 'tsx', join(here, script), ...args],
    { cwd: join(here, '..'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
  const last = run.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(last) as Record<string, unknown>;
}

interface BuildFigures {
  stats: BuildStats;
  totalMs: number;
  generationMs: number;
  cpuSeconds: number;
  loadBefore: number;
  maxRssMb: number;
}

export async function runQueryBench(
  options: QueryBenchOptions,
): Promise<Record<string, number | string>> {
  const documents = Math.max(1, Math.trunc(options.documents));
  const log = (message: string) => {
    if (options.verbose) process.stderr.write(`${message}\n`);
  };
  const reuse = options.index;
  const loadAtStart = loadavg()[0] ?? 0;
  const directory =
    options.keep || reuse ? null : mkdtempSync(join(tmpdir(), 'genebelt-query-bench-'));
  const file = reuse ?? options.keep ?? join(directory ?? '.', 'corpus.sqlite');
  try {
    if (!reuse) log(`building an index of ${documents} generated documents (in a child process)…`);
    const build = reuse
      ? null
      : (child('query-build-child.ts', [
          String(documents),
          file,
          String(SEED),
        ]) as unknown as BuildFigures);
    if (build) {
      log(
        `built in ${(build.totalMs / 1000).toFixed(1)} s (${(build.generationMs / 1000).toFixed(1)} s generating)`,
      );
    }
    const size = statSync(file).size;

    const queries = benchQueries(documents);
    // No result cache: every figure is the full cost of its query.
    const index = openCorpusIndex(file, { searchCache: 0 });
    const firstStarted = performance.now();
    index.search('genomics cooperation');
    const firstSearchMs = performance.now() - firstStarted;
    const times: number[] = [];
    const cpuTimes: number[] = [];
    const tail: { ms: number; kind: string; text: string; hits: number }[] = [];
    const byKind = new Map<string, number[]>();
    let totalHits = 0;
    const allHits: number[] = [];
    log('searching…');
    for (const query of queries) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const result = index.search(query.text);
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
      totalHits += result.total;
      allHits.push(result.total);
      times.push(ms);
      tail.push({ ms, kind: query.kind, text: query.text, hits: result.total });
      const list = byKind.get(query.kind) ?? [];
      list.push(ms);
      byKind.set(query.kind, list);
    }
    index.close();
    const sorted = [...times].sort((a, b) => a - b);
    const sortedCpu = [...cpuTimes].sort((a, b) => a - b);
    const hits = [...allHits].sort((a, b) => a - b);
    // The queries above the 99th percentile, slowest first: what the tail is made of.
    const slowest = tail
      .sort((a, b) => b.ms - a.ms)
      .slice(0, Math.ceil(queries.length / 100))
      .map((q) => `${round(q.ms, 1)} ms ${q.kind} (${q.hits} hits) ${q.text}`)
      .join('; ');
    const kinds = [...byKind.entries()]
      .map(([kind, list]) => {
        const s = [...list].sort((a, b) => a - b);
        return `${kind} ${round(percentile(s, 50))}/${round(percentile(s, 99))}`;
      })
      .join('; ');

    log('cold opens…');
    const opens = Array.from({ length: 5 }, () => child('query-cold-open.ts', [file]));
    const openMs = opens.map((o) => Number(o.openMs)).sort((a, b) => a - b);
    const importMs = opens.map((o) => Number(o.importMs)).sort((a, b) => a - b);
    const queriesFile = join(directory ?? tmpdir(), `queries-${process.pid}.json`);
    writeFileSync(queriesFile, JSON.stringify(queries.map((query) => query.text)));
    const searching = child('query-cold-open.ts', [file, queriesFile]);
    rmSync(queriesFile, { force: true });

    const built: Record<string, number | string> = build
      ? {
          sentences: build.stats.sentences,
          mentions: build.stats.mentions,
          'build s': round((build.totalMs - build.generationMs) / 1000),
          'build docs/s': Math.round(documents / ((build.totalMs - build.generationMs) / 1000)),
          'generation s (excluded)': round(build.generationMs / 1000),
          'build + generation CPU s (both threads)': round(build.cpuSeconds),
          'peak RSS MB, build (child: generate + build)': Math.round(build.maxRssMb),
          'build phases ms': Object.entries(build.stats.phases)
            .map(([name, ms]) => `${name} ${ms}`)
            .join('; '),
        }
      : { 'build s': 'not measured (existing index)' };
    return {
      documents,
      ...built,
      'db MB': round(size / 1024 / 1024, 1),
      'search median ms': round(percentile(sorted, 50), 3),
      'search p90 ms': round(percentile(sorted, 90), 3),
      'search p99 ms': round(percentile(sorted, 99), 3),
      'search max ms': round(sorted[sorted.length - 1] ?? 0, 3),
      'search CPU median ms': round(percentile(sortedCpu, 50), 3),
      'search CPU p99 ms': round(percentile(sortedCpu, 99), 3),
      'search hits mean / median / p99': `${Math.round(totalHits / queries.length)} / ${percentile(hits, 50)} / ${percentile(hits, 99)}`,
      'search median/p99 ms by kind': kinds,
      'search slowest 1%': slowest,
      'first search ms (loads columns)': round(firstSearchMs),
      'cold open ms (open + overview)': round(percentile(openMs, 50)),
      'cold open ms incl. module load': round(
        percentile(
          opens.map((o) => Number(o.importMs) + Number(o.openMs)).sort((a, b) => a - b),
          50,
        ),
      ),
      'module load ms': round(percentile(importMs, 50)),
      'module load ms, query runtime only (no @genebelt/model)': round(
        percentile(
          opens.map((o) => Number(o.runtimeImportMs)).sort((a, b) => a - b),
          50,
        ),
      ),
      'peak RSS MB, search (child: open + 1,000 searches)': Math.round(Number(searching.maxRssMb)),
      'machine load (1 min) at start / end': `${round(loadAtStart)} / ${round(loadavg()[0] ?? 0)} on ${availableParallelism()} CPUs`,
    };
  } finally {
    if (directory) rmSync(directory, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '10000' },
      keep: { type: 'string' },
      index: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const figures = await runQueryBench({
    documents: Number(values.documents),
    keep: values.keep,
    index: values.index,
    verbose: true,
  });
  if (values.json) console.log(JSON.stringify(figures, null, 2));
  else
    for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(42)} ${value}`);
}
