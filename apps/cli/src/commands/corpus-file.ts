/**
 * `genebelt validate` and `genebelt export`: both need the whole corpus rather than answers to
 * questions, so they read it through @genebelt/corpus's readCorpusFile (which validates it
 * against the model) instead of the query API.
 */
import { readFileSync } from 'node:fs';
import { buildStore, readCorpusFile, type StorePaths, serialiseCorpus } from '@genebelt/corpus';
import type { Corpus } from '@genebelt/model';
import { plural } from '../format.js';
import { CliError, type Output } from '../output.js';
import { sanitize, terminalJson } from '../sanitize.js';

interface Issue {
  path: string;
  message: string;
}

function issuesOf(error: unknown): Issue[] | null {
  if (error && typeof error === 'object' && 'issues' in error && Array.isArray(error.issues)) {
    return (error.issues as unknown[]).flatMap((issue) =>
      issue && typeof issue === 'object' && 'path' in issue && 'message' in issue
        ? [{ path: String(issue.path), message: String(issue.message) }]
        : [],
    );
  }
  return null;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads the corpus file, turning every way it can be bad into an exit-1 error naming it. */
export function loadCorpus(paths: StorePaths): Corpus {
  try {
    return readCorpusFile(paths.corpusFile);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT')
      throw new CliError(`${paths.corpusFile}: missing: this store has no built corpus`);
    if (error instanceof SyntaxError)
      throw new CliError(`${paths.corpusFile}: not JSON: ${error.message}`);
    throw new CliError(message(error));
  }
}

export interface ValidationReport {
  file: string;
  valid: boolean;
  problems: Issue[];
  /** Whether a fresh build from sources/ and knowledge/ makes exactly this file; null if it could not run. */
  upToDate: boolean | null;
  buildError: string | null;
  warnings: string[];
  counts: { documents: number; entities: number; events: number; mentions: number } | null;
}

export function validateStore(paths: StorePaths): ValidationReport {
  const report: ValidationReport = {
    file: paths.corpusFile,
    valid: false,
    problems: [],
    upToDate: null,
    buildError: null,
    warnings: [],
    counts: null,
  };
  let text: string;
  try {
    text = readFileSync(paths.corpusFile, 'utf8');
  } catch (error) {
    report.problems.push({ path: '(file)', message: message(error) });
    return report;
  }
  try {
    const corpus = readCorpusFile(paths.corpusFile);
    report.valid = true;
    report.counts = {
      documents: corpus.documents.length,
      entities: corpus.entities.length,
      events: corpus.events.length,
      mentions: corpus.index.mentionCount,
    };
  } catch (error) {
    report.problems = issuesOf(error) ?? [{ path: '(root)', message: message(error) }];
  }
  try {
    const built = buildStore(paths);
    report.upToDate = serialiseCorpus(built.corpus) === text;
    report.warnings = built.warnings.map((warning) => `${warning.documentId}: ${warning.message}`);
  } catch (error) {
    report.buildError = message(error);
  }
  return report;
}

export function validateCommand(
  paths: StorePaths,
  options: { json?: boolean },
  output: Output,
): void {
  const report = validateStore(paths);
  if (options.json) output.json(report);
  else {
    if (report.valid && report.counts) {
      const { counts } = report;
      output.line(
        `${report.file}: valid (${plural(counts.documents, 'document')}, ${plural(counts.entities, 'entity', 'entities')}, ${plural(counts.events, 'event')}, ${plural(counts.mentions, 'mention')}).`,
      );
    } else {
      output.line(
        `${report.file}: not a valid corpus (${plural(report.problems.length, 'problem')}):`,
      );
      for (const problem of report.problems.slice(0, 50))
        output.line(`  ${problem.path}: ${problem.message}`);
      if (report.problems.length > 50) output.line(`  … and ${report.problems.length - 50} more`);
    }
    if (report.buildError) output.line(`The sources do not build: ${report.buildError}`);
    else if (report.upToDate) output.line('It is exactly what sources/ and knowledge/ build.');
    else output.line('It is NOT what sources/ and knowledge/ build now: rebuild it (pnpm corpus).');
    for (const warning of report.warnings) output.line(`warning: ${warning}`);
  }
  if (!report.valid || report.upToDate === false || report.buildError) {
    throw new CliError(`${report.file}: validation failed`, 1);
  }
}

export type ExportFormat = 'json' | 'jsonl' | 'csv';
export type ExportTable = 'documents' | 'entities' | 'mentions' | 'events';

/** A CSV cell: quoted when it must be, control characters removed (CSV cannot escape them). */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : sanitize(String(value));
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRows(corpus: Corpus, tableName: ExportTable): (string | number | null)[][] {
  const entities = new Map(corpus.entities.map((entity) => [entity.id, entity]));
  switch (tableName) {
    case 'documents':
      return [
        [
          'id',
          'title',
          'publisher',
          'url',
          'published',
          'published_precision',
          'language',
          'paragraphs',
          'sentences',
          'mentions',
          'file',
        ],
        ...corpus.documents.map((document) => {
          const { source } = document;
          return [
            document.id,
            document.title,
            source.publisher.status === 'known' ? source.publisher.value : null,
            source.url.status === 'known' ? source.url.value : null,
            source.published.status === 'resolved' ? source.published.date.value : null,
            source.published.status === 'resolved' ? source.published.date.precision : null,
            document.language,
            document.paragraphs.length,
            document.sentences.length,
            document.mentions.length,
            source.fileName,
          ];
        }),
      ];
    case 'entities':
      return [
        ['id', 'type', 'name', 'origin', 'aliases', 'mentions', 'documents'],
        ...corpus.entities.map((entity) => {
          const row = corpus.index.entities.find((candidate) => candidate.entityId === entity.id);
          return [
            entity.id,
            entity.type,
            entity.name,
            entity.origin,
            entity.aliases.map((alias) => alias.text).join('; '),
            row?.mentionCount ?? 0,
            row?.documentIds.length ?? 0,
          ];
        }),
      ];
    case 'mentions':
      return [
        [
          'document_id',
          'mention_id',
          'start',
          'end',
          'text',
          'entity_id',
          'entity_type',
          'entity_name',
          'sentence_id',
          'origin',
          'confidence',
        ],
        ...corpus.documents.flatMap((document) =>
          document.mentions.map((mention) => {
            const entity = entities.get(mention.entityId);
            return [
              document.id,
              mention.id,
              mention.span.start,
              mention.span.end,
              mention.anchor.exact,
              mention.entityId,
              entity?.type ?? null,
              entity?.name ?? null,
              mention.sentenceId,
              mention.origin,
              mention.confidence,
            ];
          }),
        ),
      ];
    case 'events':
      return [
        [
          'id',
          'type',
          'date',
          'date_precision',
          'summary',
          'place_id',
          'participants',
          'evidence',
          'origin',
        ],
        ...corpus.events.map((event) => [
          event.id,
          event.type,
          event.date.status === 'resolved' ? event.date.date.value : null,
          event.date.status === 'resolved' ? event.date.date.precision : null,
          event.summary,
          event.placeId,
          event.participants.map((participant) => participant.entityId).join('; '),
          event.evidence
            .map((reference) => `${reference.documentId} ${reference.sentenceId}`)
            .join('; '),
          event.origin,
        ]),
      ];
  }
}

function jsonlRecords(corpus: Corpus, tableName: ExportTable): unknown[] {
  switch (tableName) {
    case 'documents':
      return corpus.documents;
    case 'entities':
      return corpus.entities;
    case 'events':
      return corpus.events;
    case 'mentions':
      return corpus.documents.flatMap((document) =>
        document.mentions.map((mention) => ({ documentId: document.id, ...mention })),
      );
  }
}

export function exportCommand(
  paths: StorePaths,
  options: { format: ExportFormat; table?: ExportTable },
  output: Output,
): void {
  const corpus = loadCorpus(paths);
  const tableName = options.table ?? 'documents';
  if (options.format === 'json') {
    output.write(`${terminalJson(corpus)}\n`);
    return;
  }
  if (options.format === 'jsonl') {
    for (const record of jsonlRecords(corpus, tableName)) output.write(`${terminalJson(record)}\n`);
    return;
  }
  for (const row of csvRows(corpus, tableName)) output.write(`${row.map(csvCell).join(',')}\n`);
}
