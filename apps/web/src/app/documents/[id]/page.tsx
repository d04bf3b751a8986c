import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DataLinks } from '../../../components/data-links';
import { JsonLd } from '../../../components/json-ld';
import { documentIds, documentMeta, documentPage } from '../../../lib/corpus';
import { knownValue } from '../../../lib/format';
import { dataRoutes, routes } from '../../../lib/routes';
import { DocumentSide } from './_components/document-side';
import { DocumentText } from './_components/document-text';
import { SourceFacts } from './_components/source-facts';

// Every document is prerendered; an id that is not in the corpus is a 404, not a render.
export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return documentIds().map((id) => ({ id }));
}

interface Props {
  params: Promise<{ id: string }>;
}

const LEADING_ROLES = new Set(['headline', 'headline-variant', 'deck', 'credit', 'byline']);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const meta = documentMeta(id);
  if (!meta) return {};
  return {
    ...meta,
    alternates: { types: { 'application/json': dataRoutes.document(id) } },
  };
}

export default async function DocumentPage({ params }: Props) {
  const { id } = await params;
  const page = documentPage(id);
  if (!page) notFound();
  const { document, entities, summary } = page;
  const entityMap = new Map(entities.map((row) => [row.summary.id, row.summary]));
  const firstBodyIndex = document.paragraphs.findIndex(
    (paragraph) => !LEADING_ROLES.has(paragraph.role),
  );
  const split = firstBodyIndex === -1 ? document.paragraphs.length : firstBodyIndex;
  const publisher = knownValue(document.source.publisher);
  const url = knownValue(document.source.url);
  const published = document.source.published;

  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: document.title,
          inLanguage: document.language,
          ...(document.deck ? { description: document.deck } : {}),
          ...(publisher ? { publisher: { '@type': 'Organization', name: publisher } } : {}),
          ...(url ? { url } : {}),
          ...(published.status === 'resolved' ? { datePublished: published.date.value } : {}),
        }}
      />
      <div className="document-layout">
        <article className="document-text" lang={document.language}>
          <p className="kicker">Document</p>
          <DocumentText
            document={document}
            entities={entityMap}
            paragraphs={document.paragraphs.slice(0, split)}
          />
          <DataLinks links={[{ href: dataRoutes.document(id), label: `${id}.json` }]} />
          <SourceFacts document={document} />
          <DocumentText
            document={document}
            entities={entityMap}
            paragraphs={document.paragraphs.slice(split)}
          />
          <p className="muted">
            <a href={routes.documents}>All documents</a>
          </p>
        </article>
        <DocumentSide documentId={id} summary={summary} entities={entities} />
      </div>
    </>
  );
}
