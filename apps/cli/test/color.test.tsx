/**
 * Colour on and off. Chalk decides its colour level when it is first imported, so this file
 * forces colour before importing Ink, and checks that with colour off (NO_COLOR, --no-color)
 * the same screens carry no colour at all, while the marks that do not need colour remain.
 */
import { describe, expect, it } from 'vitest';

process.env.FORCE_COLOR = '1';
const { render } = await import('ink-testing-library');
const { App } = await import('../src/app.js');
const { fakeQueries } = await import('./fixtures/fake-queries.js');
const { seedCorpus } = await import('./fixtures/seed-corpus.js');

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for colour sequences
const COLOUR = /\u001b\[(?:3[0-7]|9[0-7]|38;|4[0-7]|10[0-7])[0-9;]*m/;
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

async function readerFrame(color: boolean): Promise<string> {
  const instance = render(
    <App
      queries={fakeQueries(seedCorpus())}
      color={color}
      size={{ columns: 80, rows: 24 }}
      initial={{ screen: 'reader', documentId: 'bgi-training-young-pakistani-researchers' }}
    />,
  );
  await tick();
  instance.stdin.write('n');
  await tick();
  const frame = instance.lastFrame() ?? '';
  instance.unmount();
  return frame;
}

describe('colour', () => {
  it('colours mentions by entity type when colour is allowed', async () => {
    expect(await readerFrame(true)).toMatch(COLOUR);
  });

  it('uses no colour at all when it is not, and still marks mentions and the selection', async () => {
    const frame = await readerFrame(false);
    expect(frame).not.toMatch(COLOUR);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing the remaining styles
    const plain = frame.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toContain('[Pakistan|L]');
    expect(plain).toContain('{BGI|O}');
  });
});
