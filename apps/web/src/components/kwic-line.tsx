import type { KeywordInContext } from '@genebelt/model';

/**
 * A keyword-in-context line linking to the sentence it comes from. The left context is kept from
 * its end, so the words beside the match stay visible however narrow the screen.
 */
export function KwicLine({ context, href }: { context: KeywordInContext; href: string }) {
  return (
    <a href={href}>
      <span className="kw-left">
        <span>{oneLine(context.left)}</span>
      </span>
      <span className="kw-match">{oneLine(context.match)}</span>
      <span className="kw-right">{oneLine(context.right)}</span>
    </a>
  );
}

/** Context across a paragraph break reads as one line; the spaces at its ends are kept. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
