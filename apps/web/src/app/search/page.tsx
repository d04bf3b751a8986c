import type { Metadata } from 'next';
import { DataLinks } from '../../components/data-links';
import { KwicLine } from '../../components/kwic-line';
import { Pager } from '../../components/pager';
import { normalisePage, normaliseQuery, SEARCH_PAGE_SIZE, searchCorpus } from '../../lib/corpus';
import { formatCount, plural, sentenceLabel } from '../../lib/format';
import { pageCount } from '../../lib/paging';
import { dataRoutes, routes } from '../../lib/routes';
import { Facets } from './_components/facets';
import { QueryHelp } from './_components/query-help';

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = normaliseQuery((await searchParams).q);
  return {
    title: query ? `Search: ${query}` : 'Search',
    description:
      'Search every sentence of the corpus with words, phrases, prefixes and filters by entity, type, document and date.',
  };
}

/**
 * Rendered per request from the URL, so a search can be shared by its address. It runs through
 * the same query API as `genebelt search` in the terminal, so both give the same answer.
 */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = normaliseQuery(params.q);
  const page = normalisePage(params.page);
  const result = query ? searchCorpus(query, page) : null;
  const pages = result ? pageCount(result.total, SEARCH_PAGE_SIZE) : 1;

  return (
    <>
      <div className="page-head">
        <h1>Search</h1>
        <search aria-label="Corpus">
          <form className="search-form" action={routes.search()} method="get">
            <label className="sr-only" htmlFor="q">
              Query
            </label>
            <input
              id="q"
              type="search"
              name="q"
              defaultValue={query}
              placeholder='e.g. "belt and road" type:person'
            />
            <button type="submit">Search</button>
          </form>
        </search>
        <QueryHelp open={!query} />
      </div>

      {result ? (
        <div className="search-layout">
          <section aria-labelledby="results">
            <h2 id="results">
              {result.total === 0
                ? 'No sentence matches'
                : `${plural(result.total, 'sentence')} ${result.total === 1 ? 'matches' : 'match'}`}
            </h2>
            <DataLinks links={[{ href: dataRoutes.search(query, page), label: 'search.json' }]} />
            {result.total === 0 ? (
              <p>
                Try fewer words, a prefix such as <code>genom*</code>, or remove a filter.
              </p>
            ) : result.hits.length === 0 ? (
              <p>
                There is no page {page} of results.{' '}
                <a href={routes.search(query)}>Back to the first</a>.
              </p>
            ) : (
              <>
                {pages > 1 ? (
                  <p className="muted">
                    Showing {formatCount((page - 1) * SEARCH_PAGE_SIZE + 1)}–
                    {formatCount((page - 1) * SEARCH_PAGE_SIZE + result.hits.length)}, best first.
                  </p>
                ) : null}
                <ol className="plain-list hits" start={(page - 1) * SEARCH_PAGE_SIZE + 1}>
                  {result.hits.map((hit) => (
                    <li key={`${hit.documentId}#${hit.sentenceId}`}>
                      <p className="hit-title">
                        <a href={routes.document(hit.documentId)}>{hit.documentTitle}</a>{' '}
                        <span className="count">{sentenceLabel(hit.sentenceId)}</span>
                      </p>
                      <ul className="kwic">
                        <li>
                          <KwicLine
                            context={hit.context}
                            href={routes.document(hit.documentId, hit.sentenceId)}
                          />
                        </li>
                      </ul>
                    </li>
                  ))}
                </ol>
                <Pager
                  page={page}
                  pageCount={pages}
                  href={(n) => routes.search(query, n)}
                  label="Result pages"
                />
              </>
            )}
          </section>
          <Facets query={query} result={result} />
        </div>
      ) : null}
    </>
  );
}
