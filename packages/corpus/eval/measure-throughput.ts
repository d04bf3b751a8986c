/** Measures how fast `proposeNames` goes through text on one core. */
import { proposeNames } from '../src/annotate/names/index.js';

// The first passes run while V8 is still compiling the code; timing them would measure that.
export const WARM_UP_PASSES = 5;
const TIMED_PASSES = 7;

export interface Throughput {
  /** Median over the timed passes, in megabytes (10^6 bytes) of UTF-8 text per second. */
  megabytesPerSecond: number;
  passes: number;
  bytes: number;
}

export function measureThroughput(texts: readonly string[]): Throughput {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  const rates: number[] = [];
  for (let pass = 0; pass < WARM_UP_PASSES + TIMED_PASSES; pass += 1) {
    const started = performance.now();
    for (const text of texts) proposeNames(text);
    const seconds = (performance.now() - started) / 1000;
    if (pass >= WARM_UP_PASSES) rates.push(bytes / 1e6 / Math.max(seconds, 1e-9));
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)] ?? 0;
  return { megabytesPerSecond: median, passes: TIMED_PASSES, bytes };
}
