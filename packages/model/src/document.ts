import * as z from 'zod';
import { Mention, Quantity, Quote, TemporalExpression } from './annotations.js';
import { Id } from './ids.js';
import { checkUniqueIds, type Problem } from './problems.js';
import { Sha256, Source } from './source.js';
import type { Span, TextQuote } from './span.js';
import {
  NormalisationEdit,
  Paragraph,
  type ParagraphRole,
  Sentence,
  StructureMark,
} from './structure.js';
import { spanContains, spanFits, textQuoteMismatch } from './text.js';

export const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag such as "en"')
  .meta({ id: 'LanguageTag', title: 'Language tag', description: 'A BCP 47 language tag.' });

export const DocumentShape = z.object({
  id: Id,
  language: LanguageTag,
  title: z.string().min(1).meta({ description: 'The headline, as in the text.' }),
  deck: z.string().nullable().meta({ description: 'The standfirst under the headline, if any.' }),
  credit: z.string().nullable().meta({ description: 'The photo or picture credit line, if any.' }),
  byline: z.string().nullable().meta({ description: 'The byline, if any.' }),
  text: z.string().min(1).meta({ description: 'The normalised text all spans index into.' }),
  textDigest: Sha256.meta({ description: 'SHA-256 of the normalised text (UTF-8).' }),
  source: Source,
  normalisation: z.array(NormalisationEdit).meta({
    description: 'Every edit the normaliser made, in order, to map offsets back to the raw text.',
  }),
  paragraphs: z.array(Paragraph),
  sentences: z.array(Sentence),
  structureMarks: z.array(StructureMark),
  mentions: z.array(Mention),
  temporalExpressions: z.array(TemporalExpression),
  quotes: z.array(Quote),
  quantities: z.array(Quantity),
});

type DocumentShape = z.infer<typeof DocumentShape>;

/** Roles whose text a document also carries as a field, so readers need not search paragraphs. */
const FIELD_OF_ROLE: readonly (readonly [ParagraphRole, 'title' | 'deck' | 'credit' | 'byline'])[] =
  [
    ['headline', 'title'],
    ['deck', 'deck'],
    ['credit', 'credit'],
    ['byline', 'byline'],
  ];

/**
 * Invariants of one document that its type cannot express. Paths are relative to the document.
 * Exported so a pipeline can check a document before it is stored.
 */
export function documentProblems(document: DocumentShape): Problem[] {
  const problems: Problem[] = [];
  const { text } = document;

  const anchoredCollections = [
    ['structureMarks', document.structureMarks],
    ['mentions', document.mentions],
    ['temporalExpressions', document.temporalExpressions],
    ['quotes', document.quotes],
    ['quantities', document.quantities],
  ] as const;

  checkUniqueIds(
    [
      ['paragraphs', document.paragraphs],
      ['sentences', document.sentences],
      ...anchoredCollections,
    ],
    problems,
  );

  const paragraphs = new Map(document.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const sentences = new Map(document.sentences.map((sentence) => [sentence.id, sentence]));

  checkOrderedBlocks('paragraphs', document.paragraphs, text.length, problems);
  checkOrderedBlocks('sentences', document.sentences, text.length, problems);

  document.paragraphs.forEach((paragraph, index) => {
    if (paragraph.variantOf !== null && !paragraphs.has(paragraph.variantOf)) {
      problems.push({
        path: ['paragraphs', index, 'variantOf'],
        message: `refers to paragraph "${paragraph.variantOf}", which this document does not have`,
      });
    }
  });

  document.sentences.forEach((sentence, index) => {
    const paragraph = paragraphs.get(sentence.paragraphId);
    if (!paragraph) {
      problems.push({
        path: ['sentences', index, 'paragraphId'],
        message: `refers to paragraph "${sentence.paragraphId}", which this document does not have`,
      });
    } else if (!spanContains(paragraph.span, sentence.span)) {
      problems.push({
        path: ['sentences', index, 'span'],
        message: `lies outside its paragraph "${paragraph.id}"`,
      });
    }
  });

  for (const [collection, items] of anchoredCollections) {
    items.forEach((item, index) => {
      const path = [collection, index] as const;
      checkAnchor(text, item.span, item.anchor, [...path], problems);
      if ('sentenceId' in item) {
        const sentence = sentences.get(item.sentenceId);
        if (!sentence) {
          problems.push({
            path: [...path, 'sentenceId'],
            message: `refers to sentence "${item.sentenceId}", which this document does not have`,
          });
        } else if (!spanContains(sentence.span, item.span)) {
          problems.push({
            path: [...path, 'span'],
            message: `lies outside its sentence "${sentence.id}"`,
          });
        }
      }
    });
  }

  document.structureMarks.forEach((mark, index) => {
    const paragraph = paragraphs.get(mark.paragraphId);
    if (!paragraph || !spanContains(paragraph.span, mark.span)) {
      problems.push({
        path: ['structureMarks', index, 'paragraphId'],
        message: `"${mark.paragraphId}" is not a paragraph of this document that contains the mark`,
      });
    }
  });

  document.quotes.forEach((quote, index) => {
    if (quote.cue)
      checkAnchor(text, quote.cue.span, quote.cue.anchor, ['quotes', index, 'cue'], problems);
  });
  checkQuoteParts(document, sentences, problems);

  document.normalisation.forEach((edit, index) => {
    if (!spanFits(edit.normalised, text.length)) {
      problems.push({
        path: ['normalisation', index, 'normalised', 'end'],
        message: `${edit.normalised.end} is past the end of the text (${text.length} code units)`,
      });
    }
  });

  if (!document.paragraphs.some((paragraph) => paragraph.role === 'headline')) {
    problems.push({
      path: ['paragraphs'],
      message: 'must include a paragraph with role "headline"',
    });
  }
  for (const [role, field] of FIELD_OF_ROLE) {
    const paragraph = document.paragraphs.find((candidate) => candidate.role === role);
    const expected =
      paragraph && spanFits(paragraph.span, text.length)
        ? text.slice(paragraph.span.start, paragraph.span.end)
        : null;
    const actual = document[field];
    if (expected !== null && actual !== expected) {
      problems.push({
        path: [field],
        message: `must equal the text of the ${role} paragraph "${paragraph?.id}": ${JSON.stringify(expected)}`,
      });
    } else if (expected === null && role !== 'headline' && actual !== null) {
      problems.push({
        path: [field],
        message: `must be null: the document has no ${role} paragraph`,
      });
    }
  }

  return problems;
}

/**
 * The parts of a quotation over several sentences: each `continues` the part just before it, in
 * the sentence before its own, with the same kind, speaker and cue, and no part is continued twice.
 */
function checkQuoteParts(
  document: Pick<Document, 'quotes'>,
  sentences: ReadonlyMap<string, { index: number }>,
  problems: Problem[],
): void {
  const quotes = new Map(document.quotes.map((quote, index) => [quote.id, { quote, index }]));
  const continued = new Set<string>();
  document.quotes.forEach((quote, index) => {
    if (quote.continues === undefined) return;
    const path = ['quotes', index, 'continues'];
    const previous = quotes.get(quote.continues);
    if (!previous) {
      problems.push({
        path,
        message: `refers to quote "${quote.continues}", which this document does not have`,
      });
      return;
    }
    const before = previous.quote;
    const here = sentences.get(quote.sentenceId)?.index;
    const there = sentences.get(before.sentenceId)?.index;
    if (here !== undefined && there !== undefined && here !== there + 1) {
      problems.push({
        path,
        message: `quote "${before.id}" must lie in the sentence just before this part's`,
      });
    }
    if (
      before.kind !== quote.kind ||
      before.speakerEntityId !== quote.speakerEntityId ||
      before.cue?.span.start !== quote.cue?.span.start ||
      before.cue?.span.end !== quote.cue?.span.end
    ) {
      problems.push({
        path,
        message: `quote "${before.id}" must have this part's kind, speaker and cue`,
      });
    }
    if (continued.has(before.id)) {
      problems.push({ path, message: `quote "${before.id}" is continued by another part already` });
    }
    continued.add(before.id);
  });
}

function checkAnchor(
  text: string,
  span: Span,
  anchor: TextQuote,
  path: (string | number)[],
  problems: Problem[],
): void {
  if (!spanFits(span, text.length)) {
    problems.push({
      path: [...path, 'span', 'end'],
      message: `${span.end} is past the end of the text (${text.length} code units)`,
    });
    return;
  }
  const mismatch = textQuoteMismatch(text, span, anchor);
  if (mismatch) problems.push({ path: [...path, 'anchor'], message: mismatch });
}

function checkOrderedBlocks(
  collection: 'paragraphs' | 'sentences',
  blocks: readonly { index: number; span: Span }[],
  textLength: number,
  problems: Problem[],
): void {
  let previousEnd = 0;
  blocks.forEach((block, index) => {
    if (block.index !== index) {
      problems.push({
        path: [collection, index, 'index'],
        message: `must be ${index}, its position`,
      });
    }
    if (!spanFits(block.span, textLength)) {
      problems.push({
        path: [collection, index, 'span', 'end'],
        message: `${block.span.end} is past the end of the text (${textLength} code units)`,
      });
    } else if (block.span.start < previousEnd) {
      problems.push({
        path: [collection, index, 'span', 'start'],
        message: `overlaps the previous one, which ends at ${previousEnd}`,
      });
    }
    previousEnd = Math.max(previousEnd, block.span.end);
  });
}

export const Document = DocumentShape.superRefine((document, context) => {
  for (const problem of documentProblems(document)) {
    context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  }
}).meta({
  id: 'Document',
  title: 'Document',
  description:
    'One article: normalised text, source, structure, and every annotation as a span of the text.',
});
export type Document = z.infer<typeof Document>;
