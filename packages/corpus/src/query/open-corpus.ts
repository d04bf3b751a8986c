import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Corpus, parseCorpus, type ValidationIssue } from '@genebelt/model';
import { buildCorpusIndex } from './build.js';
import { openCorpusIndex, readIndexStamp } from './queries.js';
import { INDEX_FORMAT } from './schema.js';
import type { CorpusQueries } from './types.js';

/** How many validation problems an error message lists. */
const SHOWN_PROBLEMS = 10;

/** The index file next to a corpus file: corpus.json → corpus.sqlite. */
export function defaultIndexFile(corpusFile: string): string {
  return /\.json$/i.test(corpusFile)
    ? corpusFile.replace(/\.json$/i, '.sqlite')
    : `${corpusFile}.sqlite`;
}

/** Thrown when a corpus file is not a valid corpus; `issues` lists every problem. */
export class CorpusFileError extends Error {
  readonly file: string;
  readonly issues: ValidationIssue[];

  constructor(file: string, issues: ValidationIssue[]) {
    const shown = issues
      .slice(0, SHOWN_PROBLEMS)
      .map((issue) => `  ${issue.path}: ${issue.message}`);
    const more =
      issues.length > SHOWN_PROBLEMS ? [`  … and ${issues.length - SHOWN_PROBLEMS} more`] : [];
    super(
      [
        `${file} is not a valid corpus (${issues.length} problem${issues.length === 1 ? '' : 's'}):`,
        ...shown,
        ...more,
      ].join('\n'),
    );
    this.name = 'CorpusFileError';
    this.file = file;
    this.issues = issues;
  }
}

function readCorpus(corpusFile: string, bytes: Buffer): Corpus {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CorpusFileError(corpusFile, [
      {
        path: '(root)',
        message: `not JSON: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
  const result = parseCorpus(json);
  if (!result.ok) throw new CorpusFileError(corpusFile, result.issues);
  return result.value;
}

/**
 * Opens a corpus for querying. The index (default: the corpus file with .sqlite) is (re)built
 * when it is missing, unreadable, of another format, or stale: built from other bytes than the
 * corpus file now holds (SHA-256). The corpus is validated first; an invalid one throws a
 * CorpusFileError naming the file and its first problems as `path: reason`.
 */
export function openCorpus(options: { corpusFile: string; indexFile?: string }): CorpusQueries {
  const { corpusFile } = options;
  const indexFile = options.indexFile ?? defaultIndexFile(corpusFile);
  let bytes: Buffer;
  try {
    bytes = readFileSync(corpusFile);
  } catch (error) {
    throw new Error(
      `cannot read the corpus file ${corpusFile}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  const stamp = readIndexStamp(indexFile);
  if (!stamp || stamp.format !== INDEX_FORMAT || stamp.digest !== digest) {
    buildCorpusIndex(readCorpus(corpusFile, bytes), indexFile, { digest });
  }
  return openCorpusIndex(indexFile);
}
