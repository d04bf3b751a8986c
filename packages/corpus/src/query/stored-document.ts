/**
 * How a document is stored in the index: JSON with the text emptied (the text is its own column)
 * and every anchor that is exactly the canonical TextQuote of its span (32 code units of context,
 * as the model's textQuoteAt makes it) replaced by null. Anchors are most of a document's JSON and
 * follow from the text, so this halves the index without losing anything: an anchor that differs
 * from the canonical one (a shorter prefix, say) is stored as it is.
 */
import type { Document, Span, TextQuote } from '@genebelt/model';

const CONTEXT = 32;

interface Anchored {
  span: Span;
  anchor: TextQuote | null;
}

function isCanonical(text: string, span: Span, anchor: TextQuote): boolean {
  const { start, end } = span;
  return (
    anchor.exact.length === end - start &&
    anchor.prefix.length === Math.min(CONTEXT, start) &&
    anchor.suffix.length === Math.min(CONTEXT, Math.max(0, text.length - end)) &&
    text.startsWith(anchor.exact, start) &&
    text.startsWith(anchor.prefix, start - anchor.prefix.length) &&
    text.startsWith(anchor.suffix, end)
  );
}

function canonical(text: string, span: Span): TextQuote {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT),
  };
}

/**
 * The stored JSON of a document (without its text). Canonical anchors are set to null on the
 * document itself while it is serialised and put back afterwards: copying every annotation would
 * cost more than the serialisation.
 */
export function storeDocument(document: Document): string {
  const { text } = document;
  const taken: [{ anchor: TextQuote | null }, TextQuote][] = [];
  const take = (item: { span: Span; anchor: TextQuote | null }) => {
    const anchor = item.anchor;
    if (anchor !== null && isCanonical(text, item.span, anchor)) {
      taken.push([item, anchor]);
      item.anchor = null;
    }
  };
  const mutable = document as {
    text: string;
    structureMarks: Anchored[];
    mentions: Anchored[];
    temporalExpressions: Anchored[];
    quotes: (Anchored & { cue: Anchored | null })[];
    quantities: Anchored[];
  };
  try {
    mutable.text = '';
    mutable.structureMarks.forEach(take);
    mutable.mentions.forEach(take);
    mutable.temporalExpressions.forEach(take);
    for (const quote of mutable.quotes) {
      take(quote);
      if (quote.cue) take(quote.cue);
    }
    mutable.quantities.forEach(take);
    return JSON.stringify(document);
  } finally {
    mutable.text = text;
    for (const [item, anchor] of taken) item.anchor = anchor;
  }
}

function expand(text: string, items: readonly Anchored[]): void {
  for (const item of items) {
    if (item.anchor === null) item.anchor = canonical(text, item.span);
  }
}

/** The document a stored JSON and its text make. */
export function loadDocument(json: string, text: string): Document {
  const document = JSON.parse(json) as Document;
  document.text = text;
  expand(text, document.structureMarks as Anchored[]);
  expand(text, document.mentions as Anchored[]);
  expand(text, document.temporalExpressions as Anchored[]);
  expand(text, document.quotes as Anchored[]);
  for (const quote of document.quotes) {
    if (quote.cue) expand(text, [quote.cue as Anchored]);
  }
  expand(text, document.quantities as Anchored[]);
  return document;
}
