import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Corpus, ValidationIssue } from '@genebelt/model';
import { writeFileAtomic } from '../store/atomic-write.js';
import { buildCorpusIndex } from './build.js';
import { openCorpusIndex, readIndexStamp } from './queries.js';
import { INDEX_FORMAT } from './schema.js';
import type { CorpusQueries } from './types.js';

/**
 * The model's schemas (zod) are needed only to validate a corpus file before its index is
 * rebuilt, and loading them costs about 25 ms: they are loaded then, not with the query API.
 */
function parseCorpus(input: unknown): ReturnType<typeof import('@genebelt/model').parseCorpus> {
  const model = createRequire(import.meta.url)(
    '@genebelt/model',
  ) as typeof import('@genebelt/model');
  return model.parseCorpus(input);
}

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
 * A file's identity as stat sees it: any write changes it. A write in place moves the change time
 * (which, unlike the modification time, nothing can set back); an atomic write (temp file and
 * rename, as ingest and the index builder do) also makes a new inode.
 */
function fileStamp(file: string): { key: string; changedMs: number } | null {
  try {
    const stat = statSync(file, { bigint: true });
    return {
      key: [stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].join(':'),
      changedMs: Number(stat.ctimeMs),
    };
  } catch {
    return null;
  }
}

/**
 * A file changed this recently may change again within the same tick of the file system's clock
 * (coarse: milliseconds on Linux, 2 s on FAT) and keep its stamp: such files are not stamped, so
 * the next open checks their bytes again (git's "racily clean" index entries, the same problem).
 */
const STAMP_MARGIN_MS = 3_000;

/** Where openCorpus keeps the stamp of an index: beside it (data/*.sqlite* is git-ignored). */
export function indexStampFile(indexFile: string): string {
  return `${indexFile}.stamp`;
}

/** Stamps of a corpus file and its index, taken when the index was last found to hold it. */
interface IndexStamp {
  format: number;
  corpus: string;
  index: string;
}

function readStamp(file: string): IndexStamp | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<IndexStamp>;
    return typeof value.corpus === 'string' && typeof value.index === 'string'
      ? { format: Number(value.format), corpus: value.corpus, index: value.index }
      : null;
  } catch {
    return null;
  }
}

/** How openCorpus found the index fresh: by the stamps alone, by the corpus digest, or rebuilt. */
export type IndexCheck = 'stamp' | 'digest' | 'rebuilt';

/**
 * Makes sure the index of a corpus file is fresh, reading the corpus only when it must. The
 * stamp file beside the index records the stat stamps of both files the last time the index was
 * found to hold the corpus's SHA-256; while neither has changed since, the index is fresh without
 * reading the corpus (for a corpus of 10,000 documents that is 200 MB read and hashed on every
 * start). Otherwise the corpus is hashed and compared with the digest the index records, the
 * index rebuilt if they differ, and the stamps recorded again. `now` is the clock the stamping
 * margin is measured with (a parameter for tests).
 */
export function ensureFreshIndex(
  corpusFile: string,
  indexFile: string,
  now: () => number = Date.now,
): IndexCheck {
  const before = fileStamp(corpusFile);
  const stampFile = indexStampFile(indexFile);
  const recorded = before ? readStamp(stampFile) : null;
  if (
    before &&
    recorded &&
    recorded.format === INDEX_FORMAT &&
    recorded.corpus === before.key &&
    recorded.index === fileStamp(indexFile)?.key
  ) {
    return 'stamp';
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(corpusFile);
  } catch (error) {
    throw new Error(
      `cannot read the corpus file ${corpusFile}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  const indexed = readIndexStamp(indexFile);
  let check: IndexCheck = 'digest';
  if (!indexed || indexed.format !== INDEX_FORMAT || indexed.digest !== digest) {
    buildCorpusIndex(readCorpus(corpusFile, bytes), indexFile, { digest });
    check = 'rebuilt';
  }
  const after = fileStamp(corpusFile);
  const index = fileStamp(indexFile);
  const settled = now() - STAMP_MARGIN_MS;
  if (
    before &&
    after?.key === before.key &&
    index &&
    after.changedMs < settled &&
    index.changedMs < settled
  ) {
    const stamp: IndexStamp = { format: INDEX_FORMAT, corpus: after.key, index: index.key };
    try {
      writeFileAtomic(stampFile, `${JSON.stringify(stamp)}\n`);
    } catch {
      // A read-only folder: the stamp is only a shortcut, and the next open hashes again.
    }
  }
  return check;
}

/**
 * Opens a corpus for querying. The index (default: the corpus file with .sqlite) is (re)built
 * when it is missing, unreadable, of another format, or stale: built from other bytes than the
 * corpus file now holds (SHA-256; see ensureFreshIndex for when the bytes are read at all). The
 * corpus is validated first; an invalid one throws a CorpusFileError naming the file and its
 * first problems as `path: reason`.
 */
export function openCorpus(options: { corpusFile: string; indexFile?: string }): CorpusQueries {
  const indexFile = options.indexFile ?? defaultIndexFile(options.corpusFile);
  ensureFreshIndex(options.corpusFile, indexFile);
  return openCorpusIndex(indexFile);
}
