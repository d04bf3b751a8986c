import type { Document, SourceFact, SourceLocation } from '@genebelt/model';
import type { ReactNode } from 'react';
import { DateText } from '../../../../components/date-text';
import { safeExternalUrl } from '../../../../lib/format';
import { routes } from '../../../../lib/routes';

const BASIS: Record<'supplied' | 'stated-in-text' | 'curated', string> = {
  supplied: 'Supplied with the article',
  'stated-in-text': 'Stated in the text',
  curated: 'Checked by a curator',
};

/** Where the article comes from, each fact with how it is known or why it is not. */
export function SourceFacts({ document }: { document: Document }) {
  const { source } = document;
  const sentenceOf = (where: SourceLocation) =>
    document.sentences.find(
      (sentence) => sentence.span.start <= where.span.start && where.span.start < sentence.span.end,
    );
  const evidence = (locations: readonly SourceLocation[]) =>
    locations.map((where) => {
      const sentence = where.documentId === document.id ? sentenceOf(where) : undefined;
      return sentence ? (
        <span key={`${where.span.start}-${where.span.end}`}>
          {' '}
          <a href={routes.document(document.id, sentence.id)}>(sentence {sentence.index + 1})</a>
        </span>
      ) : null;
    });

  const fact = (value: SourceFact, render: (text: string) => ReactNode = (text) => text) =>
    value.status === 'known' ? (
      <>
        {render(value.value)}
        <span className="how">
          {BASIS[value.basis]}
          {value.note ? `: ${value.note}` : ''}
          {evidence(value.evidence)}
        </span>
      </>
    ) : (
      <>
        Unknown
        <span className="how">{value.reason}</span>
      </>
    );

  const published = source.published;
  return (
    <section className="source" aria-labelledby="source-title">
      <h2 id="source-title">Source</h2>
      <dl className="facts">
        <dt>Publisher</dt>
        <dd>{fact(source.publisher)}</dd>
        <dt>URL</dt>
        <dd>
          {fact(source.url, (text) => {
            const href = safeExternalUrl(text);
            return href ? (
              <a href={href} rel="noopener noreferrer nofollow">
                {text}
              </a>
            ) : (
              text
            );
          })}
        </dd>
        <dt>Published</dt>
        <dd>
          <DateText date={published} explain undated="Unknown" />
          {published.status === 'resolved' ? evidence(published.evidence) : null}
        </dd>
        {source.citedOutlet.status === 'known' ? (
          <>
            <dt>Draws on</dt>
            <dd>{fact(source.citedOutlet)}</dd>
          </>
        ) : null}
        <dt>File</dt>
        <dd>
          <code>{source.fileName}</code>
          <span className="how">
            SHA-256 of the raw bytes <code>{source.rawDigest.slice(0, 16)}…</code>
          </span>
        </dd>
      </dl>
    </section>
  );
}
