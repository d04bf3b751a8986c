import { routes } from '../lib/routes';

const NAV = [
  { href: routes.documents, label: 'Documents' },
  { href: routes.entities, label: 'Entities' },
  { href: routes.timeline, label: 'Timeline' },
  { href: routes.quotes, label: 'Quotes' },
  { href: routes.numbers, label: 'Numbers' },
  { href: routes.data, label: 'Data' },
] as const;

/** The header of every page: home, sections and a search box (a plain GET form, no script). */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a className="brand" href={routes.home}>
          genebelt
        </a>
        <nav className="site-nav" aria-label="Sections">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <search className="site-search" aria-label="Site">
          <form action={routes.search()} method="get">
            <label className="sr-only" htmlFor="site-search-q">
              Search the corpus
            </label>
            <input id="site-search-q" type="search" name="q" placeholder="Search the corpus" />
            <button type="submit">Search</button>
          </form>
        </search>
      </div>
    </header>
  );
}
