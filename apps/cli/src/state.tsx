/**
 * App state and actions in separate contexts (components that only act do not re-render when
 * the state changes), each with a hook that throws outside its provider. Navigation is a stack
 * of routes; each entry keeps its screen's memory (cursor, scroll, filter) so Esc comes back to
 * where the reader was.
 */
import type { CorpusQueries } from '@genebelt/corpus/query';
import type { Span } from '@genebelt/model';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';

/** Where the reader opens: at a span (a search hit, a mention) or at a sentence. */
export interface Focus {
  span?: Span;
  sentenceId?: string;
}

export type Route =
  | { screen: 'library' }
  | { screen: 'reader'; documentId: string; focus?: Focus }
  | { screen: 'entities' }
  | { screen: 'entity'; entityId: string }
  | { screen: 'search'; query?: string }
  | { screen: 'timeline' };

export type ScreenName = Route['screen'];

export interface Entry {
  id: number;
  route: Route;
}

export interface NavigationState {
  stack: readonly Entry[];
  /** The key overlay is open. */
  help: boolean;
  /** A text field has the keyboard: global keys are off. */
  editing: boolean;
}

export interface NavigationActions {
  open(route: Route): void;
  back(): void;
  /** Goes to a top-level screen: the library stays at the bottom of the stack. */
  switchTo(route: Route): void;
  toggleHelp(open?: boolean): void;
  setEditing(editing: boolean): void;
  quit(): void;
}

type Action =
  | { type: 'open'; entry: Entry }
  | { type: 'back' }
  | { type: 'switch'; entry: Entry }
  | { type: 'help'; open?: boolean }
  | { type: 'editing'; editing: boolean };

/** A search screen without a query opens with the keyboard in its query field. */
function editsOnOpen(route: Route): boolean {
  return route.screen === 'search' && !route.query;
}

function reduce(state: NavigationState, action: Action): NavigationState {
  switch (action.type) {
    case 'open':
      return {
        ...state,
        stack: [...state.stack, action.entry],
        editing: editsOnOpen(action.entry.route),
      };
    case 'back':
      return state.stack.length > 1
        ? { ...state, stack: state.stack.slice(0, -1), editing: false }
        : state;
    case 'switch': {
      const [root] = state.stack;
      const { entry } = action;
      if (!root) return { ...state, stack: [entry], editing: editsOnOpen(entry.route) };
      if (entry.route.screen === root.route.screen) {
        return { ...state, stack: [root], editing: false };
      }
      return { ...state, stack: [root, entry], editing: editsOnOpen(entry.route) };
    }
    case 'help':
      return { ...state, help: action.open ?? !state.help };
    case 'editing':
      return state.editing === action.editing ? state : { ...state, editing: action.editing };
  }
}

function missing(hook: string, provider: string): never {
  throw new Error(`${hook} must be used inside <${provider}>`);
}

const CorpusContext = createContext<CorpusQueries | null>(null);
const NavigationStateContext = createContext<NavigationState | null>(null);
const NavigationActionsContext = createContext<NavigationActions | null>(null);
const MemoryContext = createContext<Map<number, Map<string, unknown>> | null>(null);
const EntryContext = createContext<Entry | null>(null);

export interface Settings {
  color: boolean;
  columns: number;
  rows: number;
}

const SettingsContext = createContext<Settings | null>(null);

/** Rows the shell itself takes: header, status line, and one spare so Ink never scrolls. */
export const CHROME_ROWS = 3;

export function CorpusProvider({
  queries,
  children,
}: {
  queries: CorpusQueries;
  children: ReactNode;
}) {
  return <CorpusContext.Provider value={queries}>{children}</CorpusContext.Provider>;
}

export function useCorpus(): CorpusQueries {
  return useContext(CorpusContext) ?? missing('useCorpus', 'CorpusProvider');
}

export function SettingsProvider({
  settings,
  children,
}: {
  settings: Settings;
  children: ReactNode;
}) {
  return <SettingsContext.Provider value={settings}>{children}</SettingsContext.Provider>;
}

export function useSettings(): Settings {
  return useContext(SettingsContext) ?? missing('useSettings', 'SettingsProvider');
}

/** The size of the area a screen draws in: the terminal less the shell's header and status. */
export function useBodySize(): { width: number; height: number } {
  const { columns, rows } = useSettings();
  return { width: columns, height: Math.max(1, rows - CHROME_ROWS) };
}

export function NavigationProvider({
  initial,
  onQuit,
  children,
}: {
  initial: Route;
  onQuit: () => void;
  children: ReactNode;
}) {
  const nextId = useRef(1);
  const memory = useRef(new Map<number, Map<string, unknown>>());
  const [state, dispatch] = useReducer(reduce, undefined, () => ({
    stack: [{ id: 0, route: initial }],
    help: false,
    editing: editsOnOpen(initial),
  }));
  const quitRef = useRef(onQuit);
  quitRef.current = onQuit;

  const actions = useMemo<NavigationActions>(() => {
    const entry = (route: Route): Entry => ({ id: nextId.current++, route });
    return {
      open: (route) => dispatch({ type: 'open', entry: entry(route) }),
      back: () => dispatch({ type: 'back' }),
      switchTo: (route) => dispatch({ type: 'switch', entry: entry(route) }),
      toggleHelp: (open) => dispatch({ type: 'help', open }),
      setEditing: (editing) => dispatch({ type: 'editing', editing }),
      quit: () => quitRef.current(),
    };
  }, []);

  // Forget the memory of screens that left the stack.
  const live = new Set(state.stack.map((entry) => entry.id));
  for (const id of memory.current.keys()) if (!live.has(id)) memory.current.delete(id);

  return (
    <NavigationActionsContext.Provider value={actions}>
      <NavigationStateContext.Provider value={state}>
        <MemoryContext.Provider value={memory.current}>{children}</MemoryContext.Provider>
      </NavigationStateContext.Provider>
    </NavigationActionsContext.Provider>
  );
}

export function useNavigation(): NavigationState {
  return useContext(NavigationStateContext) ?? missing('useNavigation', 'NavigationProvider');
}

export function useActions(): NavigationActions {
  return useContext(NavigationActionsContext) ?? missing('useActions', 'NavigationProvider');
}

/** Renders a screen as the given stack entry, so its memory is kept under that entry. */
export function EntryProvider({ entry, children }: { entry: Entry; children: ReactNode }) {
  return <EntryContext.Provider value={entry}>{children}</EntryContext.Provider>;
}

export function useEntry(): Entry {
  return useContext(EntryContext) ?? missing('useEntry', 'EntryProvider');
}

/**
 * Like useState, but the value is kept with the screen's stack entry: leaving for another
 * screen and coming back with Esc restores it.
 */
export function useScreenMemory<T>(key: string, initial: T | (() => T)): [T, (next: T) => void] {
  const memory = useContext(MemoryContext) ?? missing('useScreenMemory', 'NavigationProvider');
  const entry = useEntry();
  const [value, setValue] = useState<T>(() => {
    const stored = memory.get(entry.id);
    if (stored?.has(key)) return stored.get(key) as T;
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  });
  const set = useCallback(
    (next: T) => {
      let stored = memory.get(entry.id);
      if (!stored) {
        stored = new Map();
        memory.set(entry.id, stored);
      }
      stored.set(key, next);
      setValue(next);
    },
    [memory, entry.id, key],
  );
  return [value, set];
}
