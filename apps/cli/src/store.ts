/**
 * Which corpus the CLI reads: `--store <dir>` (a folder with sources/, knowledge/ and
 * data/corpus.json) or the corpus bundled with @genebelt/corpus. Opening goes through the
 * query API; the CLI never reads the data files itself.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  bundledStore,
  type CorpusQueries,
  openCorpus,
  openCorpusIndex,
  type StorePaths,
  storeAt,
} from '@genebelt/corpus/query';
import { CliError } from './output.js';

export function storePaths(dir: string | undefined): StorePaths {
  if (dir === undefined) return bundledStore();
  const folder = resolve(dir);
  if (!existsSync(folder)) throw new CliError(`--store ${dir}: no such folder`);
  if (!statSync(folder).isDirectory()) throw new CliError(`--store ${dir}: not a folder`);
  return storeAt(folder);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens the store for querying, turning every way it can fail into an exit-1 error. A store
 * with data/corpus.json is opened through openCorpus, which checks the index against it and
 * rebuilds the index when stale. A store holding only its index (data/corpus.sqlite, as large
 * generated stores do) is opened read-only as it is.
 */
export function openStore(paths: StorePaths): CorpusQueries {
  const hasCorpus = existsSync(paths.corpusFile);
  if (!hasCorpus && !existsSync(paths.indexFile)) {
    throw new CliError(
      `${paths.corpusFile}: missing: this store has no built corpus (data/corpus.json)`,
    );
  }
  try {
    return hasCorpus
      ? openCorpus({ corpusFile: paths.corpusFile, indexFile: paths.indexFile })
      : openCorpusIndex(paths.indexFile);
  } catch (error) {
    throw new CliError(message(error));
  }
}
