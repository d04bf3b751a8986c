import type { EntityType, Mention, Span } from '@genebelt/model';
import { ENTITY_TYPE_STYLE } from './format.js';

/**
 * The mentions that can be drawn as brackets, in text order (by start, then longest first, so an
 * outer mention comes before the names inside it). A mention wholly inside another is kept, to be
 * drawn nested; one that crosses a kept mention (overlapping it without either holding the other)
 * cannot nest, so the later one is left out. The reader (`screens/reader-layout.ts`) and
 * `show --marks` both draw from this one choice.
 */
export function nestingMentions<T extends { span: Span }>(mentions: readonly T[]): T[] {
  const kept: T[] = [];
  const around: Span[] = []; // kept spans holding the current position, outermost first
  for (const mention of [...mentions].sort(
    (a, b) => a.span.start - b.span.start || b.span.end - a.span.end,
  )) {
    const { start, end } = mention.span;
    while ((around[around.length - 1]?.end ?? Number.POSITIVE_INFINITY) <= start) around.pop();
    const parent = around[around.length - 1];
    if (parent && end > parent.end) continue;
    around.push(mention.span);
    kept.push(mention);
  }
  return kept;
}

/**
 * `text[from, to)` with its mentions marked `[name|T]`, a name inside another nested within it
 * (`[University of [Southern Indiana|L]|O]`). Mentions that cross an earlier one are left out.
 */
export function markMentions(
  text: string,
  from: number,
  to: number,
  mentions: readonly Pick<Mention, 'span' | 'entityId'>[],
  types: ReadonlyMap<string, EntityType>,
): string {
  const drawn = nestingMentions(
    mentions.filter((mention) => mention.span.start >= from && mention.span.end <= to),
  );
  let out = '';
  let position = from;
  const open: Pick<Mention, 'span' | 'entityId'>[] = [];
  const close = () => {
    const mention = open.pop();
    if (!mention) return;
    const type = types.get(mention.entityId);
    out += `${text.slice(position, mention.span.end)}${type ? `|${ENTITY_TYPE_STYLE[type].letter}` : ''}]`;
    position = mention.span.end;
  };
  for (const mention of drawn) {
    while (open.length > 0 && (open[open.length - 1]?.span.end ?? 0) <= mention.span.start) {
      close();
    }
    out += `${text.slice(position, mention.span.start)}[`;
    position = mention.span.start;
    open.push(mention);
  }
  while (open.length > 0) close();
  return out + text.slice(position, to);
}
