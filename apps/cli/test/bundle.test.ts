/**
 * What the build must keep true for start-up time: the program file loads neither the browser
 * (Ink, React) nor the pipeline's NLP models; those come in only when a command needs them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_DIR } from './run-cli.js';

const read = (name: string) => readFileSync(join(CLI_DIR, 'dist', name), 'utf8');

describe('the build', () => {
  it('makes executable ESM files with a node shebang', () => {
    for (const name of ['cli.js', 'tui.js', 'pipeline.js']) {
      expect(read(name).startsWith('#!/usr/bin/env node\n')).toBe(true);
    }
  });

  it('keeps the NLP models out of cli.js and tui.js', () => {
    for (const name of ['cli.js', 'tui.js']) {
      const code = read(name);
      expect(code).not.toMatch(/corpusRequire\("(wink-nlp|wink-eng-lite-web-model|chrono-node)/);
      expect(code).not.toMatch(/from "(wink-nlp|wink-eng-lite-web-model|chrono-node)/);
    }
    expect(read('pipeline.js')).toMatch(/corpusRequire\("wink-eng-lite-web-model"\)/);
  });

  it('keeps Ink and React out of cli.js, loading the browser and the pipeline on demand', () => {
    const code = read('cli.js');
    expect(code).not.toContain('yoga-layout');
    expect(code).not.toContain('react-reconciler');
    expect(code).toContain('import("./tui.js")');
    expect(code).toContain('import("./pipeline.js")');
    expect(read('tui.js')).toContain('yoga');
  });

  it('bundles React for production', () => {
    expect(read('tui.js')).not.toContain('react-reconciler.development');
  });
});
