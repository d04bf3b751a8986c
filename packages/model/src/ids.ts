import * as z from 'zod';
import type { Span } from './span.js';

/**
 * Ids are lowercase ASCII slugs: readable in URLs (`documents/<id>`, `entities/<id>`), stable
 * across rebuilds, and the same in the terminal and on the web.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Id = z
  .string()
  .regex(SLUG_PATTERN, 'must be a lowercase slug: a-z, 0-9 and single hyphens')
  .max(120, 'must be at most 120 characters')
  .meta({
    id: 'Id',
    title: 'Id',
    description: 'A stable identifier: a lowercase ASCII slug such as "bgi-group" or "m-120-129".',
  });

export type Id = z.infer<typeof Id>;

/** Turns any text into a slug id; returns "" when nothing usable is left. */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  return slug.slice(0, maxLength).replace(/-[^-]*$/, '') || slug.slice(0, maxLength);
}

export function isId(value: string): boolean {
  return SLUG_PATTERN.test(value) && value.length <= 120;
}

/** Annotation kinds and the prefix of their ids within a document. */
export const ANNOTATION_ID_PREFIX = {
  paragraph: 'p',
  sentence: 's',
  mention: 'm',
  temporalExpression: 't',
  quote: 'q',
  quantity: 'n',
  structureMark: 'k',
} as const;

export type AnnotationKind = keyof typeof ANNOTATION_ID_PREFIX;

/**
 * The id of an annotation anchored at a span: `m-120-129`. Offsets make the id stable when other
 * annotations are added or removed, and they read as an address.
 */
export function spanAnnotationId(kind: AnnotationKind, span: Span): string {
  return `${ANNOTATION_ID_PREFIX[kind]}-${span.start}-${span.end}`;
}

/** The id of the n-th paragraph or sentence (0-based): `p-0`, `s-12`. */
export function ordinalId(kind: 'paragraph' | 'sentence', index: number): string {
  return `${ANNOTATION_ID_PREFIX[kind]}-${index}`;
}
