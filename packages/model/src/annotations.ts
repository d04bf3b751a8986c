import * as z from 'zod';
import { DateResolution } from './dates.js';
import { Confidence, Origin } from './evidence.js';
import { Id } from './ids.js';
import { Span, TextQuote } from './span.js';

/** Fields every span annotation shares: where it is, and the text it covers. */
const anchored = {
  id: Id,
  span: Span,
  anchor: TextQuote,
  sentenceId: Id.meta({ description: 'The sentence that contains the span.' }),
};

export const Mention = z
  .object({
    ...anchored,
    entityId: Id,
    origin: Origin,
    confidence: Confidence,
  })
  .meta({
    id: 'Mention',
    title: 'Mention',
    description: 'A span of text that names an entity.',
  });
export type Mention = z.infer<typeof Mention>;

const WRITTEN_DATE_PATTERN = /^(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?$/;

export const TemporalExpression = z
  .object({
    ...anchored,
    written: z
      .string()
      .regex(WRITTEN_DATE_PATTERN, 'must be YYYY[-MM[-DD]] with X for parts the text leaves out')
      .meta({
        description:
          'What the text itself says, with unknown parts as X (TIMEX3 style): "June 8" is "XXXX-06-08".',
      }),
    resolution: DateResolution,
    origin: Origin,
  })
  .meta({
    id: 'TemporalExpression',
    title: 'Temporal expression',
    description:
      'A date in the text: what was written, kept apart from what it was resolved to and how.',
  });
export type TemporalExpression = z.infer<typeof TemporalExpression>;

export const QuoteKind = z.enum(['speech', 'scare', 'term', 'slogan', 'title']).meta({
  id: 'QuoteKind',
  title: 'Quote kind',
  description:
    'speech: words attributed to a speaker; scare: marks distancing a phrase; term: a name or term set off by marks; slogan: a motto; title: the title of a work.',
});
export type QuoteKind = z.infer<typeof QuoteKind>;

export const Quote = z
  .object({
    ...anchored,
    kind: QuoteKind,
    speakerEntityId: Id.nullable().meta({ description: 'Who said it, for speech, when known.' }),
    cue: z
      .object({ span: Span, anchor: TextQuote })
      .nullable()
      .meta({ description: 'The words that attribute the quote ("noting that", "said").' }),
    origin: Origin,
    confidence: Confidence,
    continues: Id.optional().meta({
      description:
        'For a quotation that runs over several sentences, which is stored as one part per sentence: the id of the part before this one. Absent on a quotation’s first part. Every part repeats the kind, speaker and cue, so a reader that ignores this field still sees each part attributed.',
    }),
  })
  .meta({
    id: 'Quote',
    title: 'Quote',
    description:
      'Text inside quotation marks (the span excludes the marks), with its kind and speaker; a quotation over several sentences is one part per sentence, linked by `continues`.',
  });
export type Quote = z.infer<typeof Quote>;

export const QuantityQualifier = z
  .enum(['exact', 'over', 'under', 'about', 'at-least', 'at-most', 'up-to'])
  .meta({
    id: 'QuantityQualifier',
    title: 'Quantity qualifier',
    description: 'How the stated value relates to the real one ("over 30,000" is over).',
  });
export type QuantityQualifier = z.infer<typeof QuantityQualifier>;

export const Quantity = z
  .object({
    ...anchored,
    value: z.number().meta({ description: 'The number as a value (30,000 is 30000).' }),
    unit: z.string().nullable().meta({ description: 'What is counted or measured, as written.' }),
    qualifier: QuantityQualifier,
    origin: Origin,
  })
  .meta({
    id: 'Quantity',
    title: 'Quantity',
    description: 'A number with what it counts and how it is qualified.',
  });
export type Quantity = z.infer<typeof Quantity>;
