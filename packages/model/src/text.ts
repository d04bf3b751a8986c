import { type Span, TEXT_QUOTE_CONTEXT, type TextQuote } from './span.js';

/** True when the span lies inside a text of the given length. */
export function spanFits(span: Span, textLength: number): boolean {
  return span.start >= 0 && span.start <= span.end && span.end <= textLength;
}

/** True when `inner` lies entirely within `outer`. */
export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The text a span covers. Throws a RangeError when the span does not fit the text. */
export function sliceSpan(text: string, span: Span): string {
  if (!spanFits(span, text.length)) {
    throw new RangeError(
      `span [${span.start}, ${span.end}) does not fit a text of ${text.length} code units`,
    );
  }
  return text.slice(span.start, span.end);
}

/** The TextQuote (exact text plus context) that anchors a span in a text. */
export function textQuoteAt(text: string, span: Span, context = TEXT_QUOTE_CONTEXT): TextQuote {
  return {
    exact: sliceSpan(text, span),
    prefix: text.slice(Math.max(0, span.start - context), span.start),
    suffix: text.slice(span.end, span.end + context),
  };
}

/** Why a TextQuote does not match its span in a text, or null when it does. */
export function textQuoteMismatch(text: string, span: Span, quote: TextQuote): string | null {
  if (!spanFits(span, text.length)) {
    return `span [${span.start}, ${span.end}) lies outside the text (${text.length} code units)`;
  }
  const expected = textQuoteAt(text, span, TEXT_QUOTE_CONTEXT);
  if (quote.exact !== expected.exact) {
    return `exact is ${JSON.stringify(quote.exact)} but the text there is ${JSON.stringify(expected.exact)}`;
  }
  if (!expected.prefix.endsWith(quote.prefix) || quote.prefix.length > TEXT_QUOTE_CONTEXT) {
    return `prefix ${JSON.stringify(quote.prefix)} does not precede the span`;
  }
  if (!expected.suffix.startsWith(quote.suffix) || quote.suffix.length > TEXT_QUOTE_CONTEXT) {
    return `suffix ${JSON.stringify(quote.suffix)} does not follow the span`;
  }
  return null;
}
