import * as z from 'zod';
import { Id } from './ids.js';
import { Span } from './span.js';

/** A place in the corpus: a span of one document's normalised text. */
export const SourceLocation = z
  .object({
    documentId: Id,
    span: Span,
  })
  .meta({
    id: 'SourceLocation',
    title: 'Source location',
    description: 'A span in the normalised text of a document of the corpus.',
  });
export type SourceLocation = z.infer<typeof SourceLocation>;

/** A sentence of one document, the unit a fact is supported by and a reader is sent to. */
export const SentenceReference = z
  .object({
    documentId: Id,
    sentenceId: Id,
  })
  .meta({
    id: 'SentenceReference',
    title: 'Sentence reference',
    description: 'A sentence of a document, by document id and sentence id.',
  });
export type SentenceReference = z.infer<typeof SentenceReference>;

/**
 * Who or what produced an annotation. `curated`: from the reviewed knowledge base. `rule`: from a
 * deterministic rule of the pipeline. `model`: from a statistical model (a tagger).
 */
export const Origin = z.enum(['curated', 'rule', 'model']).meta({
  id: 'Origin',
  title: 'Origin',
  description: 'Whether an annotation comes from curated knowledge, a rule or a statistical model.',
});
export type Origin = z.infer<typeof Origin>;

export const Confidence = z.number().min(0).max(1).meta({
  id: 'Confidence',
  title: 'Confidence',
  description: 'How sure the producer is, from 0 to 1; curated annotations have 1.',
});
export type Confidence = z.infer<typeof Confidence>;
