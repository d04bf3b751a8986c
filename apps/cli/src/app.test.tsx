import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { fakeQueries } from '../test/fixtures/fake-queries.js';
import { seedCorpus } from '../test/fixtures/seed-corpus.js';
import { KEYS, renderApp, stripAnsi, tick } from '../test/helpers.js';
import { App } from './app.js';
import { useActions, useCorpus, useNavigation, useScreenMemory, useSettings } from './state.js';
import { keysSettled, useKeys } from './use-keys.js';

describe('the shell', () => {
  it('shows the keys of the screen and the global ones with ?, and hides them with Esc', async () => {
    const app = renderApp(fakeQueries(seedCorpus()), { rows: 30 });
    await app.press('?');
    const frame = app.frame();
    expect(frame).toContain('Library keys');
    expect(frame).toContain('/ or f'.replace(' or ', '/'));
    expect(frame).toContain('sort by title or by publication date');
    expect(frame).toContain('Everywhere');
    expect(frame).toContain('q/Ctrl+C');
    expect(frame).toContain('Library › keys');
    await app.press(KEYS.escape);
    expect(app.frame()).toContain('2 documents');
  });

  it('shows the reader’s keys in the reader, including n and p', async () => {
    const app = renderApp(fakeQueries(seedCorpus()), {
      rows: 30,
      initial: { screen: 'reader', documentId: 'bgi-active-part-belt-and-road' },
    });
    await app.press('?');
    expect(app.frame()).toContain('Reader keys');
    expect(app.frame()).toMatch(/n\s+next mention/);
    expect(app.frame()).toMatch(/p\/N\s+previous mention/);
  });

  it('switches screens with 1–4, goes back with Esc and says where it is', async () => {
    const app = renderApp(fakeQueries(seedCorpus()));
    await app.press('4');
    expect(app.frame()).toContain('[4 Timeline]');
    expect(app.frame()).toContain('Library › Timeline');
    await app.press('2');
    expect(app.frame()).toContain('[2 Entities]');
    await app.press(KEYS.enter);
    expect(app.frame()).toContain('Library › Entities › entities/bgi-group');
    await app.press(KEYS.escape, KEYS.escape);
    expect(app.frame()).toContain('[1 Library]');
    // Esc at the bottom of the stack stays put.
    await app.press(KEYS.escape);
    expect(app.frame()).toContain('2 documents');
  });

  it('quits with q', async () => {
    let quits = 0;
    const app = renderApp(fakeQueries(seedCorpus()), { onQuit: () => quits++ });
    await app.press('q');
    expect(quits).toBe(1);
  });

  it('fills exactly the terminal less one row, at 80×24 and after a resize', async () => {
    const queries = fakeQueries(seedCorpus());
    const app = renderApp(queries);
    await app.press();
    let lines = app.frame().split('\n');
    expect(lines).toHaveLength(23);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(80);
    app.rerender(<App queries={queries} color={false} size={{ columns: 120, rows: 40 }} />);
    await tick();
    lines = app.frame().split('\n');
    expect(lines).toHaveLength(39);
    expect(lines[lines.length - 1]).toMatch(/q quit$/);
    expect(lines[lines.length - 1]?.length).toBe(120);
  });

  it('asks for a larger terminal when it is too small, instead of garbling', async () => {
    const app = renderApp(fakeQueries(seedCorpus()), { columns: 30, rows: 8 });
    await app.press();
    expect(app.frame()).toContain('genebelt needs 40×10; this terminal is 30×8.');
  });

  it('follows the real terminal size when none is given', async () => {
    const queries = fakeQueries(seedCorpus());
    const instance = render(<App queries={queries} color={false} />);
    await tick();
    // ink-testing-library's stdout is 100 columns wide and has no rows: 24 is assumed.
    const lines = stripAnsi(instance.lastFrame() ?? '').split('\n');
    expect(lines).toHaveLength(23);
    expect(lines[lines.length - 1]?.length).toBe(100);
  });
});

describe('state hooks', () => {
  function Probe({ use }: { use: () => unknown }) {
    use();
    return null;
  }

  it.each([
    ['useCorpus', useCorpus],
    ['useSettings', useSettings],
    ['useNavigation', useNavigation],
    ['useActions', useActions],
    ['useScreenMemory', () => useScreenMemory('x', 1)],
    ['useKeys', () => useKeys(() => {}, { isActive: true })],
  ])('%s throws outside its provider', (name, use) => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = () => {};
    try {
      const instance = render(<Probe use={use} />);
      errors.push(instance.lastFrame());
    } catch (error) {
      errors.push(error);
    } finally {
      console.error = original;
    }
    expect(String(errors[0])).toContain(`${name} must be used inside`);
  });
});

describe('a failing query', () => {
  it('shows the error on that screen instead of ending the program, and Esc goes back', async () => {
    const queries = fakeQueries(seedCorpus());
    queries.mentionsOf = () => {
      throw new Error('no such column: s.first_mention \u001b]52;c;AAAA\u0007');
    };
    const app = renderApp(queries, { initial: { screen: 'entities' } });
    await app.press(KEYS.enter);
    expect(app.frame()).toContain('This screen could not be shown:');
    expect(app.frame()).toContain('no such column: s.first_mention');
    expect(app.frame()).not.toContain('\u001b');
    await app.press(KEYS.escape);
    expect(app.frame()).toContain('most mentioned first');
  });
});

describe('keys typed faster than frames are drawn', () => {
  // use-keys.ts waits for React's renders by queueing in React's own Scheduler; a second copy
  // of the package would have a queue of its own, and keys would race renders again.
  it('wait in the Scheduler that Ink renders with', () => {
    const fromHere = createRequire(import.meta.url);
    const fromInk = createRequire(fromHere.resolve('ink'));
    const fromReconciler = createRequire(fromInk.resolve('react-reconciler'));
    expect(realpathSync(fromHere.resolve('scheduler'))).toBe(
      realpathSync(fromReconciler.resolve('scheduler')),
    );
  });

  const waitUntil = async (check: () => boolean) => {
    for (let waited = 0; waited < 3000 && !check(); waited += 20) await tick(20);
  };

  it('are all kept, in order', async () => {
    const app = renderApp(fakeQueries(seedCorpus()), { initial: { screen: 'search' } });
    await tick(30);
    const text = 'emergency helpline and more words';
    for (const character of text) app.stdin.write(character);
    await waitUntil(() => app.frame().includes(`Search: ${text}█`));
    expect(app.frame()).toContain(`Search: ${text}█`);
  });

  it('are each a key when they arrive in one read ("\\rnn": Enter, n, n)', async () => {
    const app = renderApp(fakeQueries(seedCorpus()));
    await tick(30);
    app.stdin.write('\rnn');
    await keysSettled();
    expect(app.frame()).toContain('mention 2/');
  });

  it('reach the mode or screen the key before them opened', async () => {
    const app = renderApp(fakeQueries(seedCorpus()));
    await tick(30);
    // "/" enters the filter, so "q" is text, not quit; Enter keeps it; the next Enter opens the
    // one document left, so "n" selects a mention there.
    for (const key of ['/', 'q', KEYS.backspace, 'p', 'a', 'k', KEYS.enter, KEYS.enter, 'n', 'n']) {
      app.stdin.write(key);
    }
    await waitUntil(() => app.frame().includes('mention 2/'));
    expect(app.frame()).toContain('mention 2/13 BGI Group organization');
    expect(app.frame()).toContain('documents/bgi-training-young-pakistani-researchers');
  });
});
