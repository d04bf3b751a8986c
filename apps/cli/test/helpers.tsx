/** Rendering the browser in tests: a fixed size, key presses with a tick between them. */
import type { CorpusQueries } from '@genebelt/corpus/query';
import { render } from 'ink-testing-library';
import { App } from '../src/app.js';
import type { Route } from '../src/state.js';
import { keysSettled } from '../src/use-keys.js';

export const KEYS = {
  enter: '\r',
  escape: '\u001b',
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  pageDown: '\u001b[6~',
  pageUp: '\u001b[5~',
  tab: '\t',
  backspace: '\u007f',
} as const;

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing ANSI sequences is the point
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export const tick = (ms = 15) => new Promise((resolve) => setTimeout(resolve, ms));

export function renderApp(
  queries: CorpusQueries,
  options: {
    columns?: number;
    rows?: number;
    initial?: Route;
    color?: boolean;
    onQuit?: () => void;
  } = {},
) {
  const size = { columns: options.columns ?? 80, rows: options.rows ?? 24 };
  const instance = render(
    <App
      queries={queries}
      color={options.color ?? false}
      size={size}
      initial={options.initial}
      onQuit={options.onQuit}
    />,
  );
  const frame = () => stripAnsi(instance.lastFrame() ?? '');
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      await tick();
      instance.stdin.write(key);
    }
    await keysSettled();
  };
  const type = async (text: string) => press(...Array.from(text));
  return { ...instance, frame, press, type };
}
