export interface DataLink {
  href: string;
  label: string;
}

/** "The data behind this page": links to the JSON (or CSV) a page is made from. */
export function DataLinks({ links }: { links: readonly DataLink[] }) {
  return (
    <nav className="data-links" aria-label="Data behind this page">
      <span>Data behind this page:</span>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} type="application/json">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
