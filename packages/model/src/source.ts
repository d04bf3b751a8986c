import * as z from 'zod';
import { DateResolution } from './dates.js';
import { SourceLocation } from './evidence.js';

/**
 * How a fact about a source is known. `supplied`: given with the article (its sidecar or feed).
 * `stated-in-text`: the article says so (the evidence says where). `curated`: a person checked it.
 */
export const SourceFactBasis = z.enum(['supplied', 'stated-in-text', 'curated']).meta({
  id: 'SourceFactBasis',
  title: 'Source fact basis',
  description: 'How a fact about a source is known.',
});
export type SourceFactBasis = z.infer<typeof SourceFactBasis>;

export const KnownSourceFact = z
  .object({
    status: z.literal('known'),
    value: z.string().min(1),
    basis: SourceFactBasis,
    note: z.string().meta({ description: 'Anything a reader should know about how it is known.' }),
    evidence: z.array(SourceLocation),
  })
  .meta({ id: 'KnownSourceFact', title: 'Known source fact' });
export type KnownSourceFact = z.infer<typeof KnownSourceFact>;

export const UnknownSourceFact = z
  .object({
    status: z.literal('unknown'),
    reason: z.string().min(1).meta({ description: 'Why it is not known.' }),
  })
  .meta({ id: 'UnknownSourceFact', title: 'Unknown source fact' });
export type UnknownSourceFact = z.infer<typeof UnknownSourceFact>;

export const SourceFact = z
  .discriminatedUnion('status', [KnownSourceFact, UnknownSourceFact])
  .meta({
    id: 'SourceFact',
    title: 'Source fact',
    description:
      'A fact about where an article comes from, with how it is known, or why it is not.',
  });
export type SourceFact = z.infer<typeof SourceFact>;

const Sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'must be a lowercase hexadecimal SHA-256 digest')
  .meta({ id: 'Sha256', title: 'SHA-256 digest', description: 'Lowercase hexadecimal SHA-256.' });

/**
 * What is known about where an article comes from. Publication date and the dates of the events
 * it reports are different things: this is the former.
 */
export const Source = z
  .object({
    fileName: z
      .string()
      .min(1)
      .meta({ description: 'The raw file as received, relative to sources/.' }),
    rawDigest: Sha256.meta({ description: 'SHA-256 of the raw bytes as received.' }),
    publisher: SourceFact.meta({ description: 'Who published the article.' }),
    url: SourceFact.meta({ description: 'Where the article was published.' }),
    published: DateResolution.meta({ description: 'When the article was published.' }),
    citedOutlet: SourceFact.meta({
      description: 'An outlet the article says it draws on ("According to Gwadar Pro").',
    }),
  })
  .meta({
    id: 'Source',
    title: 'Source',
    description:
      'Publisher, URL, publication date and cited outlet of an article, each with how it is known.',
  });
export type Source = z.infer<typeof Source>;

export { Sha256 };
