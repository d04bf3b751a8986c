/**
 * Library: every document with its publication date (and how precise it is), publisher and
 * mention count. `/` filters as you type, `s` switches between title and date order.
 */
import type { DocumentSummary } from '@genebelt/model';
import { Box } from 'ink';
import { useMemo } from 'react';
import { Line, type Run } from '../components/line.js';
import { ListWindow, useListCursor } from '../components/list.js';
import { editFilter, TextField } from '../components/text-field.js';
import { formatDate, plural } from '../format.js';
import { commandFor, LIBRARY_KEYS } from '../keys.js';
import { useActions, useBodySize, useCorpus, useNavigation, useScreenMemory } from '../state.js';
import { fit } from '../text.js';
import { useKeys } from '../use-keys.js';

type Sort = 'title' | 'published';

const DATE_WIDTH = 17;
const MENTIONS_WIDTH = 9;

/** Column widths for a terminal `width` wide (after the two-cell cursor). */
function columnsFor(width: number): { publisher: number; title: number } {
  const rest = width - 2 - DATE_WIDTH - MENTIONS_WIDTH - 3;
  const publisher = Math.max(8, Math.min(24, Math.floor(rest * 0.3)));
  return { publisher, title: Math.max(10, rest - publisher) };
}

export function libraryRow(document: DocumentSummary, width: number): Run[] {
  const columns = columnsFor(width);
  return [
    { text: fit(formatDate(document.published), DATE_WIDTH), style: { color: 'yellow' } },
    { text: ' ' },
    {
      text: fit(document.publisher ?? 'unknown', columns.publisher),
      style: { dim: !document.publisher },
    },
    { text: ' ' },
    { text: fit(String(document.counts.mentions), MENTIONS_WIDTH - 1, 'right') },
    { text: '  ' },
    { text: fit(document.title, columns.title), style: { bold: true } },
  ];
}

export function LibraryScreen({ active }: { active: boolean }) {
  const corpus = useCorpus();
  const actions = useActions();
  const { editing } = useNavigation();
  const { width, height } = useBodySize();
  const [filter, setFilter] = useScreenMemory('filter', '');
  const [sort, setSort] = useScreenMemory<Sort>('sort', 'title');
  const documents = useMemo(
    () => corpus.documents({ sort, filter: filter.trim() || undefined }),
    [corpus, sort, filter],
  );
  const total = useMemo(() => corpus.overview().documentCount, [corpus]);
  const listHeight = Math.max(1, height - 3);
  const list = useListCursor(documents.length, listHeight);

  useKeys(
    (input, key) => {
      if (editing) {
        editFilter(filter, input, key, setFilter, () => actions.setEditing(false));
        return;
      }
      const command = commandFor(LIBRARY_KEYS, input, key);
      switch (command) {
        case 'filter':
          actions.setEditing(true);
          return;
        case 'sort':
          setSort(sort === 'title' ? 'published' : 'title');
          return;
        case 'open': {
          const document = documents[list.cursor];
          if (document) actions.open({ screen: 'reader', documentId: document.id });
          return;
        }
        case null:
          return;
        default:
          list.move(command);
      }
    },
    { isActive: active },
  );

  const columns = columnsFor(width);
  // The selected document in full: the title column cuts long headlines.
  const selected = documents[list.cursor];
  const shown =
    documents.length === total
      ? plural(total, 'document')
      : `${documents.length.toLocaleString('en')} of ${plural(total, 'document')}`;
  const sortLabel = sort === 'title' ? 'by title' : 'by publication date';
  return (
    <Box flexDirection="column" height={height}>
      {editing || filter ? (
        <TextField label="Filter:" value={filter} editing={editing} width={width} after={shown} />
      ) : (
        <Line
          runs={[
            { text: `${shown} · sorted ${sortLabel}`, style: { bold: true } },
            { text: '   / filter · s sort · Enter read', style: { dim: true } },
          ]}
        />
      )}
      <Line
        runs={[
          {
            text: `  ${fit('Published', DATE_WIDTH)} ${fit('Publisher', columns.publisher)} ${fit('Mentions', MENTIONS_WIDTH - 1, 'right')}  Title`,
            style: { dim: true, underline: true },
          },
        ]}
      />
      <ListWindow
        count={documents.length}
        start={list.start}
        height={listHeight}
        cursor={list.cursor}
        active={active && !editing}
        render={(index) => {
          const document = documents[index];
          return document ? libraryRow(document, width) : [];
        }}
        empty={
          <Line
            runs={[
              {
                text: `  No document matches “${filter}”. / then Esc clears the filter.`,
                style: { dim: true },
              },
            ]}
          />
        }
      />
      <Line
        runs={
          selected
            ? [
                { text: `documents/${selected.id}`, style: { dim: true } },
                { text: ` · ${selected.title}` },
              ]
            : []
        }
      />
    </Box>
  );
}
