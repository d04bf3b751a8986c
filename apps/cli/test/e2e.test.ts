/**
 * The built binary in a real terminal (tmux, 80×24): open a document, move between mentions,
 * jump to a mention's entity, search, look at the timeline, resize, quit. Also: NO_COLOR
 * draws no colour. Skipped, saying so, when tmux is not installed.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, copyStore, removeTemporaryFolders } from './run-cli.js';

const HAS_TMUX = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
if (!HAS_TMUX) console.warn('e2e: tmux is not installed, so the terminal tests are skipped.');

const SOCKET = `genebelt-e2e-${process.pid}`;
const tmux = (...args: string[]) =>
  spawnSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });

function start(session: string, env: string, store: string, size = { x: 80, y: 24 }): void {
  const command = `env -u CI -u FORCE_COLOR ${env} ${process.execPath} ${CLI} --store ${store}; echo EXITED:$?; sleep 60`;
  const result = tmux(
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    String(size.x),
    '-y',
    String(size.y),
    command,
  );
  expect(result.status, result.stderr).toBe(0);
}

const screen = (session: string, escapes = false) =>
  tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', session).stdout;

async function waitFor(
  session: string,
  pattern: RegExp | ((screen: string) => boolean),
  timeout = 15_000,
): Promise<string> {
  const deadline = Date.now() + timeout;
  const matches = typeof pattern === 'function' ? pattern : (text: string) => pattern.test(text);
  let last = '';
  while (Date.now() < deadline) {
    last = screen(session);
    if (matches(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${pattern} in:\n${last}`);
}

async function press(session: string, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    tmux('send-keys', '-t', session, key);
    // A person types one key at a time; keys sent together arrive as one paste.
    await new Promise((resolve) => setTimeout(resolve, 120));
  }
}

describe.skipIf(!HAS_TMUX)('in a terminal', () => {
  let store: string;
  beforeAll(() => {
    store = copyStore();
  });
  afterAll(() => {
    // Only this test's own server (its own socket), then the socket file it leaves behind.
    tmux('kill-server');
    rmSync(join(process.env.TMUX_TMPDIR ?? tmpdir(), `tmux-${process.getuid?.() ?? 0}`, SOCKET), {
      force: true,
    });
    removeTemporaryFolders();
  });

  it('opens a document, jumps to a mention’s entity, searches, and quits', async () => {
    const s = 'main';
    start(s, '', store);
    let frame = await waitFor(s, /\[1 Library\][\s\S]*2 documents/);
    expect(frame.split('\n')[0]).toMatch(/^genebelt · /);

    await press(s, 'Enter');
    frame = await waitFor(s, /Library › documents\/bgi-active-part-belt-and-road/);
    expect(frame).toMatch(/^headline {2}\[BGI\|O\] Plays an Active Part/m);
    expect(frame).toContain('Source: ');

    await press(s, 'n');
    await waitFor(s, /mention 1\/\d+ BGI Group organization/);
    await press(s, 'n');
    await waitFor(s, /mention 2\/\d+ Belt and Road Initiative initiative/);
    await press(s, 'p');
    frame = await waitFor(s, /mention 1\/\d+ BGI Group/);
    expect(frame).toContain('{BGI|O}');

    await press(s, 'Enter');
    frame = await waitFor(s, /› entities\/bgi-group/);
    expect(frame).toContain('[O] BGI Group');
    expect(frame).toMatch(/Mentions \(\d+ mentions/);

    // Enter on a mention line opens the reader at that sentence; Esc comes back.
    await press(s, 'Enter');
    await waitFor(s, /bgi-group › documents\/bgi-/);
    await press(s, 'Escape');
    await waitFor(s, /› entities\/bgi-group +\?/);

    await press(s, '3');
    await waitFor(s, /Search: █/);
    await press(s, 'N', 'a', 'w', 'a', 'b', 'Enter');
    frame = await waitFor(s, /\d+ matching sentences/);
    expect(frame).toMatch(/Nawab/);
    await press(s, 'Enter');
    frame = await waitFor(s, /documents\/bgi-training-young-pakistani-researchers/);
    expect(frame).toMatch(/\{(Qaiser )?»?Nawab«?\|P\}/);

    await press(s, '4');
    frame = await waitFor(s, /dated entr/);
    expect(frame).toMatch(/\((day|month|year)\)/);
    expect(frame).toMatch(/Undated \(\d+\)/);

    await press(s, '?');
    await waitFor(s, /Everywhere/);
    await press(s, 'Escape');

    tmux('resize-window', '-t', s, '-x', '100', '-y', '30');
    // The status line moves to the last row but one of the larger window, and only it is there.
    frame = await waitFor(s, (text) => {
      const rows = text.split('\n');
      return (
        rows.filter((row) => /q quit/.test(row)).length === 1 && /q quit\s*$/.test(rows[28] ?? '')
      );
    });
    expect(frame.split('\n')[28]?.trimEnd()).toHaveLength(100);

    await press(s, 'q');
    await waitFor(s, /EXITED:0/);
  });

  it('draws in colour, and in none under NO_COLOR', async () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is about control characters
    const colour = /\u001b\[[0-9;]*(3[0-7]|38;5;\d+|9[0-7])[0-9;]*m/;
    start('colour', '', store);
    await waitFor('colour', /2 documents/);
    await press('colour', 'Enter');
    await waitFor('colour', /Library › documents\/bgi-active/);
    expect(screen('colour', true)).toMatch(colour);
    await press('colour', 'q');

    start('plain', 'NO_COLOR=1', store);
    await waitFor('plain', /2 documents/);
    await press('plain', 'Enter', 'n');
    await waitFor('plain', /mention 1\//);
    const plain = screen('plain', true);
    expect(plain).not.toMatch(colour);
    // Bold and inverse remain (NO_COLOR is about colour); the marks read without them.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is about control characters
    expect(plain.replace(/\u001b\[[0-9;]*m/g, '')).toContain('{BGI|O}');
    await press('plain', 'q');
    await waitFor('plain', /EXITED:0/);
  });
});
