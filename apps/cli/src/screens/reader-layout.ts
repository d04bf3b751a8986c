/**
 * Lays a document out for the reader: one entry per terminal row, each a list of pieces that
 * know what they are (text of a role, a mention's brackets or name, a focused span) so the
 * screen can style them without laying out again when the selection moves. Mentions read
 * without colour: `[BGI Group|O]`, the letter naming the entity type; the selected one is drawn
 * `{BGI Group|O}` (same width, so selecting never reflows the text).
 */
import type { Document, EntityType, ParagraphRole, Span } from '@genebelt/model';
import { describeDate, describeFact, ENTITY_TYPE_STYLE } from '../format.js';
import { sanitize, sanitizeLine } from '../sanitize.js';
import { fit, wrap, wrapRanges } from '../text.js';

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
  /** For open, name and close: the index of the mention in ReaderLayout.mentions. */
  mention?: number;
  /** Inside the focused span (a search hit, a sentence the reader was sent to). */
  focused?: boolean;
  role?: ParagraphRole;
}

export interface ReaderLine {
  pieces: Piece[];
}

export interface MentionView {
  id: string;
  entityId: string;
  type: EntityType | null;
  /** The entity's canonical name (the mention's own text may differ). */
  name: string;
  text: string;
  span: Span;
  sentenceId: string;
}

export interface ReaderLayout {
  lines: ReaderLine[];
  mentions: MentionView[];
  /** The first line of each mention, by mention index. */
  mentionLine: number[];
  /** The first line of the focused span, if any. */
  focusLine: number | null;
  /** The mention whose span is the focus, if any. */
  focusMention: number | null;
  /** Entity types the document mentions, in legend order. */
  types: EntityType[];
}

export const GUTTER_WIDTH = 10;

const ROLE_LABEL: Record<ParagraphRole, string> = {
  headline: 'headline',
  'headline-variant': 'repeated',
  deck: 'deck',
  credit: 'credit',
  byline: 'byline',
  dateline: 'dateline',
  body: '¶',
};

export interface EntityInfo {
  type: EntityType;
  name: string;
}

export function closeText(type: EntityType | null): string {
  return type ? `|${ENTITY_TYPE_STYLE[type].letter}]` : ']';
}

/** Wraps pieces of one paragraph into lines of `width` cells. */
function wrapPieces(pieces: readonly Piece[], width: number): Piece[][] {
  const display = pieces.map((piece) => piece.text).join('');
  const starts: number[] = [];
  let offset = 0;
  for (const piece of pieces) {
    starts.push(offset);
    offset += piece.text.length;
  }
  const lines: Piece[][] = [];
  let first = 0;
  for (const [start, end] of wrapRanges(display, width)) {
    const line: Piece[] = [];
    while (
      first < pieces.length &&
      (starts[first] ?? 0) + (pieces[first]?.text.length ?? 0) <= start
    ) {
      first++;
    }
    for (let index = first; index < pieces.length; index++) {
      const piece = pieces[index];
      const pieceStart = starts[index] ?? 0;
      if (!piece || pieceStart >= end) break;
      const from = Math.max(start, pieceStart) - pieceStart;
      const to = Math.min(end, pieceStart + piece.text.length) - pieceStart;
      if (to > from) line.push({ ...piece, text: piece.text.slice(from, to) });
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The reader's lines for a document at a width. `entities` gives the type and name of each
 * mentioned entity (an unknown one is drawn without a type letter).
 */
export function layoutDocument(
  document: Document,
  entities: ReadonlyMap<string, EntityInfo>,
  width: number,
  focus?: Span,
): ReaderLayout {
  const textWidth = Math.max(10, width - GUTTER_WIDTH - 1);
  const { text } = document;

  // Mentions in text order, leaving out any that overlaps the one before it.
  const mentions: MentionView[] = [];
  let lastEnd = -1;
  for (const mention of [...document.mentions].sort(
    (a, b) => a.span.start - b.span.start || b.span.end - a.span.end,
  )) {
    if (mention.span.start < lastEnd) continue;
    lastEnd = mention.span.end;
    const info = entities.get(mention.entityId);
    mentions.push({
      id: mention.id,
      entityId: mention.entityId,
      type: info?.type ?? null,
      name: info?.name ?? mention.entityId,
      text: text.slice(mention.span.start, mention.span.end),
      span: mention.span,
      sentenceId: mention.sentenceId,
    });
  }

  // A focus that is a mention selects it; a focus inside a mention (a search hit on part of a
  // name) selects it too, and is marked as well.
  const focusMentionIndex = focus
    ? mentions.findIndex(
        (mention) => mention.span.start <= focus.start && focus.end <= mention.span.end,
      )
    : -1;
  const focusIsMention =
    focus !== undefined &&
    focusMentionIndex >= 0 &&
    mentions[focusMentionIndex]?.span.start === focus.start &&
    mentions[focusMentionIndex]?.span.end === focus.end;
  const focusSpan = focus && !focusIsMention && focus.end > focus.start ? focus : undefined;

  const lines: ReaderLine[] = [];
  const mentionLine: number[] = new Array(mentions.length).fill(0);
  const types = new Set<EntityType>();
  let focusLine: number | null = null;
  let bodyNumber = 0;
  let next = 0; // the next mention to place

  for (const paragraph of document.paragraphs) {
    const { start, end } = paragraph.span;
    const role = paragraph.role;
    const label = role === 'body' ? `¶ ${++bodyNumber}` : ROLE_LABEL[role];

    // Cut points: mention edges and focus edges inside the paragraph.
    const pieces: Piece[] = [];
    const cuts = new Set<number>([start, end]);
    while (next < mentions.length && (mentions[next]?.span.start ?? end) < start) next++;
    for (let index = next; index < mentions.length; index++) {
      const mention = mentions[index];
      if (!mention || mention.span.start >= end) break;
      cuts.add(mention.span.start);
      cuts.add(Math.min(end, mention.span.end));
    }
    if (focusSpan) {
      if (focusSpan.start > start && focusSpan.start < end) cuts.add(focusSpan.start);
      if (focusSpan.end > start && focusSpan.end < end) cuts.add(focusSpan.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    let current = next;
    for (let index = 0; index + 1 < points.length; index++) {
      const from = points[index] ?? start;
      const to = points[index + 1] ?? end;
      while (current < mentions.length && (mentions[current]?.span.end ?? 0) <= from) current++;
      const mention = mentions[current];
      const inMention =
        mention !== undefined && mention.span.start <= from && to <= mention.span.end;
      const focused = focusSpan !== undefined && focusSpan.start <= from && to <= focusSpan.end;
      const opensMention = inMention && mention !== undefined && from === mention.span.start;
      const opensFocus = focusSpan !== undefined && from === focusSpan.start;
      // When a mention and the focus open (or close) at the same place, the outer one opens
      // first and closes last, so the marks nest: [Qaiser »Nawab«|P].
      const focusOutside =
        focusSpan !== undefined && mention !== undefined && focusSpan.end > mention.span.end;
      if (opensFocus && (!opensMention || focusOutside)) {
        pieces.push({ text: '»', kind: 'focus', role });
      }
      if (opensMention && mention) {
        pieces.push({ text: '[', kind: 'open', mention: current, role });
        if (mention.type) types.add(mention.type);
      }
      if (opensFocus && opensMention && !focusOutside) {
        pieces.push({ text: '»', kind: 'focus', role });
      }
      const slice = text.slice(from, to);
      pieces.push({
        text: inMention ? sanitizeLine(slice) : sanitize(slice),
        kind: inMention ? 'name' : 'text',
        mention: inMention ? current : undefined,
        focused,
        role,
      });
      const closesMention =
        inMention && mention !== undefined && to === Math.min(end, mention.span.end);
      const closesFocus = focusSpan !== undefined && to === focusSpan.end;
      const focusInside =
        focusSpan !== undefined && mention !== undefined && focusSpan.start > mention.span.start;
      if (closesFocus && closesMention && focusInside) {
        pieces.push({ text: '«', kind: 'focus', role });
      }
      if (closesMention && mention) {
        pieces.push({ text: closeText(mention.type), kind: 'close', mention: current, role });
      }
      if (closesFocus && !(closesMention && focusInside)) {
        pieces.push({ text: '«', kind: 'focus', role });
      }
    }
    next = current;

    const wrapped = wrapPieces(pieces, textWidth);
    wrapped.forEach((linePieces, index) => {
      const lineNumber = lines.length;
      for (const piece of linePieces) {
        if (piece.kind === 'open' && piece.mention !== undefined) {
          mentionLine[piece.mention] = lineNumber;
        }
        if ((piece.kind === 'focus' || piece.focused) && focusLine === null) focusLine = lineNumber;
      }
      lines.push({
        pieces: [
          { text: `${fit(index === 0 ? label : '', GUTTER_WIDTH - 1)} `, kind: 'gutter', role },
          ...linePieces,
        ],
      });
    });
    lines.push({ pieces: [] });
  }

  if (focusMentionIndex >= 0) focusLine = mentionLine[focusMentionIndex] ?? null;

  // Where the text comes from, and how each fact about it is known.
  lines.push({ pieces: [{ text: 'Source', kind: 'heading' }] });
  const source = document.source;
  const facts: [string, string][] = [
    ['publisher', describeFact(source.publisher)],
    ['URL', describeFact(source.url)],
    ['published', describeDate(source.published)],
    ['cites', describeFact(source.citedOutlet)],
    ['file', `sources/${source.fileName} (SHA-256 ${source.rawDigest.slice(0, 12)}…)`],
    ['document', `documents/${document.id} · ${document.language}`],
  ];
  for (const [name, value] of facts) {
    wrap(sanitizeLine(value), textWidth).forEach((line, index) => {
      lines.push({
        pieces: [
          { text: `${fit(index === 0 ? name : '', GUTTER_WIDTH - 1)} `, kind: 'gutter' },
          { text: line, kind: 'meta' },
        ],
      });
    });
  }

  return {
    lines,
    mentions,
    mentionLine,
    focusLine,
    focusMention: focusMentionIndex >= 0 ? focusMentionIndex : null,
    types: [...types].sort(
      (a, b) =>
        Object.keys(ENTITY_TYPE_STYLE).indexOf(a) - Object.keys(ENTITY_TYPE_STYLE).indexOf(b),
    ),
  };
}
