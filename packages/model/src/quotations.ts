import type { Quote } from './annotations.js';
import type { Span } from './span.js';

/** A quotation as a reader means it: its parts (one per sentence, in order) and what they span. */
export interface Quotation {
  /** The first part: its kind, speaker and cue are the quotation's. */
  first: Quote;
  parts: Quote[];
  /** From the first part's start to the last part's end. */
  span: Span;
}

/**
 * The quotations of a document's quotes, joining the parts of one that runs over several
 * sentences (see `Quote.continues`), in the order of their first parts. A part whose `continues`
 * names no quote stands on its own.
 */
export function quotationsOf(quotes: readonly Quote[]): Quotation[] {
  const ids = new Set(quotes.map((quote) => quote.id));
  const next = new Map<string, Quote>();
  for (const quote of quotes) {
    if (quote.continues !== undefined && ids.has(quote.continues)) next.set(quote.continues, quote);
  }
  const quotations: Quotation[] = [];
  for (const quote of quotes) {
    if (quote.continues !== undefined && ids.has(quote.continues)) continue;
    const parts = [quote];
    const seen = new Set([quote.id]);
    for (let part = next.get(quote.id); part && !seen.has(part.id); part = next.get(part.id)) {
      parts.push(part);
      seen.add(part.id);
    }
    const last = parts[parts.length - 1] ?? quote;
    quotations.push({ first: quote, parts, span: { start: quote.span.start, end: last.span.end } });
  }
  return quotations;
}
