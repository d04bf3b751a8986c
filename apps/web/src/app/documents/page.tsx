import type { Metadata } from 'next';
import { DataLinks } from '../../components/data-links';
import { DocumentList } from '../../components/document-list';
import { documentSummaries } from '../../lib/corpus';
import { plural } from '../../lib/format';
import { dataRoutes } from '../../lib/routes';

export const metadata: Metadata = {
  title: 'Documents',
  description: 'Every document of the corpus, with its publisher and publication date.',
};

export default function DocumentsPage() {
  const documents = documentSummaries();
  return (
    <>
      <div className="page-head">
        <h1>Documents</h1>
        <p className="lead">
          {plural(documents.length, 'document')}, oldest first; those whose publication date is not
          known come last.
        </p>
        <DataLinks
          links={[
            { href: dataRoutes.documents, label: 'documents.json' },
            { href: dataRoutes.documentsCsv, label: 'documents.csv' },
          ]}
        />
      </div>
      <DocumentList documents={documents} headingLevel={2} />
    </>
  );
}
