/**
 * `pnpm bench`: measures the pipeline, the index and search, and prints figures. Nothing here
 * asserts a time; the figures are for reading and for the issue notes.
 *   --pipeline-articles N   articles for the pipeline figures (default 2000, about 6 MB)
 *   --cold-articles N       a larger build, one thread against all, in fresh processes (default 8000)
 *   --documents N           documents for the index and search figures (default 100000)
 *   --json                  print the figures as JSON
 */
import { parseArgs } from 'node:util';
import { runPipelineBench } from './pipeline-bench.js';
import { runQueryBench } from './query-bench.js';

const { values } = parseArgs({
  options: {
    'pipeline-articles': { type: 'string', default: '2000' },
    'cold-articles': { type: 'string', default: '8000' },
    documents: { type: 'string', default: '100000' },
    json: { type: 'boolean', default: false },
  },
});

const pipeline = await runPipelineBench(
  Number(values['pipeline-articles']),
  Number(values['cold-articles']),
);
const query = await runQueryBench({ documents: Number(values.documents) });

if (values.json) {
  console.log(JSON.stringify({ pipeline, query }, null, 2));
} else {
  const pad = (text: string, width: number) => text.padEnd(width);
  console.log(
    `\nPipeline on ${pipeline.articles} generated articles (${pipeline.megabytes.toFixed(1)} MB)`,
  );
  for (const step of pipeline.steps) {
    console.log(
      `  ${pad(step.step, 28)} ${step.megabytesPerSecond.toFixed(2).padStart(8)} MB/s  ${step.seconds.toFixed(2).padStart(7)} s`,
    );
  }
  const { parallel } = pipeline;
  console.log(
    `  ${pad(`whole pipeline (${parallel.workers} threads)`, 28)} ${parallel.megabytesPerSecond.toFixed(2).padStart(8)} MB/s  ${parallel.seconds.toFixed(2).padStart(7)} s  (×${parallel.speedup.toFixed(2)})`,
  );
  for (const cold of pipeline.cold) {
    console.log(
      `  cold, fresh process (${cold.articles} articles): 1 thread ${cold.oneThreadSeconds.toFixed(2)} s, ${cold.threads} threads ${cold.allThreadsSeconds.toFixed(2)} s (×${(cold.oneThreadSeconds / cold.allThreadsSeconds).toFixed(2)}); two 1-thread processes at once on half each ${cold.twoProcessesSeconds.toFixed(2)} s (×${(cold.oneThreadSeconds / cold.twoProcessesSeconds).toFixed(2)}: what this machine's cores give)`,
    );
  }
  console.log(`\nIndex and search at ${values.documents} documents`);
  for (const [key, value] of Object.entries(query)) console.log(`  ${pad(key, 28)} ${value}`);
}
