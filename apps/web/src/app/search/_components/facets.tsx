import type { FacetCount, SearchResult } from '@genebelt/model';
import { formatCount } from '../../../lib/format';
import { routes } from '../../../lib/routes';

const FACETS = [
  { key: 'entityType', title: 'Entity type', filter: (value: string) => `type:${value}` },
  { key: 'document', title: 'Document', filter: (value: string) => `doc:${value}` },
  { key: 'year', title: 'Year', filter: (value: string) => `from:${value} to:${value}` },
] as const;

/** Facet counts over all matches; each value narrows the query by adding its filter to it. */
export function Facets({ query, result }: { query: string; result: SearchResult }) {
  const words = query.split(/\s+/);
  return (
    <aside className="facets" aria-label="Narrow the results">
      {FACETS.map((facet) => {
        const values: FacetCount[] = result.facets[facet.key];
        if (values.length === 0) return null;
        return (
          <section key={facet.key} aria-labelledby={`facet-${facet.key}`}>
            <h2 id={`facet-${facet.key}`}>{facet.title}</h2>
            <ul className="plain-list">
              {values.map((value) => {
                const filter = facet.filter(value.value);
                const active = filter.split(' ').every((part) => words.includes(part));
                const next = active
                  ? words.filter((word) => !filter.split(' ').includes(word)).join(' ')
                  : `${query} ${filter}`;
                return (
                  <li key={value.value}>
                    <a href={routes.search(next.trim())} aria-current={active ? 'true' : undefined}>
                      {active ? <span aria-hidden="true">✓ </span> : null}
                      {value.label}
                      {active ? <span className="sr-only"> (applied; remove)</span> : null}
                    </a>
                    <span className="count">{formatCount(value.count)}</span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
