import type { Sentence, Span } from '@genebelt/model';

/** One sentence's share of a quotation. */
export interface QuotePart {
  span: Span;
  sentence: Sentence;
}

/**
 * Cuts a quotation's span at sentence boundaries: one part per sentence it overlaps, each trimmed
 * of the spaces between sentences. Speech often runs over several sentences ("We are ready. The
 * lab opens in May," she said), and every annotation lies within one sentence, so such a quote is
 * stored as parts (see the model's `Quote.continues`). Null when the span begins or ends outside
 * every sentence. `sentences` are in text order and do not overlap.
 */
export function quoteParts(
  text: string,
  sentences: readonly Sentence[],
  span: Span,
): QuotePart[] | null {
  const parts: QuotePart[] = [];
  for (
    let index = firstSentenceEndingAfter(sentences, span.start);
    index < sentences.length;
    index++
  ) {
    const sentence = sentences[index];
    if (!sentence || sentence.span.start >= span.end) break;
    let start = Math.max(span.start, sentence.span.start);
    let end = Math.min(span.end, sentence.span.end);
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (start < end) parts.push({ span: { start, end }, sentence });
  }
  const head = parts[0];
  const tail = parts[parts.length - 1];
  if (!head || !tail) return null;
  const inside = (at: number, sentence: Sentence) =>
    sentence.span.start <= at && at <= sentence.span.end;
  if (!inside(span.start, head.sentence) || !inside(span.end, tail.sentence)) return null;
  return parts;
}

/** The index of the first sentence whose end lies after `offset` (binary search). */
function firstSentenceEndingAfter(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle]?.span.end ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
