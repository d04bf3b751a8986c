import type { EntityType, Mention } from '@genebelt/model';
import { ENTITY_TYPE_STYLE } from './format.js';

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
  const inRange = mentions
    .filter((mention) => mention.span.start >= from && mention.span.end <= to)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return marked(text, from, to, inRange, types);
}

function marked(
  text: string,
  from: number,
  to: number,
  sorted: readonly Pick<Mention, 'span' | 'entityId'>[],
  types: ReadonlyMap<string, EntityType>,
): string {
  let out = '';
  let position = from;
  let index = 0;
  while (index < sorted.length) {
    const mention = sorted[index] as Pick<Mention, 'span' | 'entityId'>;
    const { start, end } = mention.span;
    let next = index + 1;
    while (next < sorted.length && (sorted[next]?.span.start ?? end) < end) next += 1;
    if (start >= position) {
      const inside = sorted.slice(index + 1, next).filter((inner) => inner.span.end <= end);
      const type = types.get(mention.entityId);
      out += text.slice(position, start);
      out += `[${marked(text, start, end, inside, types)}${type ? `|${ENTITY_TYPE_STYLE[type].letter}` : ''}]`;
      position = end;
    }
    index = next;
  }
  return out + text.slice(position, to);
}
