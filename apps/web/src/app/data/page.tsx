import type { Metadata } from 'next';
import { corpusOverview } from '../../lib/corpus';
import { ANNOTATION_COLUMNS } from '../../lib/exports';
import { formatCount } from '../../lib/format';
import { dataRoutes, routes } from '../../lib/routes';
import { schemaNames } from '../../lib/schema';

export const metadata: Metadata = {
  title: 'Data',
  description:
    'Download the whole corpus as JSON, JSON Lines or CSV, and the JSON Schema of its model.',
};

export default function DataPage() {
  const overview = corpusOverview();
  return (
    <>
      <div className="page-head">
        <h1>Data</h1>
        <p className="lead">
          Everything on this site is made from data you can download: the whole corpus, and the data
          behind each page (linked at the top of every page). Offsets count UTF-16 code units of
          each document’s normalised text, as JavaScript strings index, and are half-open.
        </p>
      </div>

      <section aria-labelledby="whole">
        <h2 id="whole">The whole corpus</h2>
        <p>
          {formatCount(overview.documentCount)} documents, {formatCount(overview.entityCount)}{' '}
          entities and {formatCount(overview.mentionCount)} mentions, written against model{' '}
          <code>{overview.schemaVersion}</code>.
        </p>
        <ul className="downloads">
          <li>
            <a href={dataRoutes.corpusJson} download>
              corpus.json
            </a>{' '}
            — the corpus exactly as the model defines it (
            <a href={`${routes.schema}#Corpus`}>Corpus</a>
            ): documents with their text, structure and annotations; entities; events; identity
            decisions; and the index of counts.
          </li>
          <li>
            <a href={dataRoutes.corpusJsonl} download>
              corpus.jsonl
            </a>{' '}
            — the same as JSON Lines, one record per line, for streaming. Each line is{' '}
            <code>{'{"kind": …, "value": …}'}</code>: first the <code>corpus</code> (name,
            description, version, index), then every <code>entity</code>, <code>event</code> and{' '}
            <code>identityDecision</code>, then every <code>document</code>.
          </li>
          <li>
            <a href={dataRoutes.corpusCsv} download>
              corpus.csv
            </a>{' '}
            — every annotation as one row:{' '}
            {ANNOTATION_COLUMNS.map((column, index) => (
              <span key={column}>
                {index > 0 ? ', ' : ''}
                <code>{column}</code>
              </span>
            ))}
            . The <code>kind</code> is mention, date, quote or quantity; for a quote the entity
            columns name the speaker.
          </li>
          <li>
            <a href={dataRoutes.documentsCsv} download>
              documents.csv
            </a>{' '}
            and{' '}
            <a href={dataRoutes.entitiesCsv} download>
              entities.csv
            </a>{' '}
            — one row per document or entity, with counts.
          </li>
        </ul>
      </section>

      <section aria-labelledby="per-page">
        <h2 id="per-page">Behind each page</h2>
        <ul>
          <li>
            <a href={dataRoutes.overview}>overview.json</a>,{' '}
            <a href={dataRoutes.documents}>documents.json</a>,{' '}
            <a href={dataRoutes.entities}>entities.json</a>,{' '}
            <a href={dataRoutes.timeline}>timeline.json</a>,{' '}
            <a href={dataRoutes.quotes}>quotes.json</a>,{' '}
            <a href={dataRoutes.numbers}>numbers.json</a>
          </li>
          <li>
            <code>/data/documents/&lt;id&gt;.json</code> — one document;{' '}
            <code>/data/entities/&lt;id&gt;.json</code> — one entity with every mention in context,
            its events and the entities named with it.
          </li>
          <li>
            <code>/data/search.json?q=…</code> — the result of a search, as on the search page.
          </li>
        </ul>
      </section>

      <section aria-labelledby="schema">
        <h2 id="schema">JSON Schema</h2>
        <p>
          The model is published as JSON Schema (draft 2020-12), generated from the same zod schemas
          the code validates with. <a href={routes.schema}>Read the model</a>, field by field. Rules
          that span fields (offsets inside the text, references that resolve, unique ids) are
          checked by <code>@genebelt/model</code> and stated in each schema’s description.
        </p>
        <ul className="plain-list columns">
          {schemaNames().map((name) => (
            <li key={name}>
              <a href={dataRoutes.schema(name)}>{name}.schema.json</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
