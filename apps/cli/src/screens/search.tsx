/**
 * Search: type a query in the corpus search language, read the matching sentences as
 * keyword-in-context lines with their document and score, open one in the reader at the hit.
 */
import type { SearchHit, SearchResult } from '@genebelt/model';
import { Box } from 'ink';
import { useEffect, useMemo } from 'react';
import { kwicRuns } from '../components/kwic.js';
import { Line, type Run } from '../components/line.js';
import { useListCursor } from '../components/list.js';
import { editText, TextField } from '../components/text-field.js';
import { plural } from '../format.js';
import { commandFor, SEARCH_KEYS } from '../keys.js';
import { useActions, useBodySize, useCorpus, useNavigation, useScreenMemory } from '../state.js';
import { fit, truncate } from '../text.js';
import { useKeys } from '../use-keys.js';

export const SEARCH_PAGE = 100;
export const SEARCH_SYNTAX =
  'words  "a phrase"  prefix*  -exclude  type:person  entity:<id>  doc:<id>  from:2017  to:2017-06';

/** A hit as two rows: the words in context, then where it is and how well it matched. */
export function hitRows(hit: SearchHit, width: number, selected: boolean): [Run[], Run[]] {
  const marker: Run = selected
    ? { text: '> ', style: { bold: true, inverse: true, color: 'cyan' } }
    : { text: '  ' };
  return [
    [marker, ...kwicRuns(hit.context, width - 2)],
    [
      { text: '  ' },
      {
        text: truncate(
          `score ${hit.score.toFixed(2)} · ${hit.sentenceId} · ${hit.documentTitle}`,
          width - 4,
        ),
        style: { dim: true },
      },
    ],
  ];
}

function facetLine(result: SearchResult, width: number): string {
  const parts: string[] = [];
  const types = result.facets.entityType.map((facet) => `${facet.label} ${facet.count}`);
  if (types.length) parts.push(`types: ${types.join(', ')}`);
  const years = result.facets.year.map((facet) => `${facet.label} ${facet.count}`);
  if (years.length) parts.push(`years: ${years.join(', ')}`);
  return truncate(parts.join(' · '), width);
}

export function SearchScreen({ active, initialQuery }: { active: boolean; initialQuery?: string }) {
  const corpus = useCorpus();
  const actions = useActions();
  const { editing } = useNavigation();
  const { width, height } = useBodySize();
  const [query, setQuery] = useScreenMemory('query', initialQuery ?? '');
  const [submitted, setSubmitted] = useScreenMemory<string | null>(
    'submitted',
    initialQuery ? initialQuery : null,
  );
  const [loaded, setLoaded] = useScreenMemory('loaded', SEARCH_PAGE);
  const contextWidth = Math.max(10, Math.floor((width - 4) / 2));
  const result = useMemo(
    () =>
      submitted === null || submitted.trim() === ''
        ? null
        : corpus.search(submitted, { limit: loaded, width: contextWidth }),
    [corpus, submitted, loaded, contextWidth],
  );
  const hits = result?.hits ?? [];
  const listHeight = Math.max(2, height - 4);
  const perPage = Math.max(1, Math.floor(listHeight / 2));
  const list = useListCursor(hits.length, perPage);

  // Fetch the next page when the cursor nears the end of what is loaded.
  useEffect(() => {
    if (
      result &&
      list.cursor >= hits.length - 3 &&
      hits.length < result.total &&
      hits.length >= loaded
    ) {
      setLoaded(loaded + SEARCH_PAGE);
    }
  }, [result, list.cursor, hits.length, loaded, setLoaded]);

  useKeys(
    (input, key) => {
      if (editing) {
        const outcome = editText(query, input, key);
        if (outcome.value !== query) setQuery(outcome.value);
        if (outcome.done === 'submit') {
          setSubmitted(outcome.value);
          setLoaded(SEARCH_PAGE);
          list.select(0, { top: true });
          actions.setEditing(false);
        } else if (outcome.done === 'cancel') {
          actions.setEditing(false);
        }
        return;
      }
      const command = commandFor(SEARCH_KEYS, input, key);
      switch (command) {
        case 'edit':
          actions.setEditing(true);
          return;
        case 'open': {
          const hit = hits[list.cursor];
          const highlight = hit?.highlights[0] ?? hit?.sentence;
          if (hit) {
            actions.open({
              screen: 'reader',
              documentId: hit.documentId,
              focus: { span: highlight, sentenceId: hit.sentenceId },
            });
          }
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

  const rows: Run[][] = [];
  const end = Math.min(hits.length, list.start + perPage);
  for (let index = list.start; index < end; index++) {
    const hit = hits[index];
    if (hit) rows.push(...hitRows(hit, width, index === list.cursor));
  }

  let summary: Run[];
  if (!result) {
    summary = [
      {
        text: editing ? 'Type a query, then Enter.' : 'Press / to type a query.',
        style: { dim: true },
      },
    ];
  } else if (result.total === 0) {
    summary = [
      { text: `No sentence matches ${JSON.stringify(result.query)}.`, style: { bold: true } },
    ];
  } else {
    summary = [
      { text: `${plural(result.total, 'matching sentence')}`, style: { bold: true } },
      {
        text: ` · ${list.cursor + 1} of ${result.total} · best first · Enter opens the hit`,
        style: { dim: true },
      },
    ];
  }
  return (
    <Box flexDirection="column" height={height}>
      <TextField
        label="Search:"
        value={query}
        editing={editing}
        width={width}
        placeholder="press / to type a query"
      />
      <Line
        runs={[
          {
            text: fit(
              editing ? SEARCH_SYNTAX : result ? facetLine(result, width) : SEARCH_SYNTAX,
              width,
            ),
            style: { dim: true },
          },
        ]}
      />
      <Line runs={summary} />
      <Box flexDirection="column" height={listHeight} overflowY="hidden">
        {rows.map((runs, index) => (
          <Line key={index} runs={runs} />
        ))}
      </Box>
    </Box>
  );
}
