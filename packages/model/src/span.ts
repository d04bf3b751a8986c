import * as z from 'zod';

const Offset = z
  .int()
  .min(0)
  .meta({ description: 'A position in the normalised text, in UTF-16 code units from its start.' });

/**
 * A half-open range `[start, end)` in UTF-16 code units of a document's normalised text, exactly as
 * JavaScript strings index: `text.slice(start, end)` is the covered text.
 */
export const Span = z
  .object({
    start: Offset,
    end: Offset,
  })
  .refine((span) => span.end >= span.start, {
    message: 'end must not be before start',
    path: ['end'],
  })
  .meta({
    id: 'Span',
    title: 'Span',
    description:
      'A half-open range [start, end) of UTF-16 code units in the normalised text of a document.',
  });

export type Span = z.infer<typeof Span>;

/**
 * The covered text with a little context on each side, after the W3C Web Annotation
 * TextQuoteSelector, so an annotation can be re-anchored if the text is ever re-normalised.
 */
export const TextQuote = z
  .object({
    exact: z.string().meta({ description: 'The covered text: text.slice(span.start, span.end).' }),
    prefix: z.string().meta({ description: 'Up to 32 code units immediately before the span.' }),
    suffix: z.string().meta({ description: 'Up to 32 code units immediately after the span.' }),
  })
  .meta({
    id: 'TextQuote',
    title: 'Text quote',
    description: 'The exact text of a span with a short prefix and suffix (W3C TextQuoteSelector).',
  });

export type TextQuote = z.infer<typeof TextQuote>;

/** How many code units of context a TextQuote keeps on each side. */
export const TEXT_QUOTE_CONTEXT = 32;
