/**
 * A one-line text field (the library filter, the search query). Editing is a pure function of
 * the key press, so screens stay in charge of their own keys.
 */
import type { Key } from 'ink';
import { commandFor, EDIT_KEYS, typedText } from '../keys.js';
import { sanitizeLine } from '../sanitize.js';
import { truncateStart } from '../text.js';
import { Line, type Run } from './line.js';

export type EditOutcome = { value: string; done?: 'submit' | 'cancel' };

/** What a key press does to the text being typed. */
export function editText(value: string, input: string, key: Key): EditOutcome {
  switch (commandFor(EDIT_KEYS, input, key)) {
    case 'submit':
      return { value, done: 'submit' };
    case 'cancel':
      return { value, done: 'cancel' };
    case 'deleteBack':
      return { value: Array.from(value).slice(0, -1).join('') };
    case 'clear':
      return { value: '' };
    default: {
      // Pasted text may hold anything; only printable text goes into a query.
      const typed = sanitizeLine(typedText(input, key));
      return { value: typed ? value + typed : value };
    }
  }
}

/**
 * A key typed into a filter field: the filter follows the text, Esc clears it and Enter keeps it,
 * and either ends the editing.
 */
export function editFilter(
  filter: string,
  input: string,
  key: Key,
  setFilter: (next: string) => void,
  stopEditing: () => void,
): void {
  const outcome = editText(filter, input, key);
  if (outcome.done === 'cancel') setFilter('');
  else if (outcome.value !== filter) setFilter(outcome.value);
  if (outcome.done) stopEditing();
}

export function TextField({
  label,
  value,
  editing,
  width,
  placeholder,
  after,
}: {
  label: string;
  value: string;
  editing: boolean;
  width: number;
  placeholder?: string;
  /** Dim text after the field (a count of what the filter keeps). */
  after?: string;
}) {
  const room = Math.max(1, width - label.length - 3 - (after ? Math.min(30, after.length + 3) : 0));
  const shown = truncateStart(value, room);
  const runs: Run[] = [{ text: `${label} `, style: { bold: true } }];
  if (value === '' && !editing && placeholder) {
    runs.push({ text: placeholder, style: { dim: true } });
  } else {
    runs.push({ text: shown, style: editing ? { underline: true } : {} });
  }
  if (editing) runs.push({ text: '█', style: { color: 'cyan' } });
  if (after) runs.push({ text: ` · ${after}`, style: { dim: true } });
  return <Line runs={runs} />;
}
