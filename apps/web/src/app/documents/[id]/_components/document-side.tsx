import type { DocumentSummary, EntitySummary, EntityType } from '@genebelt/model';
import { Fragment } from 'react';
import { numbersOf, quotesOf } from '../../../../lib/corpus';
import { ENTITY_TYPE_LABELS, ENTITY_TYPES, plural } from '../../../../lib/format';
import { routes } from '../../../../lib/routes';

/**
 * The side list of a document: the entities it mentions, by type, most mentioned first. Each
 * type's heading is drawn the way its mentions are in the text (colour and underline style), so
 * the list is also the key to the highlights.
 */
export function DocumentSide({
  documentId,
  summary,
  entities,
}: {
  documentId: string;
  summary: DocumentSummary | null;
  entities: readonly { summary: EntitySummary; mentions: number }[];
}) {
  const byType = new Map<EntityType, { summary: EntitySummary; mentions: number }[]>();
  for (const row of entities) {
    const group = byType.get(row.summary.type);
    if (group) group.push(row);
    else byType.set(row.summary.type, [row]);
  }
  return (
    <aside className="side" aria-labelledby="side-title">
      <h2 id="side-title">In this document</h2>
      {ENTITY_TYPES.filter((type) => byType.has(type)).map((type) => (
        <Fragment key={type}>
          <h3>
            <span className={`m t-${type}`}>{ENTITY_TYPE_LABELS[type].many}</span>
          </h3>
          <p>
            {(byType.get(type) ?? []).map((row, index) => (
              <Fragment key={row.summary.id}>
                {index > 0 ? ', ' : ''}
                <a href={routes.entity(row.summary.id)}>{row.summary.name}</a>
                {row.mentions > 1 ? ` ×${row.mentions}` : ''}
              </Fragment>
            ))}
          </p>
        </Fragment>
      ))}
      <h3>Also marked</h3>
      <p>
        <span className="date">dates</span>, <span className="num">numbers</span> and{' '}
        <span className="quote-speech">quoted speech</span>.
      </p>
      {summary ? (
        <p>
          <a href={quotesOf(documentId)}>{plural(summary.counts.quotes, 'quote')}</a>,{' '}
          <a href={numbersOf(documentId)}>{plural(summary.counts.quantities, 'number')}</a>,{' '}
          {plural(summary.counts.temporalExpressions, 'date')}.{' '}
          <a href={routes.search(`doc:${documentId} `)}>Search in this document</a>
        </p>
      ) : null}
    </aside>
  );
}
