/**
 * Reader: the normalised text with its structure in a gutter (headline, deck, credit, ¶ n),
 * mentions marked by entity type (a name inside another drawn nested in it), a legend, and where
 * the text comes from. `n`/`p` move between mentions in text order, an outer mention before the
 * names inside it; Enter opens the selected mention's entity. Only the rows in view are drawn.
 */
import type { Document, Span } from '@genebelt/model';
import { Box } from 'ink';
import { useMemo } from 'react';
import { Line, type Run, type Style } from '../components/line.js';
import { ENTITY_TYPE_STYLE, sourceLine } from '../format.js';
import { commandFor, READER_KEYS } from '../keys.js';
import { type Focus, useActions, useBodySize, useCorpus, useScreenMemory } from '../state.js';
import { truncate } from '../text.js';
import { useKeys } from '../use-keys.js';
import { type EntityInfo, layoutDocument, type Piece, type ReaderLayout } from './reader-layout.js';

const ROLE_STYLE: Record<string, Style> = {
  headline: { bold: true },
  'headline-variant': { dim: true, italic: true },
  deck: { italic: true },
  credit: { dim: true },
  byline: { dim: true },
  dateline: { dim: true },
  body: {},
};

/**
 * A piece as drawn with `selected` as the selected mention. Only the selected mention's brackets
 * change (to `{` `}`, the same width); its text is drawn inverse, and so is everything inside
 * it, the brackets and names of mentions nested in it included, so an outer mention reads as one
 * block while an inner one selected shows just the inner name.
 */
export function pieceRun(piece: Piece, layout: ReaderLayout, selected: number): Run {
  const mention = piece.mention === undefined ? undefined : layout.mentions[piece.mention];
  const isSelected = piece.mention !== undefined && piece.mention === selected;
  const inSelected = piece.outer?.includes(selected) ?? false;
  const typeColor = mention?.type ? ENTITY_TYPE_STYLE[mention.type].color : undefined;
  const bracket: Style = {
    color: typeColor,
    bold: isSelected,
    dim: !isSelected && !inSelected,
    inverse: inSelected,
  };
  switch (piece.kind) {
    case 'gutter':
      return { text: piece.text, style: { dim: true } };
    case 'heading':
      return { text: piece.text, style: { bold: true, underline: true } };
    case 'meta':
      return { text: piece.text, style: { dim: false } };
    case 'focus':
      return { text: piece.text, style: { bold: true, color: 'magenta' } };
    case 'open':
      return { text: isSelected ? '{' : piece.text, style: bracket };
    case 'close':
      return { text: isSelected ? `${piece.text.slice(0, -1)}}` : piece.text, style: bracket };
    case 'name':
      return {
        text: piece.text,
        style: {
          ...ROLE_STYLE[piece.role ?? 'body'],
          color: typeColor,
          inverse: isSelected || inSelected,
          underline: piece.focused,
        },
      };
    case 'text':
      return {
        text: piece.text,
        style: piece.focused
          ? { ...ROLE_STYLE[piece.role ?? 'body'], underline: true, bold: true, color: 'magenta' }
          : ROLE_STYLE[piece.role ?? 'body'],
      };
  }
}

const SHORT_LABEL: Record<string, string> = { organization: 'org', initiative: 'init' };

/** The legend of the types a document mentions, shortened until it fits. */
export function legendRuns(layout: ReaderLayout, width: number): Run[] {
  if (layout.types.length === 0) {
    return [{ text: 'No mentions in this document.', style: { dim: true } }];
  }
  const attempt = (short: boolean): Run[] => {
    const runs: Run[] = [{ text: '[name|T] ', style: { dim: true } }];
    for (const type of layout.types) {
      const style = ENTITY_TYPE_STYLE[type];
      const label = short ? (SHORT_LABEL[type] ?? style.label) : style.label;
      runs.push({ text: style.letter, style: { color: style.color, bold: true } });
      runs.push({ text: ` ${label}  ` });
    }
    return runs;
  };
  const full = attempt(false);
  const length = full.reduce((sum, run) => sum + run.text.length, 0);
  return length <= width ? full : attempt(true);
}

function resolveFocus(document: Document | null, focus: Focus | undefined): Span | undefined {
  if (!document || !focus) return undefined;
  if (focus.span) return focus.span;
  if (focus.sentenceId) {
    return document.sentences.find((sentence) => sentence.id === focus.sentenceId)?.span;
  }
  return undefined;
}

export function ReaderScreen({
  active,
  documentId,
  focus,
}: {
  active: boolean;
  documentId: string;
  focus?: Focus;
}) {
  const corpus = useCorpus();
  const actions = useActions();
  const { width, height } = useBodySize();
  const document = useMemo(() => corpus.document(documentId), [corpus, documentId]);
  const entities = useMemo(() => {
    const map = new Map<string, EntityInfo>();
    for (const mention of document?.mentions ?? []) {
      if (map.has(mention.entityId)) continue;
      const entity = corpus.entity(mention.entityId);
      if (entity) map.set(mention.entityId, { type: entity.type, name: entity.name });
    }
    return map;
  }, [corpus, document]);
  const focusSpan = useMemo(() => resolveFocus(document, focus), [document, focus]);
  const layout = useMemo(
    () => (document ? layoutDocument(document, entities, width, focusSpan) : null),
    [document, entities, width, focusSpan],
  );

  const textHeight = Math.max(1, height - 3);
  const [selected, setSelected] = useScreenMemory('mention', () => layout?.focusMention ?? -1);
  const [storedTop, setTop] = useScreenMemory('top', () =>
    layout?.focusLine != null ? Math.max(0, layout.focusLine - Math.floor(textHeight / 3)) : 0,
  );
  const lineCount = layout?.lines.length ?? 0;
  const maxTop = Math.max(0, lineCount - textHeight);
  const top = Math.min(storedTop, maxTop);

  const reveal = (index: number) => {
    if (!layout) return;
    const line = layout.mentionLine[index] ?? 0;
    setSelected(index);
    if (line < top || line >= top + textHeight) {
      setTop(Math.max(0, Math.min(maxTop, line - Math.floor(textHeight / 3))));
    }
  };

  useKeys(
    (input, key) => {
      if (!layout) return;
      const command = commandFor(READER_KEYS, input, key);
      const page = Math.max(1, textHeight - 1);
      const count = layout.mentions.length;
      switch (command) {
        case 'up':
          setTop(Math.max(0, top - 1));
          return;
        case 'down':
          setTop(Math.min(maxTop, top + 1));
          return;
        case 'pageUp':
          setTop(Math.max(0, top - page));
          return;
        case 'pageDown':
          setTop(Math.min(maxTop, top + page));
          return;
        case 'top':
          setTop(0);
          return;
        case 'bottom':
          setTop(maxTop);
          return;
        case 'nextMention': {
          if (count === 0) return;
          if (selected < 0 || (layout.mentionLine[selected] ?? 0) < top) {
            // Start from the first mention in view.
            const first = layout.mentionLine.findIndex((line) => line >= top);
            reveal(Math.max(first, 0));
          } else {
            reveal(Math.min(count - 1, selected + 1));
          }
          return;
        }
        case 'previousMention': {
          if (count === 0) return;
          if (selected < 0 || (layout.mentionLine[selected] ?? 0) >= top + textHeight) {
            let last = -1;
            layout.mentionLine.forEach((line, index) => {
              if (line < top + textHeight) last = index;
            });
            reveal(last >= 0 ? last : count - 1);
          } else {
            reveal(Math.max(0, selected - 1));
          }
          return;
        }
        case 'openEntity': {
          const mention = layout.mentions[selected];
          if (mention) actions.open({ screen: 'entity', entityId: mention.entityId });
          return;
        }
        case null:
          return;
      }
    },
    { isActive: active },
  );

  if (!document || !layout) {
    return (
      <Box flexDirection="column" height={height}>
        <Line
          runs={[
            { text: `There is no document “${documentId}” in this corpus.`, style: { bold: true } },
          ]}
        />
        <Line runs={[{ text: 'Esc goes back.', style: { dim: true } }]} />
      </Box>
    );
  }

  const mention = layout.mentions[selected];
  const position = `lines ${top + 1}–${Math.min(lineCount, top + textHeight)} of ${lineCount}`;
  const info: Run[] = mention
    ? [
        { text: `mention ${selected + 1}/${layout.mentions.length} `, style: { bold: true } },
        {
          text: mention.name,
          style: {
            color: mention.type ? ENTITY_TYPE_STYLE[mention.type].color : undefined,
            bold: true,
          },
        },
        {
          text: ` ${mention.type ?? 'unknown type'} · Enter opens it · ${position}`,
          style: { dim: true },
        },
      ]
    : [
        {
          text: truncate(document.title, Math.max(10, width - position.length - 30)),
          style: { bold: true },
        },
        {
          text: ` · ${layout.mentions.length} mentions, n/p to move · ${position}`,
          style: { dim: true },
        },
      ];

  const legend = legendRuns(layout, width);

  const rows = layout.lines
    .slice(top, top + textHeight)
    .map((line, index) => (
      <Line key={index} runs={line.pieces.map((piece) => pieceRun(piece, layout, selected))} />
    ));
  return (
    <Box flexDirection="column" height={height}>
      <Line runs={info} />
      <Line runs={[{ text: `Source: ${sourceLine(document.source)}`, style: { dim: true } }]} />
      <Box flexDirection="column" height={textHeight} overflowY="hidden">
        {rows}
      </Box>
      <Line runs={legend} />
    </Box>
  );
}
