/**
 * The shell of the browser: a header with the screens, the active screen, and a status line
 * saying where the reader is. Global keys live here; each screen listens for its own keys only
 * while it is on top, and nothing but the text field listens while one is being typed in.
 */
import type { CorpusQueries } from '@genebelt/corpus/query';
import { Box, useApp, useStdout } from 'ink';
import { Component, type ReactNode, useEffect, useMemo, useState } from 'react';
import { Line, type Run } from './components/line.js';
import {
  type Binding,
  commandFor,
  ENTITIES_KEYS,
  ENTITY_KEYS,
  GLOBAL_KEYS,
  keysLabel,
  LIBRARY_KEYS,
  READER_KEYS,
  SEARCH_KEYS,
  TIMELINE_KEYS,
} from './keys.js';
import { sanitizeLine } from './sanitize.js';
import { EntitiesScreen } from './screens/entities.js';
import { EntityScreen } from './screens/entity.js';
import { LibraryScreen } from './screens/library.js';
import { ReaderScreen } from './screens/reader.js';
import { SearchScreen } from './screens/search.js';
import { TimelineScreen } from './screens/timeline.js';
import {
  CHROME_ROWS,
  CorpusProvider,
  type Entry,
  EntryProvider,
  NavigationProvider,
  type Route,
  type ScreenName,
  SettingsProvider,
  useActions,
  useBodySize,
  useCorpus,
  useNavigation,
  useSettings,
} from './state.js';
import { fit, truncate, truncateStart, wrap } from './text.js';
import { KeysProvider, useKeys } from './use-keys.js';

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;

export interface Size {
  columns: number;
  rows: number;
}

export const SCREEN_TITLES: Record<ScreenName, string> = {
  library: 'Library',
  reader: 'Reader',
  entities: 'Entities',
  entity: 'Entity',
  search: 'Search',
  timeline: 'Timeline',
};

export const SCREEN_KEYS: Record<ScreenName, readonly Binding[]> = {
  library: LIBRARY_KEYS,
  reader: READER_KEYS,
  entities: ENTITIES_KEYS,
  entity: ENTITY_KEYS,
  search: SEARCH_KEYS,
  timeline: TIMELINE_KEYS,
};

function useTerminalSize(override: Size | undefined): Size {
  const { stdout } = useStdout();
  const read = (): Size => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (override) return;
    const onResize = () => setSize({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, override]);
  return override ?? size;
}

export interface AppProps {
  queries: CorpusQueries;
  /** Colour allowed (false under NO_COLOR or --no-color). */
  color: boolean;
  /** A fixed size instead of the terminal's (tests). */
  size?: Size;
  initial?: Route;
  /** Called when the reader quits, before the app exits (tests). */
  onQuit?: () => void;
}

export function App({ queries, color, size, initial, onQuit }: AppProps) {
  const terminal = useTerminalSize(size);
  const { exit } = useApp();
  const settings = useMemo(
    () => ({ color, columns: terminal.columns, rows: terminal.rows }),
    [color, terminal.columns, terminal.rows],
  );
  return (
    <CorpusProvider queries={queries}>
      <SettingsProvider settings={settings}>
        <NavigationProvider
          initial={initial ?? { screen: 'library' }}
          onQuit={() => {
            onQuit?.();
            exit();
          }}
        >
          <KeysProvider>
            <Shell />
          </KeysProvider>
        </NavigationProvider>
      </SettingsProvider>
    </CorpusProvider>
  );
}

function Screen({ entry, active }: { entry: Entry; active: boolean }) {
  const { route } = entry;
  switch (route.screen) {
    case 'library':
      return <LibraryScreen active={active} />;
    case 'reader':
      return <ReaderScreen active={active} documentId={route.documentId} focus={route.focus} />;
    case 'entities':
      return <EntitiesScreen active={active} />;
    case 'entity':
      return <EntityScreen active={active} entityId={route.entityId} />;
    case 'search':
      return <SearchScreen active={active} initialQuery={route.query} />;
    case 'timeline':
      return <TimelineScreen active={active} />;
  }
}

/**
 * A query that fails (a damaged or outdated index, say) shows what failed on that screen
 * instead of ending the program; Esc goes back to the previous one.
 */
class ScreenErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (this.state.error) return <ScreenError message={this.state.error.message} />;
    return this.props.children;
  }
}

function ScreenError({ message }: { message: string }) {
  const { width, height } = useBodySize();
  return (
    <Box flexDirection="column" height={height}>
      <Line runs={[{ text: 'This screen could not be shown:', style: { bold: true } }]} />
      {wrap(sanitizeLine(message), width - 2)
        .slice(0, Math.max(1, height - 3))
        .map((line, index) => (
          <Line key={`${index}-${line}`} runs={[{ text: `  ${line}`, style: { color: 'red' } }]} />
        ))}
      <Line runs={[{ text: 'Esc goes back; q quits.', style: { dim: true } }]} />
    </Box>
  );
}

/** Where an entry is, as the address the site uses too: documents/<id>, entities/<id>. */
export function address(route: Route): string {
  switch (route.screen) {
    case 'reader':
      return `documents/${route.documentId}`;
    case 'entity':
      return `entities/${route.entityId}`;
    default:
      return SCREEN_TITLES[route.screen];
  }
}

function Shell() {
  const { stack, help, editing } = useNavigation();
  const actions = useActions();
  const { columns, rows } = useSettings();
  const top = stack[stack.length - 1];

  useKeys(
    (input, key) => {
      const command = commandFor(GLOBAL_KEYS, input, key);
      if (help) {
        if (command === 'quit') actions.quit();
        else if (command === 'help' || command === 'back') actions.toggleHelp(false);
        return;
      }
      switch (command) {
        case 'quit':
          actions.quit();
          return;
        case 'back':
          actions.back();
          return;
        case 'help':
          actions.toggleHelp(true);
          return;
        case 'library':
          actions.switchTo({ screen: 'library' });
          return;
        case 'entities':
          actions.switchTo({ screen: 'entities' });
          return;
        case 'search':
          actions.switchTo({ screen: 'search' });
          return;
        case 'timeline':
          actions.switchTo({ screen: 'timeline' });
          return;
        case null:
          return;
      }
    },
    { isActive: !editing },
  );

  if (!top) return null;
  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    return (
      <Box flexDirection="column">
        <Line
          runs={[
            {
              text: `genebelt needs ${MIN_COLUMNS}×${MIN_ROWS}; this terminal is ${columns}×${rows}.`,
            },
          ]}
        />
        <Line runs={[{ text: 'Make it larger, or press q to quit.', style: { dim: true } }]} />
      </Box>
    );
  }

  return (
    <Box flexDirection="column" width={columns} height={rows - 1}>
      <Header active={section(stack)} />
      <Box flexDirection="column" height={rows - CHROME_ROWS} overflowY="hidden">
        {help ? (
          <HelpOverlay screen={top.route.screen} />
        ) : (
          <EntryProvider key={top.id} entry={top}>
            <ScreenErrorBoundary>
              <Screen entry={top} active={!help} />
            </ScreenErrorBoundary>
          </EntryProvider>
        )}
      </Box>
      <StatusLine stack={stack} help={help} editing={editing} />
    </Box>
  );
}

/** The tab a stack belongs to: the top-level screen it was opened from. */
function section(stack: readonly Entry[]): ScreenName {
  const second = stack[1]?.route.screen;
  return second && TABS.some(([screen]) => screen === second) ? second : 'library';
}

const TABS: readonly [ScreenName, string][] = [
  ['library', '1 Library'],
  ['entities', '2 Entities'],
  ['search', '3 Search'],
  ['timeline', '4 Timeline'],
];

function Header({ active }: { active: ScreenName }) {
  const { columns } = useSettings();
  const corpus = useCorpus();
  const name = useMemo(() => corpus.overview().name, [corpus]);
  const tabs: Run[] = [];
  let tabsWidth = 0;
  for (const [screen, label] of TABS) {
    const selected = screen === active;
    const text = selected ? `[${label}]` : ` ${label} `;
    tabs.push({ text, style: selected ? { bold: true, color: 'cyan' } : { dim: true } });
    tabsWidth += text.length;
  }
  const left = truncate(`genebelt · ${name}`, Math.max(8, columns - tabsWidth - 2));
  return (
    <Line
      runs={[
        { text: left, style: { bold: true } },
        { text: ' '.repeat(Math.max(1, columns - left.length - tabsWidth)) },
        ...tabs,
      ]}
    />
  );
}

function StatusLine({
  stack,
  help,
  editing,
}: {
  stack: readonly Entry[];
  help: boolean;
  editing: boolean;
}) {
  const { columns } = useSettings();
  const where = stack.map((entry) => address(entry.route)).join(' › ');
  const hints = help
    ? '? or Esc close · q quit'
    : editing
      ? 'typing · Enter done · Esc cancel'
      : `? keys · ${stack.length > 1 ? 'Esc back · ' : ''}q quit`;
  const room = Math.max(10, columns - hints.length - 1);
  const left = fit(truncateStart(help ? `${where} › keys` : where, room), room);
  return (
    <Line
      runs={[
        { text: left, style: { inverse: true } },
        { text: ' ' },
        { text: truncate(hints, columns - room - 1), style: { dim: true } },
      ]}
    />
  );
}

function HelpOverlay({ screen }: { screen: ScreenName }) {
  const { width, height } = useBodySize();
  const lines: Run[][] = [];
  const section = (title: string, bindings: readonly Binding[]) => {
    lines.push([{ text: title, style: { bold: true, underline: true } }]);
    for (const binding of bindings) {
      lines.push([
        { text: `  ${fit(keysLabel(binding), 16)} `, style: { color: 'cyan' } },
        { text: truncate(binding.description, width - 20) },
      ]);
    }
  };
  section(`${SCREEN_TITLES[screen]} keys`, SCREEN_KEYS[screen]);
  lines.push([]);
  section('Everywhere', GLOBAL_KEYS);
  if (screen === 'reader') {
    lines.push([]);
    lines.push([
      {
        text: 'Mentions read [name|T]: T is the entity type (see the legend); {name|T} is the selected one.',
        style: { dim: true },
      },
    ]);
  }
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      {lines.slice(0, height).map((runs, index) => (
        <Line key={index} runs={runs} />
      ))}
    </Box>
  );
}
