/**
 * The query-only entry (`@genebelt/corpus/query`) promises to load no pipeline and no model code
 * when a corpus is opened (src/query-api.ts): the terminal browser's first frame depends on it,
 * and one value import of `@genebelt/model` in the query code (zod and every schema) costs it
 * about 80 ms. This walks the entry's static imports, as the bundler does, and checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = resolve(import.meta.dirname, '..', 'src');
/** `import …` and `export … from` statements that load a module at run time (not `import type`). */
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  // `import { type A, type B } from` loads nothing either.
  return [...source.matchAll(STATIC_IMPORT)]
    .filter((match) => !/^import\s*\{\s*(?:type\s+\w+\s*,?\s*)+\}\s*from/.test(match[0]))
    .map((match) => match[1] ?? '');
}

/** `chrono-node/en` -> `chrono-node`, `@genebelt/model/schema` -> `@genebelt/model`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

/** Every package a module reaches through its static run-time imports. */
function packagesReached(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith('.')) {
        const target = join(dirname(file), specifier.replace(/\.js$/, '.ts'));
        if (existsSync(target)) visit(target);
      } else packages.add(packageName(specifier));
    }
  };
  visit(entry);
  return packages;
}

describe('the query-only entry', () => {
  const reached = packagesReached(join(SOURCE, 'query-api.ts'));

  it('loads neither the model nor the pipeline’s libraries at start-up', () => {
    expect(reached.has('better-sqlite3')).toBe(true);
    for (const heavy of [
      '@genebelt/model',
      'zod',
      'wink-nlp',
      'wink-eng-lite-web-model',
      'chrono-node',
    ]) {
      expect(reached, heavy).not.toContain(heavy);
    }
  });

  it('is checked against what the full entry loads', () => {
    // The walk is not vacuous: the full entry does reach the model and the NLP libraries.
    const full = packagesReached(join(SOURCE, 'index.ts'));
    expect(full).toContain('@genebelt/model');
    expect(full).toContain('chrono-node');
  });
});
