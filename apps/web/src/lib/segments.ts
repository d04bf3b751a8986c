import type { Span } from '@genebelt/model';

/**
 * Highlights are built from offsets, never from HTML: a stretch of text becomes a tree of plain
 * text runs and marks (a mention, a date, a quote, a number), which components turn into React
 * elements. The text itself is only ever sliced, so nothing in it can become markup.
 */

export interface Marked {
  span: Span;
}

export type Segment<M extends Marked> =
  | { kind: 'text'; span: Span; text: string }
  | { kind: 'mark'; span: Span; mark: M; children: Segment<M>[] };

/**
 * The segments of `text` in `range`, with `marks` nested where one lies inside another (a mention
 * inside a quote). Marks that cross are split at the boundary of the one that opened first, so
 * every mark shows and none overlap. Marks are clipped to the range; empty ones are dropped.
 * `rank` orders marks with the same span (lower is outer).
 */
export function segment<M extends Marked>(
  text: string,
  range: Span,
  marks: readonly M[],
  rank: (mark: M) => number = () => 0,
): Segment<M>[] {
  const pieces: Piece<M>[] = [];
  for (const mark of marks) {
    const start = Math.max(mark.span.start, range.start);
    const end = Math.min(mark.span.end, range.end);
    if (start < end) pieces.push({ mark, start, end, rank: rank(mark) });
  }
  return build(text, range.start, range.end, pieces.sort(byPosition));
}

interface Piece<M> {
  mark: M;
  start: number;
  end: number;
  rank: number;
}

function byPosition<M>(a: Piece<M>, b: Piece<M>): number {
  return a.start - b.start || b.end - a.end || a.rank - b.rank;
}

function build<M extends Marked>(
  text: string,
  start: number,
  end: number,
  sorted: Piece<M>[],
): Segment<M>[] {
  const out: Segment<M>[] = [];
  let cursor = start;
  let queue = sorted;
  let index = 0;
  while (index < queue.length) {
    const piece = queue[index] as Piece<M>;
    index += 1;
    // A piece that starts inside an earlier sibling was split there; keep what is left of it.
    const pieceStart = Math.max(piece.start, cursor);
    if (pieceStart >= piece.end) continue;
    if (pieceStart > cursor) out.push(textRun(text, cursor, pieceStart));
    const inner: Piece<M>[] = [];
    const rest: Piece<M>[] = [];
    while (index < queue.length && (queue[index] as Piece<M>).start < piece.end) {
      const next = queue[index] as Piece<M>;
      index += 1;
      if (next.end <= piece.end) {
        inner.push(next);
      } else {
        inner.push({ ...next, end: piece.end });
        rest.push({ ...next, start: piece.end });
      }
    }
    out.push({
      kind: 'mark',
      span: { start: pieceStart, end: piece.end },
      mark: piece.mark,
      children: build(text, pieceStart, piece.end, inner),
    });
    cursor = piece.end;
    if (rest.length > 0) {
      queue = [...rest, ...queue.slice(index)].sort(byPosition);
      index = 0;
    }
  }
  if (cursor < end) out.push(textRun(text, cursor, end));
  return out;
}

function textRun<M extends Marked>(text: string, start: number, end: number): Segment<M> {
  return { kind: 'text', span: { start, end }, text: text.slice(start, end) };
}
