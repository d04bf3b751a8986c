/**
 * Starts the browser on a terminal: the alternate screen (so the shell's scrollback is left as
 * it was), Ink, and with GENEBELT_BENCH=<file> a line per measurement appended to that file:
 * the first frame, each redraw after a key, and the peak memory at exit.
 */
// Evaluated first, so fetch is hidden while Ink loads (see hide-fetch.ts).
import './hide-fetch.js';
import { appendFileSync } from 'node:fs';
import type { CorpusQueries } from '@genebelt/corpus/query';
import { render } from 'ink';
import { App } from './app.js';
import { restoreFetch } from './hide-fetch.js';
import type { Route } from './state.js';

restoreFetch();

const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001b[?1049l';
const CLEAR_SCREEN = '\u001b[2J\u001b[H';

export interface BrowserOptions {
  queries: CorpusQueries;
  color: boolean;
  initial?: Route;
  /** Where to append timing lines (GENEBELT_BENCH). */
  benchFile?: string;
}

export async function runBrowser(options: BrowserOptions): Promise<void> {
  const { stdin, stdout } = process;
  const bench = options.benchFile;
  const record = (line: string) => {
    if (bench) appendFileSync(bench, `${line}\n`);
  };
  let keyAt: number | null = null;
  let keyCpu = process.cpuUsage();
  let keyName = '';
  let firstFrame = true;
  // With a 'readable' listener (Ink's) attached, 'data' fires as Ink reads each key: the moment
  // a redraw is measured from. Attached after the first frame, once Ink listens.
  const onKey = (data: Buffer | string) => {
    keyAt = performance.now();
    keyCpu = process.cpuUsage();
    keyName = JSON.stringify(String(data));
  };
  stdout.write(ENTER_ALTERNATE_SCREEN);
  // After a resize the terminal may have reflowed or kept stale rows that Ink's line-by-line
  // erase does not reach: start from a clean screen, before Ink draws the next frame.
  const onResize = () => {
    stdout.write(CLEAR_SCREEN);
  };
  stdout.prependListener('resize', onResize);
  const instance = render(
    <App queries={options.queries} color={options.color} initial={options.initial} />,
    {
      exitOnCtrlC: true,
      patchConsole: false,
      maxFps: 60,
      onRender: bench
        ? () => {
            const now = performance.now();
            if (firstFrame) {
              firstFrame = false;
              // performance.now() counts from the start of the process.
              const cpu = process.cpuUsage();
              record(
                `first-frame-ms ${now.toFixed(1)} cpu-ms ${((cpu.user + cpu.system) / 1000).toFixed(1)}`,
              );
              setImmediate(() => stdin.prependListener('data', onKey));
            } else if (keyAt !== null) {
              const rss = Math.round(process.memoryUsage.rss() / 1024);
              // CPU time as well as wall time: on a busy machine the wall time includes waiting.
              const cpu = process.cpuUsage(keyCpu);
              const cpuMs = ((cpu.user + cpu.system) / 1000).toFixed(2);
              record(
                `redraw-ms ${(now - keyAt).toFixed(2)} cpu-ms ${cpuMs} key ${keyName} rss-kb ${rss}`,
              );
              keyAt = null;
            }
          }
        : undefined,
    },
  );
  try {
    await instance.waitUntilExit();
  } finally {
    stdout.off('resize', onResize);
    stdout.write(LEAVE_ALTERNATE_SCREEN);
    stdin.off('data', onKey);
    options.queries.close();
    record(`peak-rss-kb ${process.resourceUsage().maxRSS}`);
  }
}
