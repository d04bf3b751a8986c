import type { NormalisationEdit } from '@genebelt/model';

/**
 * Step 1 of the pipeline: make the text of an article canonical without changing a word.
 * Unicode NFC, one kind of line ending, no byte-order mark, no invisible characters, one space
 * between words, at most one blank line between blocks, nothing at either end. Every change is
 * recorded as an edit, so any offset in the normalised text maps back to the raw one.
 */
export interface Normalised {
  text: string;
  edits: NormalisationEdit[];
}

/** Horizontal white space: what collapses to one space. */
const SPACE = ' \\t\\u00A0\\u2007\\u202F\\u3000\\u1680\\u2000-\\u2006\\u2008-\\u200A\\u205F';
/**
 * Characters that carry no text: zero-width space, word joiner, stray byte-order marks, soft
 * hyphens, and C0/C1 controls other than tab and newline. Zero-width (non-)joiners stay: they
 * change how some scripts and emoji render.
 */
const INVISIBLE =
  '\\u200B\\u2060\\uFEFF\\u00AD\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
const GAP = `[${SPACE}${INVISIBLE}]`;

/** A character copied as it is: not a break, a gap or invisible, nor followed by a combining mark. */
const PLAIN = `[^\\r\\n\\u2028\\u2029${SPACE}${INVISIBLE}](?![${INVISIBLE}]*\\p{M})`;

// One alternation scanned left to right; each branch is one kind of thing to normalise, and the
// last branch copies plain text in runs so the scan stays fast. A plain run takes in a single
// space or line break between plain characters too: those are already canonical (the `gap` and
// `breaks` branches would leave them as they are), and matching each one on its own cost most
// of the scan (issue 3).
const TOKEN = new RegExp(
  [
    `(?<breaks>${GAP}*(?:\\r\\n|\\r|\\n|\\u2028|\\u2029)(?:${GAP}*(?:\\r\\n|\\r|\\n|\\u2028|\\u2029))*${GAP}*)`,
    `(?<gap>${GAP}+)`,
    // A base character with combining marks (invisibles between them are dropped): NFC them.
    `(?<cluster>[^\\r\\n\\u2028\\u2029${SPACE}${INVISIBLE}](?:[${INVISIBLE}]*\\p{M})+)`,
    `(?<plain>(?:${PLAIN}(?:[ \\n](?=${PLAIN}))?)+|[^])`,
  ].join('|'),
  'gu',
);

const SPACE_CHAR = new RegExp(`[${SPACE}]`, 'u');
const NBSP_CHAR = /[\u00A0\u2007\u202F]/u;
const NEWLINE = /\r\n|\r|\n|\u2028|\u2029/gu;

export function normalise(raw: string): Normalised {
  let text = '';
  const edits: NormalisationEdit[] = [];
  const body = raw.startsWith('\uFEFF') ? 1 : 0;
  if (body)
    edits.push({
      raw: { start: 0, end: 1 },
      normalised: { start: 0, end: 0 },
      reason: 'byte-order-mark',
    });

  TOKEN.lastIndex = body;
  for (let match = TOKEN.exec(raw); match; match = TOKEN.exec(raw)) {
    const source = match[0];
    const start = match.index;
    const end = start + source.length;
    const groups = match.groups ?? {};
    let output = source;
    let reason: NormalisationEdit['reason'] | null = null;

    if (groups.breaks !== undefined) {
      const lines = source.match(NEWLINE)?.length ?? 0;
      const atEdge = text.length === 0 || end === raw.length;
      output = atEdge ? '' : lines >= 2 ? '\n\n' : '\n';
      reason = breakReason(source, output, lines, atEdge);
    } else if (groups.gap !== undefined) {
      const atEdge = text.length === 0 || end === raw.length;
      output = atEdge || !SPACE_CHAR.test(source) ? '' : ' ';
      reason = gapReason(source, atEdge);
    } else if (groups.cluster !== undefined) {
      const visible = source.replace(HAS_INVISIBLE_GLOBAL, '');
      output = visible.normalize('NFC');
      reason = visible === source ? 'unicode-nfc' : 'invisible-character';
    }

    if (output !== source && reason) {
      edits.push({
        raw: { start, end },
        normalised: { start: text.length, end: text.length + output.length },
        reason,
      });
    }
    text += output;
  }
  return { text, edits };
}

const HAS_INVISIBLE = new RegExp(`[${INVISIBLE}]`, 'u');
const HAS_INVISIBLE_GLOBAL = new RegExp(`[${INVISIBLE}]`, 'gu');

function breakReason(
  source: string,
  output: string,
  lines: number,
  atEdge: boolean,
): NormalisationEdit['reason'] {
  if (/[\r\u2028\u2029]/u.test(source)) return 'line-ending';
  if (HAS_INVISIBLE.test(source)) return 'invisible-character';
  if (NBSP_CHAR.test(source)) return 'non-breaking-space';
  if (atEdge) return output === '' && lines > 0 ? 'blank-line-run' : 'leading-space';
  return lines > 2 ? 'blank-line-run' : 'trailing-space';
}

function gapReason(source: string, atEdge: boolean): NormalisationEdit['reason'] {
  if (HAS_INVISIBLE.test(source)) return 'invisible-character';
  if (NBSP_CHAR.test(source)) return 'non-breaking-space';
  return atEdge ? 'leading-space' : 'space-run';
}

/**
 * Maps an offset in the normalised text back to the raw text. An offset right after an edit maps
 * to the end of its raw span; one inside an edit, to the same distance into the raw span.
 */
export function rawOffset(edits: readonly NormalisationEdit[], offset: number): number {
  let delta = 0;
  for (const edit of edits) {
    if (edit.normalised.end <= offset) {
      delta = edit.raw.end - edit.normalised.end;
      continue;
    }
    if (edit.normalised.start < offset) {
      return (
        edit.raw.start + Math.min(offset - edit.normalised.start, edit.raw.end - edit.raw.start)
      );
    }
    break;
  }
  return offset + delta;
}
