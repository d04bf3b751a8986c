/**
 * `genebelt ingest <file…> [--dry-run]`: runs the pipeline on new articles with the stored ones
 * and (unless a dry run) adds them to the store atomically, through @genebelt/corpus. Reading and
 * checking many files shows a progress bar on stderr when stderr is a terminal.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  decodeArticle,
  type IngestInput,
  type IngestResult,
  InputError,
  ingestArticles,
  openCorpus,
  type StorePaths,
} from '@genebelt/corpus';
import { quotationsOf } from '@genebelt/model';
import { describeDate, plural } from '../format.js';
import { CliError, type Output } from '../output.js';
import { sanitizeLine } from '../sanitize.js';

export interface Progress {
  step(done: number, total: number, label: string): void;
  note(text: string): void;
  end(): void;
}

/** A progress bar redrawn in place on a terminal (stderr), or nothing. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { step() {}, note() {}, end() {} };
  let drawn = false;
  const draw = (text: string) => {
    const width = Math.max(20, (stream.columns || 80) - 1);
    // \r and the erase-line sequence are ours; the label inside is sanitised.
    stream.write(`\r\u001b[2K${text.slice(0, width)}`);
    drawn = true;
  };
  return {
    step(done, total, label) {
      const size = 24;
      const filled = Math.round((done / Math.max(1, total)) * size);
      draw(
        `[${'#'.repeat(filled)}${'-'.repeat(size - filled)}] ${done}/${total} ${sanitizeLine(label)}`,
      );
    },
    note(text) {
      draw(sanitizeLine(text));
    },
    end() {
      if (drawn) stream.write('\r\u001b[2K');
      drawn = false;
    },
  };
}

/** `<name>.source.json` beside `<name>.txt` (or beside any file: `<file>.source.json`). */
export function sidecarPath(file: string): string {
  return /\.txt$/i.test(file) ? file.replace(/\.txt$/i, '.source.json') : `${file}.source.json`;
}

/** Reads one article and its sidecar, refusing what is missing or unreadable with the cause. */
export function readInput(file: string): IngestInput {
  if (!existsSync(file)) throw new InputError(file, '', 'no such file');
  const stat = statSync(file);
  if (stat.isDirectory()) throw new InputError(file, '', 'is a folder, not an article file');
  const bytes = readFileSync(file);
  // Fails early, naming the file, on empty, binary and non-UTF-8 input.
  decodeArticle(file, bytes);
  const sidecarFile = sidecarPath(file);
  if (!existsSync(sidecarFile)) return { label: file, bytes };
  let sidecar: unknown;
  try {
    sidecar = JSON.parse(readFileSync(sidecarFile, 'utf8'));
  } catch (error) {
    throw new InputError(
      sidecarFile,
      '',
      `is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { label: file, bytes, sidecar };
}

function printResult(result: IngestResult, output: Output, store: string): void {
  output.line(
    result.stored
      ? `Added ${plural(result.articles.length, 'article')} to ${store}.`
      : `Dry run: nothing was stored. This is what ${store} would hold:`,
  );
  for (const article of result.articles) {
    const { document } = article;
    output.line();
    output.line(`${document.title}`);
    output.line(`  id          documents/${document.id}`);
    output.line(
      `  stored as   sources/${article.storedAs}${result.stored ? '' : ' (not written)'}`,
    );
    output.line(`  published   ${describeDate(document.source.published)}`);
    output.line(
      `  structure   ${plural(document.paragraphs.length, 'paragraph')}, ${plural(document.sentences.length, 'sentence')}, ${plural(document.mentions.length, 'mention')}, ${plural(document.temporalExpressions.length, 'date')}, ${plural(quotationsOf(document.quotes).length, 'quote')}`,
    );
    const rows = (list: IngestResult['articles'][number]['linked']) =>
      list.map(
        (row) => `${row.entity.name} (${row.entity.type}, ${row.entity.id}) ×${row.mentions}`,
      );
    output.line(`  linked      ${article.linked.length ? '' : 'none'}`);
    for (const row of rows(article.linked)) output.line(`    ${row}`);
    output.line(`  proposed    ${article.proposed.length ? '(new, not yet reviewed)' : 'none'}`);
    for (const row of rows(article.proposed)) output.line(`    ${row}`);
    output.line(`  warnings    ${article.warnings.length ? '' : 'none'}`);
    for (const warning of article.warnings) output.line(`    ${warning}`);
  }
}

export function ingestCommand(
  paths: StorePaths,
  storeLabel: string,
  files: readonly string[],
  options: { dryRun?: boolean; json?: boolean },
  output: Output,
  progress: Progress = terminalProgress(),
): void {
  if (files.length === 0) throw new CliError('ingest needs at least one file', 2);
  const many = files.length > 1;
  const inputs: IngestInput[] = [];
  try {
    files.forEach((file, index) => {
      if (many) progress.step(index, files.length, `reading ${file}`);
      inputs.push(readInput(file));
    });
    if (many) progress.step(files.length, files.length, 'read');
    progress.note(
      `running the pipeline on ${plural(files.length, 'new article')} with the stored ones…`,
    );
    const result = ingestArticles(paths, inputs, { dryRun: options.dryRun ?? false });
    if (result.stored) {
      progress.note('updating the search index…');
      openCorpus({ corpusFile: paths.corpusFile, indexFile: paths.indexFile }).close();
    }
    progress.end();
    if (options.json) {
      output.json({
        stored: result.stored,
        articles: result.articles.map((article) => ({
          document: article.document,
          storedAs: article.storedAs,
          linked: article.linked,
          proposed: article.proposed,
          warnings: article.warnings,
        })),
      });
    } else {
      printResult(result, output, storeLabel);
    }
  } finally {
    progress.end();
  }
}
