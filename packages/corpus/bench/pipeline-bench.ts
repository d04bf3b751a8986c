/**
 * Pipeline throughput on generated articles: each step alone and the whole per-document
 * pipeline on one core, then the same articles spread over every core.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { findDates } from '../src/annotate/dates.js';
import { proposeNames } from '../src/annotate/names/index.js';
import { findQuantities } from '../src/annotate/quantities.js';
import { findQuotes } from '../src/annotate/quotes.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { SourceSidecar } from '../src/knowledge/schema.js';
import { bundledStore } from '../src/paths.js';
import { annotateDocument, type RawArticle } from '../src/pipeline/annotate-document.js';
import { annotationContext } from '../src/pipeline/build-corpus.js';
import { normalise } from '../src/pipeline/normalise.js';
import { annotateInParallel } from '../src/pipeline/parallel.js';
import { segmentSentences } from '../src/pipeline/segment.js';
import { findStructure } from '../src/pipeline/structure.js';
import { type ColdFigures, measureColdBuildSizes } from './cold-builds.js';
import { generateArticles } from './generate-articles.js';

export interface PipelineFigures {
  articles: number;
  megabytes: number;
  steps: { step: string; seconds: number; megabytesPerSecond: number }[];
  parallel: { workers: number; seconds: number; megabytesPerSecond: number; speedup: number };
  /**
   * Fresh processes, start-up and warm-up included: what a build or `ingest` of many pays, at the
   * bench's article count and at the larger `coldArticles`.
   */
  cold: ColdFigures[];
}

/** A build of many articles (about 26 MB), where a worker's start is small next to the work. */
const COLD_ARTICLES = 8000;

/** Articles annotated before anything is timed. */
const WARM_UP_ARTICLES = 300;

function time(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

/** The generated articles every pipeline figure is measured on (seeded, so the same each run). */
export function benchArticles(count: number): RawArticle[] {
  const sidecar = SourceSidecar.parse({
    published: { status: 'resolved', date: { value: '2024-03-12', precision: 'day' } },
  });
  return generateArticles(count).map(({ id, raw }) => ({
    id,
    fileName: `${id}.txt`,
    raw,
    rawDigest: '0'.repeat(64),
    sidecar,
  }));
}

export async function runPipelineBench(
  count: number,
  coldArticles: number = COLD_ARTICLES,
): Promise<PipelineFigures> {
  const knowledge = loadKnowledge(bundledStore().knowledgeDir);
  const context = annotationContext(knowledge);
  const articles = benchArticles(count);
  const megabytes =
    articles.reduce((sum, article) => sum + Buffer.byteLength(article.raw), 0) / 1e6;
  const texts = articles.map((article) => normalise(article.raw).text);
  const sentences = texts.map((text) =>
    findStructure(text).blocks.flatMap((block) => segmentSentences(text, block.span)),
  );

  // Warm up before timing, so the figures are steady state: one document loads the tagger, but V8
  // goes on compiling the annotators for a few hundred more (the first pass over 500 articles ran
  // at half the speed of the next ones), and the first step timed would pay for all of it.
  for (const article of articles.slice(0, WARM_UP_ARTICLES)) annotateDocument(article, context);

  const published = { value: '2024-03-12', precision: 'day' } as const;
  const each =
    <T>(items: readonly T[], run: (item: T, index: number) => unknown) =>
    () => {
      items.forEach((item, index) => {
        run(item, index);
      });
    };
  const steps: [string, () => void][] = [
    ['normalise', each(articles, (article) => normalise(article.raw))],
    ['structure', each(texts, (text) => findStructure(text))],
    [
      'segment',
      each(texts, (text) => {
        for (const block of findStructure(text).blocks) segmentSentences(text, block.span);
      }),
    ],
    ['known mentions', each(texts, (text) => context.aliases.find(text))],
    ['proposed names', each(texts, (text) => proposeNames(text, { gazetteer: context.gazetteer }))],
    ['dates', each(texts, (text) => findDates(text, { documentId: 'bench', published }))],
    ['quantities', each(texts, (text) => findQuantities(text))],
    ['quotes', each(texts, (text, i) => findQuotes(text, sentences[i] ?? [], []))],
    ['whole pipeline (one core)', each(articles, (article) => annotateDocument(article, context))],
  ];
  const figures = steps.map(([step, run]) => {
    const seconds = time(run);
    return { step, seconds, megabytesPerSecond: megabytes / seconds };
  });

  const workers = availableParallelism();
  const cold = await measureColdBuildSizes([count, coldArticles], workers);
  const start = performance.now();
  await annotateInParallel(articles, knowledge, { workers });
  const seconds = (performance.now() - start) / 1000;
  const single = figures.at(-1)?.seconds ?? seconds;
  return {
    articles: count,
    megabytes,
    steps: figures,
    parallel: {
      workers,
      seconds,
      megabytesPerSecond: megabytes / seconds,
      speedup: single / seconds,
    },
    cold,
  };
}
