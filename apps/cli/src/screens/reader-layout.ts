/**
 * Lays a document out for the reader: one entry per terminal row, each a list of pieces that
 * know what they are (text of a role, a mention's brackets or name, a focused span) so the
 * screen can style them without laying out again when the selection moves. Mentions read
 * without colour: `[BGI Group|O]`, the letter naming the entity type; the selected one is drawn
 * `{BGI Group|O}` (same width, so selecting never reflows the text). A name inside another is
 * drawn inside it, `[University of [Southern Indiana|L]|O]`, as the site and `show --marks` do.
 */
import type { Document, EntityType, ParagraphRole, Span } from '@genebelt/model';
import { describeDate, describeFact, ENTITY_TYPE_STYLE } from '../format.js';
import { nestingMentions } from '../mark-mentions.js';
import { sanitizeLine } from '../sanitize.js';
import { fit, wrap, wrapRanges } from '../text.js';
import { type Mark, type Piece, paragraphPieces } from './reader-pieces.js';

export type { Piece, PieceKind } from './reader-pieces.js';

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
  /** The mentions drawn, in text order: by start, an outer one before the names inside it. */
  mentions: MentionView[];
  /** The line of each mention's opening bracket, by mention index. */
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
 * The mentions that can be drawn (see nestingMentions: outer before inner, crossing ones left
 * out), as the reader shows them. An empty mention has no text to bracket.
 */
function drawnMentions(
  document: Document,
  entities: ReadonlyMap<string, EntityInfo>,
): MentionView[] {
  const drawable = document.mentions.filter((mention) => mention.span.end > mention.span.start);
  return nestingMentions(drawable).map((mention) => {
    const info = entities.get(mention.entityId);
    return {
      id: mention.id,
      entityId: mention.entityId,
      type: info?.type ?? null,
      name: info?.name ?? mention.entityId,
      text: document.text.slice(mention.span.start, mention.span.end),
      span: mention.span,
      sentenceId: mention.sentenceId,
    };
  });
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

  const mentions = drawnMentions(document, entities);

  // A focus that is a mention selects it; a focus inside a mention (a search hit on part of a
  // name) selects it too, and is marked as well. Drawn mentions nest or are apart, so those
  // holding the focus form a chain, and the last of them in text order is the innermost.
  let focusMentionIndex = -1;
  if (focus) {
    mentions.forEach((mention, index) => {
      if (mention.span.start <= focus.start && focus.end <= mention.span.end) {
        focusMentionIndex = index;
      }
    });
  }
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

    // The mentions that start in this paragraph (one running past its end is cut there), and
    // the part of the focus inside it.
    const marks: Mark[] = [];
    while (next < mentions.length && (mentions[next]?.span.start ?? end) < start) next++;
    for (; next < mentions.length; next++) {
      const mention = mentions[next];
      if (!mention || mention.span.start >= end) break;
      const { span, type } = mention;
      marks.push({ mention: next, type, span, from: span.start, to: Math.min(end, span.end) });
      if (type) types.add(type);
    }
    if (focusSpan && focusSpan.start < end && start < focusSpan.end) {
      marks.push({
        mention: null,
        type: null,
        span: focusSpan,
        from: Math.max(start, focusSpan.start),
        to: Math.min(end, focusSpan.end),
      });
    }
    const pieces = paragraphPieces(text, paragraph.span, role, marks);

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
