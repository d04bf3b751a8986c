import { routes } from '../lib/routes';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          genebelt: news articles turned into a normalised, annotated corpus. Every entity, date,
          quote and number links to the sentence that supports it.
        </p>
        <p>
          <a href={routes.data}>Download the corpus</a> · <a href={routes.schema}>Data model</a> ·{' '}
          <a href={routes.search()}>Search help</a>
        </p>
      </div>
    </footer>
  );
}
