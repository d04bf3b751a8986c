import type * as z from 'zod';
import { Corpus } from './corpus.js';
import { Document } from './document.js';
import { Entity } from './entity.js';

/** One reason a value is not valid, at a readable path such as `documents[1].mentions[3].span.end`. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Renders a path as a JavaScript accessor: `documents[1].mentions[3].span.end`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

/** Flattens zod issues (including those inside unions) into path-and-reason pairs, sorted. */
export function issuesOf(error: z.ZodError): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const visit = (issue: z.core.$ZodIssue, base: readonly PropertyKey[]) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // A discriminated union with a known discriminant reports the one branch that applied.
      for (const branch of issue.errors) for (const inner of branch) visit(inner, path);
      return;
    }
    issues.push({ path: formatPath(path), message: issue.message });
  };
  for (const issue of error.issues) visit(issue, []);
  return dedupe(issues);
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function parseWith<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: issuesOf(result.error) };
}

/** Validates unknown JSON as a corpus; on failure lists every problem as a path and a reason. */
export function parseCorpus(input: unknown): ParseResult<Corpus> {
  return parseWith(Corpus, input);
}

/** Validates unknown JSON as one document. */
export function parseDocument(input: unknown): ParseResult<Document> {
  return parseWith(Document, input);
}

/** Validates unknown JSON as one entity. */
export function parseEntity(input: unknown): ParseResult<Entity> {
  return parseWith(Entity, input);
}

/** Thrown by the assert helpers; `issues` holds every problem found. */
export class ModelValidationError extends Error {
  readonly issues: ValidationIssue[];

  constructor(what: string, issues: ValidationIssue[]) {
    const shown = issues.slice(0, 20).map((issue) => `  ${issue.path}: ${issue.message}`);
    const more = issues.length > 20 ? [`  … and ${issues.length - 20} more`] : [];
    super(
      [
        `${what} is not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}):`,
        ...shown,
        ...more,
      ].join('\n'),
    );
    this.name = 'ModelValidationError';
    this.issues = issues;
  }
}

/** Returns the input typed as a corpus, or throws a ModelValidationError listing every problem. */
export function assertCorpus(input: unknown, what = 'corpus'): Corpus {
  const result = parseCorpus(input);
  if (!result.ok) throw new ModelValidationError(what, result.issues);
  return result.value;
}

/** Returns the input typed as a document, or throws a ModelValidationError. */
export function assertDocument(input: unknown, what = 'document'): Document {
  const result = parseDocument(input);
  if (!result.ok) throw new ModelValidationError(what, result.issues);
  return result.value;
}
