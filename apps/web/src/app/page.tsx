import { DataLinks } from '../components/data-links';
import { DocumentList } from '../components/document-list';
import { EntityLink } from '../components/entity-link';
import { corpusOverview, corpusTimeline, documentSummaries, mostMentioned } from '../lib/corpus';
import {
  ENTITY_TYPE_LABELS,
  ENTITY_TYPES,
  formatCalendarDate,
  formatCount,
  plural,
} from '../lib/format';
import { dataRoutes, routes } from '../lib/routes';
import { TimelineStrip } from './_components/timeline-strip';

/** Documents listed on the overview; all of them are on /documents. */
const OVERVIEW_DOCUMENTS = 12;
const OVERVIEW_ENTITIES = 15;

export default function OverviewPage() {
  const overview = corpusOverview();
  const documents = documentSummaries();
  const { dateRange } = overview;
  return (
    <>
      <div className="page-head">
        <p className="kicker">Corpus</p>
        <h1>{overview.name}</h1>
        <p className="lead">{overview.description}</p>
        <DataLinks links={[{ href: dataRoutes.overview, label: 'overview.json' }]} />
      </div>

      <section aria-labelledby="holds">
        <h2 id="holds">What it holds</h2>
        <dl className="stats">
          <div>
            <dt>Documents</dt>
            <dd>{formatCount(overview.documentCount)}</dd>
          </div>
          <div>
            <dt>Entities</dt>
            <dd>{formatCount(overview.entityCount)}</dd>
          </div>
          <div>
            <dt>Mentions</dt>
            <dd>{formatCount(overview.mentionCount)}</dd>
          </div>
          <div>
            <dt>Dates covered</dt>
            <dd>
              {dateRange ? (
                <>
                  <time dateTime={dateRange.earliest.value}>
                    {formatCalendarDate(dateRange.earliest)}
                  </time>
                  <small>
                    to{' '}
                    <time dateTime={dateRange.latest.value}>
                      {formatCalendarDate(dateRange.latest)}
                    </time>
                  </small>
                </>
              ) : (
                'No dates'
              )}
            </dd>
          </div>
        </dl>
        <h3>Entities by type</h3>
        <ul className="plain-list columns">
          {ENTITY_TYPES.filter((type) => (overview.entityCountByType[type] ?? 0) > 0).map(
            (type) => (
              <li key={type}>
                <a href={`${routes.entities}#${type}`}>{ENTITY_TYPE_LABELS[type].many}</a>{' '}
                <span className="count">{formatCount(overview.entityCountByType[type] ?? 0)}</span>
              </li>
            ),
          )}
        </ul>
      </section>

      <section aria-labelledby="timeline-strip">
        <h2 id="timeline-strip">Timeline</h2>
        <TimelineStrip timeline={corpusTimeline()} />
      </section>

      <div className="two-up">
        <section aria-labelledby="documents">
          <h2 id="documents">Documents</h2>
          <DocumentList documents={documents.slice(0, OVERVIEW_DOCUMENTS)} />
          {documents.length > OVERVIEW_DOCUMENTS ? (
            <p>
              <a href={routes.documents}>All {plural(documents.length, 'document')}</a>
            </p>
          ) : null}
        </section>

        <section aria-labelledby="most-mentioned">
          <h2 id="most-mentioned">Most mentioned</h2>
          <ol className="rank-list">
            {mostMentioned(OVERVIEW_ENTITIES).map((entity) => (
              <li key={entity.id}>
                <EntityLink entity={entity} />{' '}
                <span className="count">
                  {plural(entity.mentionCount, 'mention')} in{' '}
                  {plural(entity.documentCount, 'document')}
                </span>
              </li>
            ))}
          </ol>
          <p>
            <a href={routes.entities}>All {plural(overview.entityCount, 'entity', 'entities')}</a>
          </p>
        </section>
      </div>
    </>
  );
}
