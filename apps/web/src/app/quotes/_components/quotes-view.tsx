import { DataLinks } from '../../../components/data-links';
import { EntityLink } from '../../../components/entity-link';
import { Pager } from '../../../components/pager';
import { allQuotes, documentTitle } from '../../../lib/corpus';
import { plural, sentenceRangeLabel } from '../../../lib/format';
import { byDocument, pageCount, pageOf } from '../../../lib/paging';
import { dataRoutes, routes } from '../../../lib/routes';

const KINDS = {
  speech: 'speech',
  scare: 'scare quotes',
  term: 'term',
  slogan: 'slogan',
  title: 'title',
} as const;

/** Every quote with its speaker (when it is speech and known), each linking to its sentence. */
export function QuotesView({ page }: { page: number }) {
  const rows = allQuotes();
  const pages = pageCount(rows.length);
  const speech = rows.filter((row) => row.quote.kind === 'speech').length;
  return (
    <>
      <div className="page-head">
        <h1>Quotes</h1>
        <p className="lead">
          Every stretch of text in quotation marks: {plural(rows.length, 'quote')}, of which{' '}
          {speech} {speech === 1 ? 'is' : 'are'} speech attributed to a speaker. The others are
          terms, titles, slogans or scare quotes. Each links to its sentence.
        </p>
        <DataLinks links={[{ href: dataRoutes.quotes, label: 'quotes.json' }]} />
      </div>
      <Pager page={page} pageCount={pages} href={routes.quotesPage} label="Quote pages" />
      {byDocument(pageOf(rows, page)).map(([documentId, quotes]) => (
        <section key={documentId} id={documentId} aria-labelledby={`h-${documentId}`}>
          <h2 id={`h-${documentId}`}>
            <a href={routes.document(documentId)}>{documentTitle(documentId)}</a>
          </h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Quote</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Speaker</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody>
                {quotes.map(({ quote, parts, text, speaker }) => (
                  <tr key={quote.id}>
                    <td className="quote-text">{`“${text}”`}</td>
                    <td>{KINDS[quote.kind]}</td>
                    <td>
                      {speaker ? (
                        <EntityLink entity={speaker} showType={false} />
                      ) : quote.kind === 'speech' ? (
                        'not identified'
                      ) : (
                        <span className="muted">—</span>
                      )}
                      {quote.cue ? (
                        <span className="muted">{` (${quote.cue.anchor.exact})`}</span>
                      ) : null}
                    </td>
                    <td>
                      <a href={routes.document(documentId, quote.sentenceId)}>
                        {sentenceRangeLabel(quote.sentenceId, parts.at(-1)?.sentenceId)}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {rows.length === 0 ? <p className="muted">The corpus has no quotes.</p> : null}
      <Pager page={page} pageCount={pages} href={routes.quotesPage} label="Quote pages, again" />
    </>
  );
}
