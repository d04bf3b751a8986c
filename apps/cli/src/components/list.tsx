/**
 * Windowed lists: only the rows in view are built and drawn, so a list of 100,000 items costs
 * what a list of 30 does. The cursor and the first row in view live in the screen's memory.
 */
import { Box } from 'ink';
import type { ReactNode } from 'react';
import type { ListCommand } from '../keys.js';
import { useScreenMemory } from '../state.js';
import { Line, type Run } from './line.js';

/** The first row in view so that `cursor` is visible, moving the window as little as it can. */
export function windowStart(start: number, cursor: number, height: number, count: number): number {
  if (count <= height || height <= 0) return 0;
  let next = start;
  if (cursor < next) next = cursor;
  else if (cursor >= next + height) next = cursor - height + 1;
  return Math.max(0, Math.min(next, count - height));
}

export interface ListCursor {
  cursor: number;
  start: number;
  move(command: ListCommand): void;
  select(index: number, options?: { top?: boolean }): void;
}

/**
 * A cursor over `count` rows of which those for which `selectable` says so can be selected (all,
 * by default), in a window of `height` rows.
 */
export function useListCursor(
  count: number,
  height: number,
  selectable?: (index: number) => boolean,
  memoryKey = 'list',
): ListCursor {
  const [stored, setStored] = useScreenMemory(memoryKey, { cursor: -1, start: 0 });
  const canSelect = selectable ?? (() => true);

  const first = () => {
    for (let index = 0; index < count; index++) if (canSelect(index)) return index;
    return -1;
  };
  const last = () => {
    for (let index = count - 1; index >= 0; index--) if (canSelect(index)) return index;
    return -1;
  };
  const nearest = (from: number, step: 1 | -1) => {
    for (let index = from; index >= 0 && index < count; index += step) {
      if (canSelect(index)) return index;
    }
    return -1;
  };

  let cursor = stored.cursor;
  if (cursor >= count || cursor < 0 || !canSelect(cursor)) {
    cursor = cursor >= count ? last() : first();
  }
  const start = windowStart(stored.start, Math.max(0, cursor), height, count);

  /** Moves the cursor; moving up to the first selectable row also shows the rows above it. */
  const put = (next: number, revealAbove = false) => {
    if (next < 0) return;
    let nextStart = windowStart(start, next, height, count);
    if (revealAbove) {
      let above = next;
      while (above > 0 && !canSelect(above - 1) && next - (above - 1) < height) above--;
      nextStart = Math.min(nextStart, above);
    }
    setStored({ cursor: next, start: nextStart });
  };

  const move = (command: ListCommand) => {
    const page = Math.max(1, height - 1);
    switch (command) {
      case 'up': {
        const next = nearest(cursor - 1, -1);
        if (next >= 0) put(next, true);
        else setStored({ cursor, start: 0 });
        return;
      }
      case 'down': {
        const next = nearest(cursor + 1, 1);
        if (next >= 0) put(next);
        else if (count > height) setStored({ cursor, start: count - height });
        return;
      }
      case 'pageUp': {
        const target = Math.max(0, cursor - page);
        let next = nearest(target, -1);
        if (next < 0) next = nearest(target, 1);
        if (target === 0) setStored({ cursor: next, start: 0 });
        else put(next, true);
        return;
      }
      case 'pageDown': {
        const target = Math.min(count - 1, cursor + page);
        let next = nearest(target, 1);
        if (next < 0) next = nearest(target, -1);
        put(next);
        return;
      }
      case 'top':
        setStored({ cursor: first(), start: 0 });
        return;
      case 'bottom':
        put(last());
        return;
      case 'open':
        return;
    }
  };

  const select = (index: number, options: { top?: boolean } = {}) => {
    if (index < 0 || index >= count) return;
    const nextStart = options.top
      ? Math.max(0, Math.min(index, count - height))
      : windowStart(start, index, height, count);
    setStored({ cursor: index, start: nextStart });
  };

  return { cursor, start, move, select };
}

/** Draws rows start … start + height − 1 of a list, building only those. */
export function ListWindow({
  count,
  start,
  height,
  cursor,
  active,
  render,
  empty,
}: {
  count: number;
  start: number;
  height: number;
  cursor: number;
  /** Whether the list has the keyboard (the cursor is drawn brighter). */
  active: boolean;
  render: (index: number, selected: boolean) => readonly Run[];
  empty?: ReactNode;
}) {
  const rows: ReactNode[] = [];
  const end = Math.min(count, start + height);
  for (let index = start; index < end; index++) {
    const selected = index === cursor;
    const marker: Run = selected
      ? { text: '> ', style: { bold: true, inverse: active, color: 'cyan' } }
      : { text: '  ' };
    rows.push(<Line key={index} runs={[marker, ...render(index, selected)]} />);
  }
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      {count === 0 && empty ? empty : rows}
    </Box>
  );
}
