import type { KeywordInContext } from '@genebelt/model';

/**
 * A keyword-in-context line linking to the sentence it comes from. The left context is kept from
 * its end, so the words beside the match stay visible however narrow the screen.
 */
export function KwicLine({ context, href }: { context: KeywordInContext; href: string }) {
  return (
    <a href={href}>
      <span className="kw-left">
        <span>{leftForDisplay(context.left)}</span>
      </span>
      <span className="kw-match">{oneLine(context.match)}</span>
      <span className="kw-right">{oneLine(context.right)}</span>
    </a>
  );
}

/**
 * The left context as it is shown. Its last space, the one before the match, becomes a
 * no-break space: the column is right-to-left (so it loses its start, not its end), and the
 * Unicode bidi algorithm (rule L1) moves a trailing plain space to the far left of such a line,
 * which drew "of theBelt and Road". A no-break space is not whitespace to that rule.
 */
export function leftForDisplay(left: string): string {
  return oneLine(left).replace(/ $/, '\u00a0');
}

/** Context across a paragraph break reads as one line; the spaces at its ends are kept. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
