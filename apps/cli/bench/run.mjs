/**
 * `pnpm bench` (in apps/cli): how fast the browser starts and redraws, and how much memory it
 * takes, on the seed corpus and on a generated corpus of 10,000 documents. Each run drives the
 * built binary in a real terminal (tmux, 80×24) like a person would, and reads the figures the
 * app writes when GENEBELT_BENCH=<file> is set:
 *   first-frame-ms  from the start of the process to the first frame drawn,
 *   redraw-ms       from a key being read to the frame it causes being drawn,
 *   peak-rss-kb     the peak resident memory, at exit.
 * The time until the first frame shows in the terminal is also measured from outside.
 *
 *   node bench/run.mjs [--documents 10000] [--runs 5] [--json]
 *
 * The 10,000-document stores are generated once into bench/.cache with the corpus package's
 * generator (packages/corpus/bench/generate-corpus.ts): one with data/corpus.json and its index
 * (opened through openCorpus, which checks the index is fresh: by the stamp it keeps beside the
 * index once the files have settled, else by hashing the 200 MB corpus file), and one with the
 * index alone (opened as it is).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
  },
});
const DOCUMENTS = Number(values.documents);
const RUNS = Number(values.runs);

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const cache = join(root, 'bench', '.cache');
const corpusDir = dirname(createRequire(import.meta.url).resolve('@genebelt/corpus/package.json'));
const TARGETS = { firstFrameSeedsMs: 300, firstFrameLargeMs: 1000, redrawMs: 16, peakLargeMb: 150 };

if (spawnSync('tmux', ['-V']).status !== 0) {
  console.error(
    'bench: tmux is needed to run the browser in a terminal; install it and run again.',
  );
  process.exit(1);
}
if (!existsSync(cli)) {
  console.error('bench: building dist/ first…');
  execFileSync(process.execPath, [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js')], {
    cwd: root,
    stdio: 'inherit',
  });
}

function seedStore() {
  const dir = join(cache, 'seeds');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  cpSync(join(corpusDir, 'sources'), join(dir, 'sources'), { recursive: true });
  cpSync(join(corpusDir, 'knowledge'), join(dir, 'knowledge'), { recursive: true });
  cpSync(join(corpusDir, 'data', 'corpus.json'), join(dir, 'data', 'corpus.json'));
  return dir;
}

function largeStores(count) {
  const full = join(cache, `store-${count}`);
  const indexOnly = join(cache, `store-${count}-index-only`);
  if (
    !existsSync(join(full, 'data', 'corpus.sqlite')) ||
    !existsSync(join(full, 'data', 'corpus.json'))
  ) {
    console.error(`bench: generating a store of ${count.toLocaleString('en')} documents (once)…`);
    rmSync(full, { recursive: true, force: true });
    const tsx = createRequire(join(corpusDir, 'package.json')).resolve('tsx/cli');
    execFileSync(
      process.execPath,
      [tsx, join(root, 'bench', 'generate-store.ts'), full, String(count), '--with-corpus-file'],
      {
        cwd: corpusDir,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }
  if (!existsSync(join(indexOnly, 'data', 'corpus.sqlite'))) {
    mkdirSync(join(indexOnly, 'data'), { recursive: true });
    symlinkSync(join(full, 'data', 'corpus.sqlite'), join(indexOnly, 'data', 'corpus.sqlite'));
  }
  // The index-only store shares the full store's index, which an index format of another version
  // would make unreadable: opening the full store first rebuilds it if so (untimed).
  spawnSync(process.execPath, [cli, '--store', full, 'list'], { stdio: 'ignore' });
  return { full, indexOnly };
}

const socket = `genebelt-bench-${process.pid}`;
const tmux = (...args) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The keys a reader presses in one session (the kind sets how long to wait after each). */
const SESSION = [
  ...Array(10).fill(['move', 'j']),
  ['move', 'G'],
  ['move', 'g'],
  ['open', 'Enter'],
  ...Array(10).fill(['move', 'n']),
  ...Array(10).fill(['move', 'j']),
  ['move', 'p'],
  ['open', 'Enter'],
  ...Array(5).fill(['move', 'j']),
  ['open', 'Escape'],
  ['open', 'Escape'],
  ['open', '2'],
  ...Array(10).fill(['move', 'j']),
  ['move', 't'],
  ['open', '4'],
  ...Array(10).fill(['move', 'j']),
  ['open', '3'],
  ...[...'genomics'].map((key) => ['type', key]),
  ['open', 'Enter'],
  ...Array(10).fill(['move', 'j']),
  ['open', 'Enter'],
];

async function session(store, run) {
  const benchFile = join(cache, `bench-${process.pid}-${run}.txt`);
  rmSync(benchFile, { force: true });
  const name = `run${run}`;
  const started = performance.now();
  const command = `env -u CI GENEBELT_BENCH=${benchFile} ${process.execPath} ${cli} --store ${store}; sleep 30`;
  tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '24', command);
  let seen = null;
  while (performance.now() - started < 20_000) {
    const screen = tmux('capture-pane', '-p', '-t', name).stdout;
    if (/\[1 Library\]/.test(screen) && /documents? · sorted/.test(screen)) {
      seen = performance.now() - started;
      break;
    }
    await sleep(2);
  }
  for (const [kind, key] of SESSION) {
    tmux('send-keys', '-t', name, key);
    await sleep(kind === 'open' ? 250 : 80);
  }
  tmux('send-keys', '-t', name, 'q');
  let lines = [];
  for (let waited = 0; waited < 10_000; waited += 50) {
    await sleep(50);
    lines = existsSync(benchFile) ? readFileSync(benchFile, 'utf8').trim().split('\n') : [];
    if (lines.some((line) => line.startsWith('peak-rss-kb'))) break;
  }
  tmux('kill-session', '-t', name);
  // Each line: a name and a value, then more name-value pairs (cpu-ms, key, rss-kb).
  const parsed = lines.map((line) => {
    const [name, value, ...rest] = line.split(' ');
    const fields = { name, value: Number(value) };
    for (let index = 0; index + 1 < rest.length; index += 2) fields[rest[index]] = rest[index + 1];
    return fields;
  });
  const first = parsed.find((line) => line.name === 'first-frame-ms');
  const redraws = parsed.filter((line) => line.name === 'redraw-ms');
  const peak = parsed.find((line) => line.name === 'peak-rss-kb');
  // Memory just before the timeline opens (it used to load every entry of the corpus at once).
  const beforeTimeline = redraws.findIndex((line) => line.key === '"4"');
  const rssBefore = redraws
    .slice(0, beforeTimeline < 0 ? redraws.length : beforeTimeline)
    .reduce((max, line) => Math.max(max, Number(line['rss-kb'] ?? 0)), 0);
  return {
    firstFrameMs: first?.value ?? Number.NaN,
    firstFrameCpuMs: Number(first?.['cpu-ms'] ?? Number.NaN),
    seenMs: seen ?? Number.NaN,
    redraws: classify(redraws),
    peakMb: (peak?.value ?? Number.NaN) / 1024,
    beforeTimelineMb: rssBefore / 1024,
  };
}

/**
 * What each redraw was for, from the key the app recorded (a key that changes nothing draws
 * nothing, so redraws and keys sent do not pair up by position): moving within a screen, typing
 * a query, or opening a screen (which runs its queries; so does `t`, a new entity type).
 */
function classify(redraws) {
  let typing = false;
  return redraws.map((line) => {
    const key = JSON.parse(line.key ?? '""');
    let kind = 'move';
    if (typing && key !== '\r') kind = 'type';
    else if (['\r', '\u001b', '2', '3', '4', 't'].includes(key)) kind = 'open';
    if (key === '3') typing = true;
    else if (key === '\r') typing = false;
    return { ms: line.value, cpuMs: Number(line['cpu-ms'] ?? Number.NaN), kind };
  });
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN) : Number.NaN;
};
const percentile = (list, p) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted.length
    ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN)
    : Number.NaN;
};

async function measure(label, store) {
  // One untimed start builds the index if needed and warms the file cache.
  spawnSync(process.execPath, [cli, '--store', store, 'list'], { stdio: 'ignore' });
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await session(store, run));
  const redraws = runs.flatMap((run) => run.redraws);
  const stats = (kind) => {
    const chosen = redraws.filter((redraw) => redraw.kind === kind);
    const wall = chosen.map((redraw) => redraw.ms);
    const cpu = chosen.map((redraw) => redraw.cpuMs);
    return {
      median: median(wall),
      p95: percentile(wall, 95),
      max: Math.max(...wall),
      cpuMedian: median(cpu),
      cpuP95: percentile(cpu, 95),
      count: chosen.length,
    };
  };
  return {
    store: label,
    runs: RUNS,
    firstFrameMs: {
      median: median(runs.map((run) => run.firstFrameMs)),
      min: Math.min(...runs.map((run) => run.firstFrameMs)),
      max: Math.max(...runs.map((run) => run.firstFrameMs)),
      cpuMedian: median(runs.map((run) => run.firstFrameCpuMs)),
    },
    firstFrameSeenMs: { median: median(runs.map((run) => run.seenMs)) },
    redrawMoveMs: stats('move'),
    redrawTypeMs: stats('type'),
    redrawOpenMs: stats('open'),
    peakMb: Math.max(...runs.map((run) => run.peakMb)),
    beforeTimelineMb: Math.max(...runs.map((run) => run.beforeTimelineMb)),
  };
}

mkdirSync(cache, { recursive: true });
const results = [];
try {
  results.push(await measure('seeds (2 documents)', seedStore()));
  const large = largeStores(DOCUMENTS);
  results.push(
    await measure(`${DOCUMENTS.toLocaleString('en')} documents, index only`, large.indexOnly),
  );
  results.push(
    await measure(`${DOCUMENTS.toLocaleString('en')} documents, with corpus.json`, large.full),
  );
} finally {
  // Only the benchmark's own tmux server (its own socket), and the socket file it leaves.
  tmux('kill-server');
  rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, socket), {
    force: true,
  });
}

const load = (await import('node:os')).loadavg()[0];
if (values.json) {
  console.log(JSON.stringify({ targets: TARGETS, loadAverage: load, results }, null, 2));
} else {
  const f = (ms) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : 'n/a');
  console.log(
    `\ngenebelt browser, 80×24 in tmux, ${RUNS} runs per store; medians, p95 and max over all keys.`,
  );
  console.log(
    `Load average at the end: ${load.toFixed(2)} on ${(await import('node:os')).availableParallelism()} CPUs; CPU time is the process's own.\n`,
  );
  for (const result of results) {
    const seeds = result.store.startsWith('seeds');
    const firstTarget = seeds ? TARGETS.firstFrameSeedsMs : TARGETS.firstFrameLargeMs;
    const mark = (ok) => (ok ? 'ok  ' : 'MISS');
    const {
      firstFrameMs: first,
      redrawMoveMs: move,
      redrawTypeMs: type,
      redrawOpenMs: open,
    } = result;
    console.log(result.store);
    console.log(
      `  ${mark(first.median <= firstTarget)} launch → first frame drawn   ${f(first.median)} (min ${f(first.min)}, max ${f(first.max)}; CPU ${f(first.cpuMedian)}; target ${firstTarget} ms)`,
    );
    console.log(
      `       launch → frame seen in tmux  ${f(result.firstFrameSeenMs.median)} (includes tmux and polling)`,
    );
    console.log(
      `  ${mark(move.median <= TARGETS.redrawMs)} redraw after a moving key     ${f(move.median)} (p95 ${f(move.p95)}, max ${f(move.max)}; CPU ${f(move.cpuMedian)}, p95 ${f(move.cpuP95)}; ${move.count} keys; target ${TARGETS.redrawMs} ms)`,
    );
    console.log(
      `       redraw after a typed key      ${f(type.median)} (p95 ${f(type.p95)}; CPU ${f(type.cpuMedian)})`,
    );
    console.log(
      `       redraw opening a screen       ${f(open.median)} (p95 ${f(open.p95)}, max ${f(open.max)}; CPU ${f(open.cpuMedian)}; runs the screen's queries)`,
    );
    const memoryOk = seeds || result.peakMb <= TARGETS.peakLargeMb;
    console.log(
      `  ${mark(memoryOk)} peak memory (RSS)             ${result.peakMb.toFixed(0)} MB; ${result.beforeTimelineMb.toFixed(0)} MB before the timeline opens${seeds ? '' : ` (target ${TARGETS.peakLargeMb} MB)`}\n`,
    );
  }
}
