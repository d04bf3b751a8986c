import { describe, expect, it } from 'vitest';
import { seed000Document, seed002Document } from '../test/fixtures/seed-corpus.js';
import {
  assertDocument,
  type Document,
  DocumentShape,
  documentProblems,
  parseDocument,
  type Quote,
  textQuoteAt,
} from './index.js';

function issuesOf(document: Document) {
  const result = parseDocument(document);
  if (result.ok) throw new Error('expected the document to be invalid');
  return result.issues;
}

describe('Document', () => {
  it('accepts both seed excerpts, and every span slices to its anchor', () => {
    for (const document of [seed000Document(), seed002Document()]) {
      expect(parseDocument(document)).toEqual({ ok: true, value: document });
      for (const mention of document.mentions) {
        expect(document.text.slice(mention.span.start, mention.span.end)).toBe(
          mention.anchor.exact,
        );
      }
    }
  });

  it('keeps structure: headline, deck, credit and the repeated headline marked as a variant', () => {
    const document = seed002Document();
    expect(document.paragraphs.map((paragraph) => paragraph.role)).toEqual([
      'headline',
      'deck',
      'credit',
      'headline-variant',
      'body',
      'body',
    ]);
    expect(document.paragraphs[3]?.variantOf).toBe('p-0');
  });

  it('reports a span past the end of the text at its path', () => {
    const document = seed002Document();
    const mention = document.mentions[3];
    if (!mention) throw new Error('fixture');
    mention.span = { start: mention.span.start, end: document.text.length + 5 };
    expect(issuesOf(document)).toContainEqual({
      path: 'mentions[3].span.end',
      message: `${document.text.length + 5} is past the end of the text (${document.text.length} code units)`,
    });
  });

  it('reports an anchor that does not match the text at its span', () => {
    const document = seed002Document();
    const mention = document.mentions.find((m) => m.anchor.exact === 'Qaiser Nawab');
    if (!mention) throw new Error('fixture');
    mention.span = { start: mention.span.start + 1, end: mention.span.end };
    const index = document.mentions.indexOf(mention);
    expect(issuesOf(document)).toContainEqual({
      path: `mentions[${index}].anchor`,
      message: 'exact is "Qaiser Nawab" but the text there is "aiser Nawab"',
    });
  });

  it('reports a sentence id that does not resolve, or a mention outside its sentence', () => {
    const document = seed002Document();
    const first = document.mentions[0];
    const second = document.mentions[1];
    if (!first || !second) throw new Error('fixture');
    first.sentenceId = 's-99';
    second.sentenceId = 's-0';
    const issues = issuesOf(document);
    expect(issues).toContainEqual({
      path: 'mentions[0].sentenceId',
      message: 'refers to sentence "s-99", which this document does not have',
    });
    expect(issues).toContainEqual({
      path: 'mentions[1].span',
      message: 'lies outside its sentence "s-0"',
    });
  });

  it('reports duplicate ids across annotation kinds', () => {
    const document = seed002Document();
    const quantity = document.quantities[0];
    const mention = document.mentions[0];
    if (!quantity || !mention) throw new Error('fixture');
    quantity.id = mention.id;
    expect(issuesOf(document)).toContainEqual({
      path: 'quantities[0].id',
      message: `"${mention.id}" is already the id of mentions[0]`,
    });
  });

  it('reports overlapping or misnumbered paragraphs', () => {
    const document = seed002Document();
    const second = document.paragraphs[1];
    if (!second) throw new Error('fixture');
    second.span = { start: 10, end: second.span.end };
    second.index = 7;
    const paths = issuesOf(document).map((issue) => issue.path);
    expect(paths).toContain('paragraphs[1].span.start');
    expect(paths).toContain('paragraphs[1].index');
  });

  it('requires the title, deck and credit to be the text of their paragraphs', () => {
    const document = seed002Document();
    document.title = 'BGI Launches Training';
    document.credit = null;
    const issues = issuesOf(document);
    expect(issues.find((issue) => issue.path === 'title')?.message).toMatch(
      /must equal the text of the headline paragraph "p-0"/,
    );
    expect(issues.find((issue) => issue.path === 'credit')?.message).toMatch(
      /credit paragraph "p-2"/,
    );
  });

  it('requires a headline and resolving variant and paragraph references', () => {
    const document = seed000Document();
    for (const paragraph of document.paragraphs)
      if (paragraph.role === 'headline') paragraph.role = 'body';
    const variant = document.paragraphs[1];
    if (!variant) throw new Error('fixture');
    variant.variantOf = 'p-42';
    const issues = issuesOf(document);
    expect(issues).toContainEqual({
      path: 'paragraphs',
      message: 'must include a paragraph with role "headline"',
    });
    expect(issues.map((issue) => issue.path)).toContain('paragraphs[1].variantOf');
  });

  it('checks structure marks and quote cues against the text', () => {
    const document = seed002Document();
    const mark = document.structureMarks[0];
    if (!mark) throw new Error('fixture');
    mark.paragraphId = 'p-0';
    expect(issuesOf(document).map((issue) => issue.path)).toContain(
      'structureMarks[0].paragraphId',
    );
  });

  it('rejects wrong types with the path and zod’s reason', () => {
    const document = seed002Document() as unknown as Record<string, unknown>;
    document.language = 'English';
    document.textDigest = 'abc';
    const result = parseDocument(document);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toContainEqual({
        path: 'language',
        message: 'must be a BCP 47 language tag such as "en"',
      });
      expect(result.issues.map((issue) => issue.path)).toContain('textDigest');
    }
  });

  it('exposes the invariants apart from parsing, and assert throws with every problem', () => {
    const document = seed000Document();
    expect(documentProblems(DocumentShape.parse(document))).toEqual([]);
    const mention = document.mentions[0];
    if (!mention) throw new Error('fixture');
    mention.entityId = 'Not An Id';
    expect(() => assertDocument(document, 'seed-000.json')).toThrow(
      /seed-000\.json is not valid \(1 problem\):\n {2}mentions\[0\]\.entityId: must be a lowercase slug/,
    );
  });
});

describe('a quotation over several sentences', () => {
  /** The last two sentences of seed 002's excerpt as one quotation in two parts. */
  function withQuoteParts(): Document {
    const document = seed002Document();
    const [first, second] = document.sentences.slice(-2);
    if (!first || !second) throw new Error('fixture');
    const part = (id: string, sentence: typeof first, continues?: string) => ({
      id,
      span: sentence.span,
      anchor: textQuoteAt(document.text, sentence.span),
      sentenceId: sentence.id,
      kind: 'speech' as const,
      speakerEntityId: null,
      cue: null,
      origin: 'rule' as const,
      confidence: 0.8,
      ...(continues === undefined ? {} : { continues }),
    });
    document.quotes = [part('q-a', first), part('q-b', second, 'q-a')];
    return document;
  }

  it('is one part per sentence, each continuing the one before', () => {
    const document = withQuoteParts();
    expect(parseDocument(document)).toEqual({ ok: true, value: document });
    expect(document.quotes.map((quote) => quote.continues)).toEqual([undefined, 'q-a']);
  });

  it('rejects a part that continues nothing, skips a sentence, or changes the speaker', () => {
    const missing = withQuoteParts();
    (missing.quotes[1] as Quote).continues = 'q-zzz';
    expect(issuesOf(missing)).toContainEqual({
      path: 'quotes[1].continues',
      message: 'refers to quote "q-zzz", which this document does not have',
    });

    const backwards = withQuoteParts();
    (backwards.quotes[0] as Quote).continues = 'q-b';
    delete (backwards.quotes[1] as Quote).continues;
    expect(issuesOf(backwards)).toContainEqual({
      path: 'quotes[0].continues',
      message: 'quote "q-b" must lie in the sentence just before this part\'s',
    });

    const otherSpeaker = withQuoteParts();
    (otherSpeaker.quotes[1] as Quote).speakerEntityId = 'qaiser-nawab';
    expect(issuesOf(otherSpeaker).map((issue) => issue.message)).toContain(
      'quote "q-a" must have this part\'s kind, speaker and cue',
    );
  });

  it('rejects two parts that continue the same one', () => {
    const document = withQuoteParts();
    const second = document.quotes[1] as Quote;
    document.quotes.push({ ...second, id: 'q-c' });
    expect(issuesOf(document)).toContainEqual({
      path: 'quotes[2].continues',
      message: 'quote "q-a" is continued by another part already',
    });
  });
});
