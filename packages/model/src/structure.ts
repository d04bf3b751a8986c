import * as z from 'zod';
import { Id } from './ids.js';
import { Span, TextQuote } from './span.js';

/**
 * What a block of text is. `headline-variant` is a headline repeated (or reworded) further down,
 * kept and marked rather than dropped.
 */
export const ParagraphRole = z
  .enum(['headline', 'headline-variant', 'deck', 'credit', 'byline', 'dateline', 'body'])
  .meta({
    id: 'ParagraphRole',
    title: 'Paragraph role',
    description: 'The structural role of a block of text.',
  });
export type ParagraphRole = z.infer<typeof ParagraphRole>;

/** A block of the normalised text separated from its neighbours by a blank line. */
export const Paragraph = z
  .object({
    id: Id,
    index: z.int().min(0),
    role: ParagraphRole,
    span: Span,
    variantOf: Id.nullable().meta({
      description: 'For a headline-variant, the paragraph it repeats or rewords; otherwise null.',
    }),
  })
  .meta({
    id: 'Paragraph',
    title: 'Paragraph',
    description: 'A block of text with its structural role (headline, deck, credit, body…).',
  });
export type Paragraph = z.infer<typeof Paragraph>;

export const Sentence = z
  .object({
    id: Id,
    index: z.int().min(0),
    paragraphId: Id,
    span: Span,
  })
  .meta({
    id: 'Sentence',
    title: 'Sentence',
    description: 'A sentence of a paragraph; addressable and citable.',
  });
export type Sentence = z.infer<typeof Sentence>;

/**
 * Structure that sits inside a paragraph rather than forming one: an attribution to another
 * outlet ("According to Gwadar Pro") or a dateline opening the first paragraph.
 */
export const StructureMark = z
  .object({
    id: Id,
    kind: z.enum(['attribution', 'dateline']),
    span: Span,
    anchor: TextQuote,
    paragraphId: Id,
    entityId: Id.nullable().meta({
      description: 'The outlet (attribution) or place (dateline) it names, when known.',
    }),
  })
  .meta({
    id: 'StructureMark',
    title: 'Structure mark',
    description: 'An attribution or dateline inside a paragraph.',
  });
export type StructureMark = z.infer<typeof StructureMark>;

/** One change the normaliser made: the raw span became the normalised span. */
export const NormalisationEdit = z
  .object({
    raw: Span.meta({
      description: 'Span in the raw text (UTF-16 code units of the decoded file).',
    }),
    normalised: Span.meta({ description: 'Span in the normalised text.' }),
    reason: z.enum([
      'byte-order-mark',
      'line-ending',
      'unicode-nfc',
      'non-breaking-space',
      'invisible-character',
      'space-run',
      'blank-line-run',
      'trailing-space',
      'leading-space',
    ]),
  })
  .meta({
    id: 'NormalisationEdit',
    title: 'Normalisation edit',
    description: 'A replacement the normaliser made, mapping normalised offsets back to raw ones.',
  });
export type NormalisationEdit = z.infer<typeof NormalisationEdit>;
