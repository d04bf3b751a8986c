'use client';

import { useEffect, useState } from 'react';

export interface CiteBoxProps {
  documentId: string;
  paragraph: { id: string; index: number; start: number; end: number };
  sentences: readonly { id: string; index: number; start: number; end: number }[];
}

/** The address of the query API's citation of a span (see app/data/cite.json). */
function citeUrl(documentId: string, start: number, end: number): string {
  const query = new URLSearchParams({
    document: documentId,
    start: String(start),
    end: String(end),
  });
  return `/data/cite.json?${query.toString()}`;
}

/**
 * "Cite this passage" under a paragraph: one button for the paragraph and one per sentence, each
 * copying, with one click, a citation with the quoted words, the document, its source and an
 * absolute link to the passage (made from the address the reader is on). The citation is the
 * query API's own `cite()`, the same as the terminal's, fetched from /data/cite.json when asked
 * for, so a page does not carry a copy of its text for every paragraph and sentence. What was
 * copied is shown below the buttons.
 *
 * The site's only client component. Without JavaScript the box still opens and links to the
 * paragraph's citation as JSON; the buttons, which need a script, are drawn once it runs.
 */
export function CiteBox({ documentId, paragraph, sentences }: CiteBoxProps) {
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => setReady(true), []);

  async function copy(label: string, anchor: string, start: number, end: number) {
    setStatus('');
    try {
      const response = await fetch(citeUrl(documentId, start, end));
      const body: unknown = response.ok ? await response.json() : null;
      if (!(typeof body === 'object' && body !== null && 'text' in body)) throw new Error();
      const path = `/documents/${encodeURIComponent(documentId)}#${anchor}`;
      const citation = `${String(body.text)} ${new URL(path, window.location.href).href}`;
      await navigator.clipboard.writeText(citation);
      setStatus(`Copied the citation of ${label}: ${citation}`);
    } catch {
      setStatus(`Could not copy the citation of ${label}.`);
    }
  }

  const items = [
    ...(sentences.length > 1
      ? [{ key: paragraph.id, label: 'the whole paragraph', ...paragraph }]
      : []),
    ...sentences.map((sentence) => ({
      key: sentence.id,
      label: `sentence ${sentence.index + 1}`,
      ...sentence,
    })),
  ];
  const visible = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);
  return (
    <details className="cite">
      <summary>
        Cite this passage<span className="sr-only"> (paragraph {paragraph.index + 1})</span>
      </summary>
      <div className="cite-body">
        {ready ? (
          <>
            <p className="cite-lead">Copy the citation of:</p>
            <ul className="plain-list sentence-cites">
              {items.map((item) => (
                <li key={item.key}>
                  <button
                    type="button"
                    aria-label={`Copy the citation of ${item.label}`}
                    onClick={() => copy(item.label, item.id, item.start, item.end)}
                  >
                    {visible(item.label)}
                  </button>
                </li>
              ))}
            </ul>
            <p className="copy-status" role="status">
              {status}
            </p>
          </>
        ) : (
          <a href={citeUrl(documentId, paragraph.start, paragraph.end)}>
            The citation of this paragraph (JSON)
          </a>
        )}
      </div>
    </details>
  );
}
