/**
 * Entities: everyone and everything the corpus names, by type with counts. `t` steps through the
 * types, `/` filters by name or alias as you type.
 */
import type { EntitySummary, EntityType } from '@genebelt/model';
import { Box } from 'ink';
import { useMemo } from 'react';
import { Line, type Run } from '../components/line.js';
import { ListWindow, useListCursor } from '../components/list.js';
import { editFilter, TextField } from '../components/text-field.js';
import { ENTITY_TYPE_ORDER, ENTITY_TYPE_STYLE, plural } from '../format.js';
import { commandFor, ENTITIES_KEYS } from '../keys.js';
import { useActions, useBodySize, useCorpus, useNavigation, useScreenMemory } from '../state.js';
import { fit, truncate } from '../text.js';
import { useKeys } from '../use-keys.js';

const TYPE_WIDTH = 14;
const COUNT_WIDTH = 9;
const ORIGIN_WIDTH = 9;

export function entityRow(entity: EntitySummary, width: number): Run[] {
  const style = ENTITY_TYPE_STYLE[entity.type];
  const nameWidth = Math.max(10, width - 2 - TYPE_WIDTH - COUNT_WIDTH * 2 - ORIGIN_WIDTH - 4);
  return [
    { text: fit(`${style.letter} ${style.label}`, TYPE_WIDTH), style: { color: style.color } },
    { text: ' ' },
    { text: fit(entity.name, nameWidth), style: { bold: true } },
    { text: ' ' },
    { text: fit(String(entity.mentionCount), COUNT_WIDTH - 1, 'right') },
    { text: ' ' },
    { text: fit(String(entity.documentCount), COUNT_WIDTH - 1, 'right') },
    { text: '  ' },
    {
      text: fit(entity.origin === 'curated' ? 'curated' : 'proposed', ORIGIN_WIDTH),
      style: { dim: entity.origin !== 'curated' },
    },
  ];
}

export function EntitiesScreen({ active }: { active: boolean }) {
  const corpus = useCorpus();
  const actions = useActions();
  const { editing } = useNavigation();
  const { width, height } = useBodySize();
  const overview = useMemo(() => corpus.overview(), [corpus]);
  const [filter, setFilter] = useScreenMemory('filter', '');
  const [type, setType] = useScreenMemory<EntityType | null>('type', null);
  const entities = useMemo(
    () => corpus.entities({ type: type ?? undefined, filter: filter.trim() || undefined }),
    [corpus, type, filter],
  );
  const types = ENTITY_TYPE_ORDER.filter((candidate) => overview.entityCountByType[candidate]);
  const listHeight = Math.max(1, height - 3);
  const list = useListCursor(entities.length, listHeight);

  useKeys(
    (input, key) => {
      if (editing) {
        editFilter(filter, input, key, setFilter, () => actions.setEditing(false));
        return;
      }
      const command = commandFor(ENTITIES_KEYS, input, key);
      switch (command) {
        case 'filter':
          actions.setEditing(true);
          return;
        case 'type': {
          const index = type === null ? -1 : types.indexOf(type);
          setType(index + 1 < types.length ? (types[index + 1] ?? null) : null);
          return;
        }
        case 'open': {
          const entity = entities[list.cursor];
          if (entity) actions.open({ screen: 'entity', entityId: entity.id });
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

  const bar: Run[] = [];
  const tab = (label: string, selected: boolean, color?: string) => {
    bar.push({
      text: selected ? `[${label}]` : ` ${label} `,
      style: selected ? { bold: true, color, inverse: true } : { color, dim: false },
    });
  };
  tab(`all ${overview.entityCount}`, type === null);
  for (const candidate of types) {
    tab(
      `${ENTITY_TYPE_STYLE[candidate].label} ${overview.entityCountByType[candidate] ?? 0}`,
      candidate === type,
      ENTITY_TYPE_STYLE[candidate].color,
    );
  }
  const nameWidth = Math.max(10, width - 2 - TYPE_WIDTH - COUNT_WIDTH * 2 - ORIGIN_WIDTH - 4);
  return (
    <Box flexDirection="column" height={height}>
      <Line runs={bar} />
      {editing || filter ? (
        <TextField
          label="Filter:"
          value={filter}
          editing={editing}
          width={width}
          after={plural(entities.length, 'entity', 'entities')}
        />
      ) : (
        <Line
          runs={[
            {
              text: truncate(
                `${plural(entities.length, 'entity', 'entities')}${type ? ` of type ${type}` : ''} · most mentioned first`,
                width - 36,
              ),
              style: { bold: true },
            },
            { text: '   t type · / filter · Enter open', style: { dim: true } },
          ]}
        />
      )}
      <Line
        runs={[
          {
            text: `  ${fit('Type', TYPE_WIDTH)} ${fit('Name', nameWidth)} ${fit('Mentions', COUNT_WIDTH - 1, 'right')} ${fit('Docs', COUNT_WIDTH - 1, 'right')}  Origin`,
            style: { dim: true, underline: true },
          },
        ]}
      />
      <ListWindow
        count={entities.length}
        start={list.start}
        height={listHeight}
        cursor={list.cursor}
        active={active && !editing}
        render={(index) => {
          const entity = entities[index];
          return entity ? entityRow(entity, width) : [];
        }}
        empty={
          <Line
            runs={[
              {
                text: '  No entity matches. Press / and Esc to clear the filter.',
                style: { dim: true },
              },
            ]}
          />
        }
      />
    </Box>
  );
}
