/**
 * Keyword-in-context rows: the left context right-aligned so every match starts in the same
 * column, the match, then the right context, each cut to fit.
 */
import type { KeywordInContext } from '@genebelt/model';
import { sanitizeLine } from '../sanitize.js';
import { fit, textWidth, truncate, truncateStart } from '../text.js';
import type { Run, Style } from './line.js';

export function kwicRuns(
  context: KeywordInContext,
  width: number,
  matchStyle: Style = { bold: true, color: 'magenta' },
): Run[] {
  const match = truncate(sanitizeLine(context.match), Math.max(4, Math.floor(width / 3)));
  const side = Math.max(1, Math.floor((width - textWidth(match)) / 2));
  const left = fit(truncateStart(sanitizeLine(context.left), side), side, 'right');
  const rightWidth = Math.max(0, width - side - textWidth(match));
  const right = fit(truncate(sanitizeLine(context.right), rightWidth), rightWidth);
  return [{ text: left }, { text: match, style: matchStyle }, { text: right }];
}

/** Plain text of a KWIC row, for plain output. */
export function kwicText(context: KeywordInContext, width: number): string {
  return kwicRuns(context, width)
    .map((run) => run.text)
    .join('')
    .trimEnd();
}
