import type { ParagraphRole, Span } from '@genebelt/model';

/**
 * Step 2: find the blocks of an article and what each one is: headline, a repeated or reworded
 * headline (kept and marked, not dropped), deck, photo credit, byline, dateline, body. Inline
 * structure (an attribution such as "According to Gwadar Pro", a dateline opening the first
 * paragraph) is found too.
 */
export interface Block {
  span: Span;
  role: ParagraphRole;
  /** For a headline-variant: the index of the block it repeats or rewords. */
  variantOf: number | null;
}

export interface InlineMark {
  kind: 'attribution' | 'dateline';
  span: Span;
  /** The block the mark sits in. */
  block: number;
  /** The outlet an attribution names, or the place a dateline names. */
  name: Span;
}

export interface Structure {
  blocks: Block[];
  marks: InlineMark[];
}

/** Where blocks split: at blank lines when the text has any, else at every line break. */
function blockSpans(text: string): Span[] {
  const separator = text.includes('\n\n') ? /\n\n+/g : /\n+/g;
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > start) spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

const CREDIT =
  /^(?:p\.\s?c\.|photo(?:graph)?s?(?:\s+(?:credit|by|courtesy(?: of)?))?\s*[:.]?|image(?:\s+credit)?\s*:|credit\s*:|picture\s*:|courtesy(?: of)?\s|©|\(c\)\s)/i;
const BYLINE = /^(?:by|from|written by|reporting by|reporter\s*:|author\s*:)\s+\p{Lu}/iu;
const STANDALONE_DATELINE = [
  /^(?:published|updated|posted|first published)\b.{0,60}$/i,
  /^(?:[A-Z][a-z]+day,\s+)?(?:[A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]+),? \d{4}(?:\s+\d{1,2}:\d{2}.*)?$/,
];
/** "SHENZHEN, June 8 (Xinhua) -- ": place in capitals, optional date and agency, then a dash. */
const INLINE_DATELINE =
  /^(?<place>\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L}.]+){0,2})(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^)\n]{1,40}\))?\s*(?:--|—|–|-|:)\s+/u;
/** "According to Gwadar Pro", "as reported by the Global Times": an outlet the text draws on. */
const ATTRIBUTION =
  /\b(?:[Aa]ccording to|[Aa]s reported by|[Rr]eported by|[Cc]iting)\s+(?<name>(?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})/gu;
/** Words that show an "according to" names a person or a document, not an outlet. */
const NOT_AN_OUTLET =
  /^(?:the\s+)?(?:report|study|survey|data|statement|officials?|sources?|police|him|her|them)\b/i;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of words two lines have in common: a repeated headline scores 1, a reworded one high. */
function similarity(a: string, b: string): number {
  const left = new Set(words(a));
  const right = new Set(words(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.max(left.size, right.size);
}

/** A block that reads like a heading rather than prose: short, no final full stop. */
function isHeadingLike(text: string): boolean {
  return text.length <= 200 && !/[.!?]["”’)]?$/.test(text);
}

export function findStructure(text: string): Structure {
  const spans = blockSpans(text);
  const blocks: Block[] = [];
  const lead = (index: number) => {
    const span = spans[index];
    return span ? text.slice(span.start, span.end) : '';
  };
  const headline = lead(0);
  let bodyStarted = false;

  spans.forEach((span, index) => {
    const content = lead(index);
    let role: ParagraphRole = 'body';
    let variantOf: number | null = null;
    if (index === 0) {
      role = 'headline';
    } else if (!bodyStarted && CREDIT.test(content) && content.length <= 200) {
      role = 'credit';
    } else if (!bodyStarted && BYLINE.test(content) && content.length <= 120) {
      role = 'byline';
    } else if (!bodyStarted && STANDALONE_DATELINE.some((pattern) => pattern.test(content))) {
      role = 'dateline';
    } else if (index <= 6 && isHeadingLike(content) && similarity(headline, content) >= 0.6) {
      role = 'headline-variant';
      variantOf = 0;
    } else if (
      !bodyStarted &&
      index === 1 &&
      isHeadingLike(content) &&
      spans.length > 2 &&
      content.length <= 250
    ) {
      role = 'deck';
    } else {
      bodyStarted = true;
    }
    blocks.push({ span, role, variantOf });
  });

  return { blocks, marks: findMarks(text, blocks) };
}

function findMarks(text: string, blocks: readonly Block[]): InlineMark[] {
  const marks: InlineMark[] = [];
  const firstBody = blocks.findIndex((block) => block.role === 'body');
  blocks.forEach((block, index) => {
    if (block.role !== 'body') return;
    const content = text.slice(block.span.start, block.span.end);
    if (index === firstBody) {
      const dateline = INLINE_DATELINE.exec(content);
      const place = dateline?.groups?.place;
      if (dateline && place && place === place.toUpperCase() && place.length >= 3) {
        const end = block.span.start + dateline[0].trimEnd().length;
        marks.push({
          kind: 'dateline',
          span: { start: block.span.start, end },
          block: index,
          name: { start: block.span.start, end: block.span.start + place.trim().length },
        });
      }
    }
    for (const match of content.matchAll(ATTRIBUTION)) {
      const name = match.groups?.name;
      if (!name || NOT_AN_OUTLET.test(name)) continue;
      const bare = name.replace(/^the\s+/, '').replace(/[.’']+$/, '');
      const nameStart =
        block.span.start +
        match.index +
        match[0].length -
        name.length +
        (name.length - name.replace(/^the\s+/, '').length);
      const start = block.span.start + match.index;
      marks.push({
        kind: 'attribution',
        span: { start, end: nameStart + bare.length },
        block: index,
        name: { start: nameStart, end: nameStart + bare.length },
      });
    }
  });
  return marks;
}
