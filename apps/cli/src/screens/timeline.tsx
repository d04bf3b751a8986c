/**
 * Timeline: events and dated statements in date order, each date with its precision; entries
 * whose date is unresolved are listed apart with the reason, never placed by a guess.
 */
import type { TimelineEntry } from '@genebelt/model';
import { Box } from 'ink';
import { useMemo } from 'react';
import { Line, type Run } from '../components/line.js';
import { ListWindow, useListCursor } from '../components/list.js';
import { describeDate, formatDate, plural } from '../format.js';
import { commandFor, TIMELINE_KEYS } from '../keys.js';
import { useActions, useBodySize, useCorpus } from '../state.js';
import { fit, truncate } from '../text.js';
import { useKeys } from '../use-keys.js';
import { TimelineWindow } from './timeline-window.js';

const DATE_WIDTH = 18;
const KIND_WIDTH = 12;

export function timelineRow(entry: TimelineEntry, width: number): Run[] {
  return [
    {
      text: fit(formatDate(entry.date), DATE_WIDTH),
      style: {
        color: entry.date.status === 'resolved' ? 'yellow' : undefined,
        dim: entry.date.status !== 'resolved',
      },
    },
    { text: ' ' },
    {
      text: fit(entry.kind === 'event' ? (entry.eventType ?? 'event') : 'statement', KIND_WIDTH),
      style: { dim: entry.kind !== 'event', bold: entry.kind === 'event' },
    },
    { text: ' ' },
    { text: fit(entry.summary, Math.max(10, width - 2 - DATE_WIDTH - KIND_WIDTH - 2)) },
  ];
}

export function TimelineScreen({ active }: { active: boolean }) {
  const corpus = useCorpus();
  const actions = useActions();
  const { width, height } = useBodySize();
  // Only the entries near the cursor are held; positions and counts need none of them.
  const timeline = useMemo(() => new TimelineWindow(corpus), [corpus]);
  const dated = timeline.datedTotal;
  const undated = timeline.undatedTotal;
  // Rows: a heading, the dated entries, a heading, the undated entries.
  const count = dated + undated + 2;
  const isEntry = (index: number) =>
    (index >= 1 && index <= dated) || (index >= dated + 2 && index < count);
  const entryAt = (index: number): TimelineEntry | undefined =>
    isEntry(index) ? timeline.entry(index <= dated ? index - 1 : index - 2) : undefined;
  const listHeight = Math.max(1, height - 3);
  const list = useListCursor(count, listHeight, isEntry);

  useKeys(
    (input, key) => {
      const command = commandFor(TIMELINE_KEYS, input, key);
      if (command === null) return;
      if (command === 'open') {
        const entry = entryAt(list.cursor);
        if (entry) {
          actions.open({
            screen: 'reader',
            documentId: entry.documentId,
            focus: { sentenceId: entry.sentenceId },
          });
        }
        return;
      }
      list.move(command);
    },
    { isActive: active },
  );

  const current = entryAt(list.cursor);
  const detail = current
    ? truncate(
        `${describeDate(current.date)} — documents/${current.documentId} ${current.sentenceId}`,
        width,
      )
    : '';
  return (
    <Box flexDirection="column" height={height}>
      <Line
        runs={[
          {
            text: `${plural(dated, 'dated entry', 'dated entries')}, ${plural(undated, 'undated entry', 'undated entries')} · Enter reads the sentence`,
            style: { bold: true },
          },
        ]}
      />
      <Line runs={[{ text: detail || ' ', style: { dim: true } }]} />
      <ListWindow
        count={count}
        start={list.start}
        height={listHeight}
        cursor={list.cursor}
        active={active}
        render={(index) => {
          if (index === 0) {
            return [
              {
                text: `In date order (${dated}); the precision of each date in brackets`,
                style: { bold: true, underline: true },
              },
            ];
          }
          if (index === dated + 1) {
            return [
              {
                text: `Undated (${undated}): the text does not say when, so they are not placed`,
                style: { bold: true, underline: true },
              },
            ];
          }
          const entry = entryAt(index);
          return entry ? timelineRow(entry, width) : [];
        }}
      />
      <Line runs={[{ text: current ? current.summary : ' ' }]} />
    </Box>
  );
}
