import type { Metadata } from 'next';
import { DataLinks } from '../../components/data-links';
import { entitiesByType, entitySummaries } from '../../lib/corpus';
import { ENTITY_TYPE_LABELS, ENTITY_TYPES, formatCount, plural } from '../../lib/format';
import { dataRoutes, routes } from '../../lib/routes';

export const metadata: Metadata = {
  title: 'Entities',
  description:
    'People, organizations, places, events, initiatives, outlets and works the corpus names.',
};

export default function EntitiesPage() {
  const groups = entitiesByType();
  const total = entitySummaries().length;
  const types = ENTITY_TYPES.filter((type) => groups.has(type));
  return (
    <>
      <div className="page-head">
        <h1>Entities</h1>
        <p className="lead">
          {plural(total, 'entity', 'entities')} the corpus names, by type, most mentioned first.
          Entities proposed by automatic extraction and not yet reviewed are marked{' '}
          <span className="tag">proposed</span>.
        </p>
        <DataLinks
          links={[
            { href: dataRoutes.entities, label: 'entities.json' },
            { href: dataRoutes.entitiesCsv, label: 'entities.csv' },
          ]}
        />
        <nav aria-label="Entity types">
          <ul className="plain-list columns">
            {types.map((type) => (
              <li key={type}>
                <a href={`#${type}`}>{ENTITY_TYPE_LABELS[type].many}</a>{' '}
                <span className="count">{formatCount(groups.get(type)?.length ?? 0)}</span>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {types.map((type) => (
        <section key={type} aria-labelledby={type}>
          <h2 id={type}>{ENTITY_TYPE_LABELS[type].many}</h2>
          <ul className="plain-list columns">
            {(groups.get(type) ?? []).map((entity) => (
              <li key={entity.id}>
                <a href={routes.entity(entity.id)}>{entity.name}</a>{' '}
                <span className="count">
                  {formatCount(entity.mentionCount)} in {plural(entity.documentCount, 'doc')}
                </span>
                {entity.origin !== 'curated' ? (
                  <>
                    {' '}
                    <span className="tag">proposed</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
