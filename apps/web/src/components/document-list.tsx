import type { DocumentSummary } from '@genebelt/model';
import { plural } from '../lib/format';
import { routes } from '../lib/routes';
import { DateText } from './date-text';

/** Documents as a list: title, publisher and publication date (or that they are unknown). */
export function DocumentList({
  documents,
  headingLevel = 3,
}: {
  documents: readonly DocumentSummary[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="plain-list doc-list">
      {documents.map((document) => (
        <li key={document.id}>
          <Heading>
            <a href={routes.document(document.id)}>{document.title}</a>
          </Heading>
          <p className="doc-meta">
            {document.publisher ?? 'Publisher unknown'} ·{' '}
            <DateText date={document.published} undated="Publication date unknown" />
          </p>
          <p className="doc-meta">
            {plural(document.counts.sentences, 'sentence')} ·{' '}
            {plural(document.counts.entities, 'entity', 'entities')} ·{' '}
            {plural(document.counts.quotes, 'quote')} ·{' '}
            {plural(document.counts.quantities, 'number')}
          </p>
        </li>
      ))}
    </ul>
  );
}
