import { describe, expect, it } from 'vitest';
import { sidecarPath, terminalProgress } from './ingest.js';

function fakeTerminal(isTTY: boolean) {
  const writes: string[] = [];
  const stream = {
    isTTY,
    columns: 60,
    write: (text: string) => {
      writes.push(text);
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe('the ingest progress bar', () => {
  it('redraws one line in place on a terminal, with a sanitised label', () => {
    const { stream, writes } = fakeTerminal(true);
    const progress = terminalProgress(stream);
    progress.step(1, 4, 'reading a\u001b]52;c;AAAA\u0007.txt');
    progress.step(4, 4, 'read');
    progress.note('running the pipeline…');
    progress.end();
    expect(writes[0]).toBe('\r\u001b[2K[######------------------] 1/4 reading a.txt');
    expect(writes[1]).toBe('\r\u001b[2K[########################] 4/4 read');
    expect(writes[2]).toBe('\r\u001b[2Krunning the pipeline…');
    expect(writes[3]).toBe('\r\u001b[2K');
  });

  it('draws nothing when stderr is not a terminal', () => {
    const { stream, writes } = fakeTerminal(false);
    const progress = terminalProgress(stream);
    progress.step(1, 2, 'x');
    progress.end();
    expect(writes).toEqual([]);
  });
});

it('finds the sidecar beside an article', () => {
  expect(sidecarPath('news/article.txt')).toBe('news/article.source.json');
  expect(sidecarPath('news/article.md')).toBe('news/article.md.source.json');
});
