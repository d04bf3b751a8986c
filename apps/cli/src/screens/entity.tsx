/**
 * Entity: canonical name, aliases, roles and affiliations (each opening the sentence that states
 * it), every mention as a keyword-in-context line across documents (Enter opens the reader at
 * it), related entities by co-occurrence, and the events it takes part in.
 */
import type { ConcordanceLine, Entity, Event } from '@genebelt/model';
import { Box } from 'ink';
import { useMemo } from 'react';
import { kwicRuns } from '../components/kwic.js';
import { Line, type Run } from '../components/line.js';
import { ListWindow, useListCursor } from '../components/list.js';
import { ENTITY_TYPE_STYLE, formatDate, originLabel, plural } from '../format.js';
import { commandFor, ENTITY_KEYS } from '../keys.js';
import { sanitizeLine } from '../sanitize.js';
import { type Route, useActions, useBodySize, useCorpus, useScreenMemory } from '../state.js';
import { fit, truncate, wrap } from '../text.js';
import { useKeys } from '../use-keys.js';

/** Mentions are loaded a page at a time: an entity may be named thousands of times. */
export const MENTION_PAGE = 200;
const RELATED_LIMIT = 20;

export interface EntityRow {
  runs: Run[];
  /** Where Enter goes; rows without one are not selectable. */
  action?: Route | 'more';
  /** The first row of a section (Tab jumps between them). */
  section?: boolean;
}

interface EntityData {
  entity: Entity;
  mentionTotal: number;
  mentions: ConcordanceLine[];
  related: {
    id: string;
    name: string;
    type: Entity['type'] | null;
    sentences: number;
    documents: number;
  }[];
  events: Event[];
  titles: ReadonlyMap<string, string>;
  names: ReadonlyMap<string, string>;
}

function wrapped(label: string, text: string, width: number, style?: Run['style']): EntityRow[] {
  const lines = wrap(sanitizeLine(text), Math.max(10, width - 14));
  return lines.map((line, index) => ({
    runs: [
      { text: fit(index === 0 ? label : '', 12), style: { dim: true } },
      { text: line, style },
    ],
  }));
}

export function entityRows(data: EntityData, width: number): EntityRow[] {
  const { entity } = data;
  const style = ENTITY_TYPE_STYLE[entity.type];
  const rows: EntityRow[] = [];
  const inner = width - 2;
  rows.push({
    runs: [
      { text: `[${style.letter}] `, style: { color: style.color } },
      { text: truncate(entity.name, inner - 4), style: { bold: true, color: style.color } },
    ],
  });
  rows.push({
    runs: [
      {
        text: truncate(
          `${style.label} · ${originLabel(entity.origin)} · entities/${entity.id}`,
          inner,
        ),
        style: { dim: true },
      },
    ],
  });
  if (entity.aliases.length > 0) {
    const aliases = entity.aliases.map((alias) => `${alias.text} (${alias.kind})`).join(', ');
    rows.push(...wrapped('Also', aliases, inner));
  }
  if (entity.description) rows.push(...wrapped('About', entity.description, inner));
  for (const [scheme, value] of Object.entries(entity.externalIds)) {
    rows.push(...wrapped(scheme, value, inner, { dim: true }));
  }
  if (entity.roles.length > 0) {
    rows.push({ runs: [], section: true });
    rows.push({
      runs: [{ text: 'Roles and affiliations', style: { bold: true, underline: true } }],
    });
    for (const role of entity.roles) {
      const organization = role.organizationId
        ? (data.names.get(role.organizationId) ?? role.organizationId)
        : null;
      const evidence = role.evidence[0];
      const where = evidence ? (data.titles.get(evidence.documentId) ?? evidence.documentId) : '';
      rows.push({
        runs: [
          {
            text: truncate(
              organization ? `${role.title}, ${organization}` : role.title,
              Math.floor(inner * 0.6),
            ),
            style: { bold: true },
          },
          {
            text: truncate(where ? `  stated in ${where}` : '', Math.ceil(inner * 0.4)),
            style: { dim: true },
          },
        ],
        action: evidence
          ? { screen: 'reader', documentId: evidence.documentId, focus: { span: evidence.span } }
          : undefined,
      });
    }
  }

  const documentCount = new Set(data.mentions.map((line) => line.documentId)).size;
  rows.push({ runs: [], section: true });
  rows.push({
    runs: [
      {
        text: `Mentions (${plural(data.mentionTotal, 'mention')}${data.mentions.length < data.mentionTotal ? `, ${data.mentions.length} shown` : `, in ${plural(documentCount, 'document')}`})`,
        style: { bold: true, underline: true },
      },
    ],
  });
  const titleWidth = Math.min(18, Math.floor(inner / 4));
  for (const line of data.mentions) {
    rows.push({
      runs: [
        {
          text: `${fit(data.titles.get(line.documentId) ?? line.documentId, titleWidth)} `,
          style: { dim: true },
        },
        ...kwicRuns(line.context, inner - titleWidth - 1, { bold: true, color: style.color }),
      ],
      action: { screen: 'reader', documentId: line.documentId, focus: { span: line.span } },
    });
  }
  if (data.mentions.length < data.mentionTotal) {
    rows.push({
      runs: [
        {
          text: `… ${data.mentionTotal - data.mentions.length} more: Enter loads them`,
          style: { dim: true },
        },
      ],
      action: 'more',
    });
  }
  if (data.mentions.length === 0) {
    rows.push({
      runs: [
        {
          text: 'No mention in the text (known from curated knowledge only).',
          style: { dim: true },
        },
      ],
    });
  }

  rows.push({ runs: [], section: true });
  rows.push({
    runs: [
      { text: 'Related: named in the same sentences', style: { bold: true, underline: true } },
    ],
  });
  for (const related of data.related) {
    const relatedStyle = related.type ? ENTITY_TYPE_STYLE[related.type] : null;
    rows.push({
      runs: [
        { text: `[${relatedStyle?.letter ?? '?'}] `, style: { color: relatedStyle?.color } },
        { text: fit(related.name, Math.max(10, inner - 34)), style: { bold: true } },
        {
          text: ` ${plural(related.sentences, 'sentence')}, ${plural(related.documents, 'doc')}`,
          style: { dim: true },
        },
      ],
      action: { screen: 'entity', entityId: related.id },
    });
  }
  if (data.related.length === 0) {
    rows.push({ runs: [{ text: 'None.', style: { dim: true } }] });
  }

  rows.push({ runs: [], section: true });
  rows.push({ runs: [{ text: 'Events', style: { bold: true, underline: true } }] });
  for (const event of data.events) {
    const evidence = event.evidence[0];
    rows.push({
      runs: [
        { text: fit(formatDate(event.date), 18), style: { color: 'yellow' } },
        { text: ` ${fit(event.type, 12)} `, style: { dim: true } },
        { text: truncate(event.summary, Math.max(10, inner - 32)) },
      ],
      action: evidence
        ? {
            screen: 'reader',
            documentId: evidence.documentId,
            focus: { sentenceId: evidence.sentenceId },
          }
        : undefined,
    });
  }
  if (data.events.length === 0)
    rows.push({ runs: [{ text: 'None recorded.', style: { dim: true } }] });
  return rows;
}

export function EntityScreen({ active, entityId }: { active: boolean; entityId: string }) {
  const corpus = useCorpus();
  const actions = useActions();
  const { width, height } = useBodySize();
  const [loaded, setLoaded] = useScreenMemory('loaded', MENTION_PAGE);
  const kwicWidth = Math.max(20, width - 2 - Math.min(18, Math.floor((width - 2) / 4)) - 1);
  const base = useMemo(() => {
    const entity = corpus.entity(entityId);
    if (!entity) return null;
    const summary = corpus.entities({ filter: entityId }).find((row) => row.id === entityId);
    const related = corpus.cooccurrence(entityId, { limit: RELATED_LIMIT }).map((row) => {
      const other = corpus.entity(row.entityId);
      return {
        id: row.entityId,
        name: other?.name ?? row.entityId,
        type: other?.type ?? null,
        sentences: row.sentenceCount,
        documents: row.documentCount,
      };
    });
    const names = new Map<string, string>();
    for (const role of entity.roles) {
      if (role.organizationId && !names.has(role.organizationId)) {
        names.set(
          role.organizationId,
          corpus.entity(role.organizationId)?.name ?? role.organizationId,
        );
      }
    }
    return {
      entity,
      mentionTotal: summary?.mentionCount ?? 0,
      related,
      events: corpus.eventsOf(entityId),
      names,
    };
  }, [corpus, entityId]);
  const mentions = useMemo(
    () =>
      base ? corpus.mentionsOf(entityId, { width: Math.ceil(kwicWidth / 2), limit: loaded }) : [],
    [corpus, base, entityId, kwicWidth, loaded],
  );
  const titles = useMemo(() => {
    const map = new Map<string, string>();
    const wanted = new Set(mentions.map((line) => line.documentId));
    for (const role of base?.entity.roles ?? [])
      for (const where of role.evidence) wanted.add(where.documentId);
    if (wanted.size === 0) return map;
    for (const document of corpus.documents())
      if (wanted.has(document.id)) map.set(document.id, document.title);
    return map;
  }, [corpus, mentions, base]);
  const rows = useMemo(
    () =>
      base
        ? entityRows(
            {
              ...base,
              mentionTotal: Math.max(base.mentionTotal, mentions.length),
              mentions,
              titles,
            },
            width,
          )
        : [],
    [base, mentions, titles, width],
  );
  const list = useListCursor(rows.length, height, (index) => rows[index]?.action !== undefined);

  useKeys(
    (input, key) => {
      const command = commandFor(ENTITY_KEYS, input, key);
      switch (command) {
        case 'open': {
          const action = rows[list.cursor]?.action;
          if (action === 'more') setLoaded(loaded + MENTION_PAGE);
          else if (action) actions.open(action);
          return;
        }
        case 'nextSection': {
          let index = list.cursor + 1;
          while (index < rows.length && !rows[index]?.section) index++;
          while (index < rows.length && rows[index]?.action === undefined) index++;
          if (index >= rows.length) {
            index = 0;
            while (index < rows.length && rows[index]?.action === undefined) index++;
          }
          if (index < rows.length) list.select(index);
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

  if (!base) {
    return (
      <Box flexDirection="column" height={height}>
        <Line
          runs={[
            { text: `There is no entity “${entityId}” in this corpus.`, style: { bold: true } },
          ]}
        />
        <Line runs={[{ text: 'Esc goes back.', style: { dim: true } }]} />
      </Box>
    );
  }
  return (
    <ListWindow
      count={rows.length}
      start={list.start}
      height={height}
      cursor={list.cursor}
      active={active}
      render={(index) => rows[index]?.runs ?? []}
    />
  );
}
