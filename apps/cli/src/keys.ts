/**
 * Key bindings as data: each screen has a list of command → keys, the help overlay prints the
 * same lists, and one matcher turns Ink's (input, key) into a command. Keys are a single
 * character ("q", "?", "G"), a named key ("return", "escape", "up", "pagedown", "space", "tab",
 * "backspace"), or "ctrl+<letter>".
 */
import type { Key } from 'ink';

export type KeySpec = string;

export interface Binding<Command extends string = string> {
  command: Command;
  keys: readonly KeySpec[];
  description: string;
}

const NAMED: Record<string, (key: Key, input: string) => boolean> = {
  return: (key) => key.return,
  escape: (key) => key.escape,
  up: (key) => key.upArrow,
  down: (key) => key.downArrow,
  left: (key) => key.leftArrow,
  right: (key) => key.rightArrow,
  pageup: (key) => key.pageUp,
  pagedown: (key) => key.pageDown,
  home: (key) => key.home,
  end: (key) => key.end,
  tab: (key) => key.tab && !key.shift,
  'shift+tab': (key) => key.tab && key.shift,
  backspace: (key) => key.backspace || key.delete,
  space: (key, input) => input === ' ' && !key.ctrl && !key.meta,
};

const LABELS: Record<string, string> = {
  return: 'Enter',
  escape: 'Esc',
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  tab: 'Tab',
  'shift+tab': 'Shift+Tab',
  backspace: 'Backspace',
  space: 'Space',
};

/** True when the key press is the one the spec names. */
export function matchesKey(spec: KeySpec, input: string, key: Key): boolean {
  const named = NAMED[spec];
  if (named) return named(key, input);
  if (spec.startsWith('ctrl+')) return key.ctrl && input === spec.slice(5);
  return input === spec && !key.ctrl && !key.meta;
}

/** The command bound to a key press, or null. */
export function commandFor<Command extends string>(
  bindings: readonly Binding<Command>[],
  input: string,
  key: Key,
): Command | null {
  for (const binding of bindings) {
    if (binding.keys.some((spec) => matchesKey(spec, input, key))) return binding.command;
  }
  return null;
}

export function keyLabel(spec: KeySpec): string {
  if (LABELS[spec]) return LABELS[spec];
  if (spec.startsWith('ctrl+')) return `Ctrl+${spec.slice(5).toUpperCase()}`;
  return spec;
}

/** "j/↓" for a binding's keys. */
export function keysLabel(binding: Binding): string {
  return binding.keys.map(keyLabel).join('/');
}

/** The first key of a command, for hints ("Enter open"). */
export function hint<Command extends string>(
  bindings: readonly Binding<Command>[],
  command: Command,
): string {
  const binding = bindings.find((candidate) => candidate.command === command);
  const first = binding?.keys[0];
  return first === undefined ? '' : keyLabel(first);
}

export type GlobalCommand =
  | 'quit'
  | 'back'
  | 'help'
  | 'library'
  | 'entities'
  | 'search'
  | 'timeline';

export const GLOBAL_KEYS: readonly Binding<GlobalCommand>[] = [
  { command: 'help', keys: ['?'], description: 'show or hide these keys' },
  { command: 'back', keys: ['escape'], description: 'back to the previous screen' },
  { command: 'quit', keys: ['q', 'ctrl+c'], description: 'quit' },
  { command: 'library', keys: ['1', 'L'], description: 'library of documents' },
  { command: 'entities', keys: ['2', 'E'], description: 'entities' },
  { command: 'search', keys: ['3', 'S'], description: 'search' },
  { command: 'timeline', keys: ['4', 'T'], description: 'timeline' },
];

export type ListCommand = 'up' | 'down' | 'pageUp' | 'pageDown' | 'top' | 'bottom' | 'open';

const LIST_KEYS: readonly Binding<ListCommand>[] = [
  { command: 'up', keys: ['up', 'k'], description: 'previous row' },
  { command: 'down', keys: ['down', 'j'], description: 'next row' },
  { command: 'pageUp', keys: ['pageup', 'b'], description: 'page up' },
  { command: 'pageDown', keys: ['pagedown', 'space'], description: 'page down' },
  { command: 'top', keys: ['home', 'g'], description: 'first row' },
  { command: 'bottom', keys: ['end', 'G'], description: 'last row' },
];

export type LibraryCommand = ListCommand | 'filter' | 'sort';

export const LIBRARY_KEYS: readonly Binding<LibraryCommand>[] = [
  { command: 'open', keys: ['return', 'right'], description: 'read the document' },
  ...LIST_KEYS,
  {
    command: 'filter',
    keys: ['/', 'f'],
    description: 'filter by typing (Enter keeps, Esc clears)',
  },
  { command: 'sort', keys: ['s'], description: 'sort by title or by publication date' },
];

export type ReaderCommand =
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'top'
  | 'bottom'
  | 'nextMention'
  | 'previousMention'
  | 'openEntity';

export const READER_KEYS: readonly Binding<ReaderCommand>[] = [
  { command: 'nextMention', keys: ['n'], description: 'next mention' },
  { command: 'previousMention', keys: ['p', 'N'], description: 'previous mention' },
  { command: 'openEntity', keys: ['return'], description: 'open the entity of the mention' },
  { command: 'up', keys: ['up', 'k'], description: 'scroll up' },
  { command: 'down', keys: ['down', 'j'], description: 'scroll down' },
  { command: 'pageUp', keys: ['pageup', 'b'], description: 'page up' },
  { command: 'pageDown', keys: ['pagedown', 'space'], description: 'page down' },
  { command: 'top', keys: ['home', 'g'], description: 'top of the document' },
  { command: 'bottom', keys: ['end', 'G'], description: 'end of the document' },
];

export type EntitiesCommand = ListCommand | 'filter' | 'type';

export const ENTITIES_KEYS: readonly Binding<EntitiesCommand>[] = [
  { command: 'open', keys: ['return', 'right'], description: 'open the entity' },
  ...LIST_KEYS,
  {
    command: 'filter',
    keys: ['/', 'f'],
    description: 'filter by typing (Enter keeps, Esc clears)',
  },
  { command: 'type', keys: ['t', 'tab'], description: 'next entity type (all, person, …)' },
];

export type EntityCommand = ListCommand | 'nextSection';

export const ENTITY_KEYS: readonly Binding<EntityCommand>[] = [
  { command: 'open', keys: ['return', 'right'], description: 'open the mention, entity or event' },
  ...LIST_KEYS,
  { command: 'nextSection', keys: ['tab'], description: 'next section' },
];

export type SearchCommand = ListCommand | 'edit';

export const SEARCH_KEYS: readonly Binding<SearchCommand>[] = [
  { command: 'open', keys: ['return', 'right'], description: 'open the hit in the reader' },
  ...LIST_KEYS,
  { command: 'edit', keys: ['/', 'i'], description: 'edit the query' },
];

export type TimelineCommand = ListCommand;

export const TIMELINE_KEYS: readonly Binding<TimelineCommand>[] = [
  { command: 'open', keys: ['return', 'right'], description: 'read the sentence it comes from' },
  ...LIST_KEYS,
];

export type EditCommand = 'submit' | 'cancel' | 'deleteBack' | 'clear';

/** While typing a query or a filter, every other key is text. */
export const EDIT_KEYS: readonly Binding<EditCommand>[] = [
  { command: 'submit', keys: ['return'], description: 'done typing' },
  { command: 'cancel', keys: ['escape'], description: 'stop typing (a filter is cleared)' },
  { command: 'deleteBack', keys: ['backspace'], description: 'delete a character' },
  { command: 'clear', keys: ['ctrl+u'], description: 'clear the text' },
];

/** Text a key press types, or '' when it is not text (arrows, Enter, control keys). */
export function typedText(input: string, key: Key): string {
  if (key.ctrl || key.meta || key.escape || key.return || key.tab) return '';
  if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return '';
  if (key.pageUp || key.pageDown || key.backspace || key.delete) return '';
  return input;
}
