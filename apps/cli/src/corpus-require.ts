/**
 * How the bundled @genebelt/corpus code finds its own package at run time. The CLI bundles the
 * corpus code (see tsup.config.ts) but not:
 *   - its native and model-heavy dependencies (better-sqlite3, wink-nlp and its model,
 *     chrono-node), which pnpm installs for @genebelt/corpus only: the build routes their
 *     imports to corpusRequire, which loads them from that package's folder;
 *   - the places where it looks itself up through `import.meta.url` (the bundled store, a
 *     worker's driver): the build replaces `import.meta.url` in each corpus module with
 *     corpusModuleUrl(<its path in the package>), the URL it would have unbundled.
 * The package is found the way Node finds it from the CLI, so the build stays relocatable.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const fromCli = createRequire(import.meta.url);
const corpusManifest = fromCli.resolve('@genebelt/corpus/package.json');
const fromCorpus = createRequire(corpusManifest);

export function corpusRequire(id: string): unknown {
  return fromCorpus(id);
}

export function corpusModuleUrl(pathInPackage: string): string {
  return pathToFileURL(join(dirname(corpusManifest), pathInPackage)).href;
}
