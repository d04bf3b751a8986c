/**
 * The pieces of one paragraph for the reader: its text cut at the edges of the mentions and of
 * the focus, with a mention's brackets and the focus marks (» «) placed so that they nest. A
 * mention inside another is drawn inside it, `[University of [Southern Indiana|L]|O]`; when a
 * mention and the focus start (or end) at the same place, the longer one opens first and closes
 * last: `[Qaiser »Nawab«|P]`, `»[Qaiser Nawab|P], Chairman«`.
 */
import type { EntityType, ParagraphRole, Span } from '@genebelt/model';
import { ENTITY_TYPE_STYLE } from '../format.js';
import { sanitize, sanitizeLine } from '../sanitize.js';

export type PieceKind =
  | 'gutter'
  | 'text'
  | 'open'
  | 'name'
  | 'close'
  | 'focus'
  | 'meta'
  | 'heading';

export interface Piece {
  text: string;
  kind: PieceKind;
  /**
   * For open and close: the index of their mention in ReaderLayout.mentions. For name: the
   * innermost mention the text is in.
   */
  mention?: number;
  /**
   * For open, name and close inside other mentions: those mentions, outermost first, so that
   * selecting an outer mention can show the whole of it, nested names included.
   */
  outer?: readonly number[];
  /** Inside the focused span (a search hit, a sentence the reader was sent to). */
  focused?: boolean;
  role?: ParagraphRole;
}

/** A mention or the focus, as drawn in one paragraph. */
export interface Mark {
  /** The mention's index in ReaderLayout.mentions; null for the focus. */
  mention: number | null;
  type: EntityType | null;
  /** The whole span: it decides which of two marks at the same place is the outer one. */
  span: Span;
  /** Where it is drawn: the span cut to the paragraph. */
  from: number;
  to: number;
}

function closeText(type: EntityType | null): string {
  return type ? `|${ENTITY_TYPE_STYLE[type].letter}]` : ']';
}

/** Marks opening at the same place: the one reaching further is outer, so it opens first. */
function openingOrder(a: Mark, b: Mark): number {
  return b.span.end - a.span.end || (a.mention ?? -1) - (b.mention ?? -1);
}

/** Marks closing at the same place: the one that began later is inner, so it closes first. */
function closingOrder(a: Mark, b: Mark): number {
  return (
    b.span.start - a.span.start || a.span.end - b.span.end || (b.mention ?? -1) - (a.mention ?? -1)
  );
}

/**
 * The pieces of `text[paragraph.start, paragraph.end)`. Mention marks must nest or be apart (the
 * layout leaves out mentions that cross); the focus may cross a mention, and its marks then
 * simply stand where its edges are. A focus cut by the paragraph gets no mark at the cut.
 */
export function paragraphPieces(
  text: string,
  paragraph: Span,
  role: ParagraphRole,
  marks: readonly Mark[],
): Piece[] {
  // An empty mark has nothing to stand around, and would close before it opened.
  const drawn = marks.filter((mark) => mark.from < mark.to);
  const opening = [...drawn].sort((a, b) => a.from - b.from || openingOrder(a, b));
  const closing = [...drawn].sort((a, b) => a.to - b.to || closingOrder(a, b));

  const pieces: Piece[] = [];
  const open: number[] = []; // the mentions around the current text, outermost first
  const outer = () => (open.length > 0 ? [...open] : undefined);
  let focused = false;
  let nextOpen = 0;
  let nextClose = 0;
  // Each step draws the marks opening at `from`, the text up to the next edge, and the marks
  // closing there; every edge is the end of one step, so no mark is passed over.
  for (let from = paragraph.start; from < paragraph.end; ) {
    for (let mark = opening[nextOpen]; mark?.from === from; mark = opening[++nextOpen]) {
      if (mark.mention === null) {
        if (mark.span.start === from) pieces.push({ text: '»', kind: 'focus', role });
        focused = true;
      } else {
        pieces.push({ text: '[', kind: 'open', mention: mark.mention, outer: outer(), role });
        open.push(mark.mention);
      }
    }
    const to = Math.min(
      opening[nextOpen]?.from ?? paragraph.end,
      closing[nextClose]?.to ?? paragraph.end,
    );

    const slice = text.slice(from, to);
    const inner = open[open.length - 1];
    pieces.push(
      inner === undefined
        ? { text: sanitize(slice), kind: 'text', focused, role }
        : {
            text: sanitizeLine(slice),
            kind: 'name',
            mention: inner,
            outer: open.length > 1 ? open.slice(0, -1) : undefined,
            focused,
            role,
          },
    );

    for (let mark = closing[nextClose]; mark?.to === to; mark = closing[++nextClose]) {
      if (mark.mention === null) {
        if (mark.span.end === to) pieces.push({ text: '«', kind: 'focus', role });
        focused = false;
      } else {
        open.splice(open.lastIndexOf(mark.mention), 1);
        pieces.push({
          text: closeText(mark.type),
          kind: 'close',
          mention: mark.mention,
          outer: outer(),
          role,
        });
      }
    }
    from = to;
  }
  return pieces;
}
