import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Fragment } from 'react';
import { DataLinks } from '../../../components/data-links';
import { DateText } from '../../../components/date-text';
import { EntityLink } from '../../../components/entity-link';
import { KwicLine } from '../../../components/kwic-line';
import {
  documentTitle,
  entityIds,
  entityPage,
  entitySummary,
  sentenceAt,
} from '../../../lib/corpus';
import { ENTITY_TYPE_LABELS, formatCount, plural, sentenceLabel } from '../../../lib/format';
import { dataRoutes, routes } from '../../../lib/routes';

export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return entityIds().map((id) => ({ id }));
}

interface Props {
  params: Promise<{ id: string }>;
}

const ALIAS_KINDS = {
  name: 'also called',
  abbreviation: 'abbreviation',
  variant: 'variant',
  'short-name': 'short name',
} as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const summary = entitySummary(id);
  if (!summary) return {};
  const type = ENTITY_TYPE_LABELS[summary.type].one.toLowerCase();
  return {
    title: summary.name,
    description: `${summary.name} (${type}): ${plural(summary.mentionCount, 'mention')} in ${plural(summary.documentCount, 'document')}, each linked to its sentence.`,
    alternates: { types: { 'application/json': dataRoutes.entity(id) } },
  };
}

export default async function EntityPage({ params }: Props) {
  const { id } = await params;
  const page = entityPage(id);
  if (!page) notFound();
  const { entity, mentions, mentionTotal, events, eventTotal, related, summary } = page;
  const documentCount = summary?.documentCount ?? 0;
  const byDocument = new Map<string, typeof mentions>();
  for (const line of mentions) {
    byDocument.set(line.documentId, [...(byDocument.get(line.documentId) ?? []), line]);
  }
  const externalIds = Object.entries(entity.externalIds);

  return (
    <>
      <div className="page-head">
        <p className="kicker">{ENTITY_TYPE_LABELS[entity.type].one}</p>
        <h1>
          {entity.name}
          {entity.origin !== 'curated' ? (
            <>
              {' '}
              <span className="tag">proposed</span>
            </>
          ) : null}
        </h1>
        {entity.description ? <p className="lead">{entity.description}</p> : null}
        <p className="muted">
          {plural(mentionTotal, 'mention')} in {plural(documentCount, 'document')}.{' '}
          {entity.origin === 'curated'
            ? 'From the reviewed knowledge base.'
            : `Proposed by automatic extraction (${entity.origin}); not yet reviewed.`}
        </p>
        <DataLinks links={[{ href: dataRoutes.entity(id), label: `${id}.json` }]} />
      </div>

      {entity.aliases.length > 0 ? (
        <section aria-labelledby="aliases">
          <h2 id="aliases">Also known as</h2>
          <ul>
            {entity.aliases.map((alias) => (
              <li key={`${alias.kind}-${alias.text}`}>
                {alias.text} <span className="muted">({ALIAS_KINDS[alias.kind]})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {entity.roles.length > 0 ? (
        <section aria-labelledby="roles">
          <h2 id="roles">Roles and affiliations</h2>
          <ul>
            {entity.roles.map((role, index) => {
              const organization = role.organizationId ? entitySummary(role.organizationId) : null;
              return (
                <li key={index}>
                  {role.title}
                  {organization ? (
                    <>
                      {' '}
                      of <EntityLink entity={organization} showType={false} />
                    </>
                  ) : null}
                  <span className="muted">
                    {' '}
                    — stated in{' '}
                    {role.evidence.map((where, n) => {
                      const sentenceId = sentenceAt(where.documentId, where.span.start);
                      return (
                        <span key={`${where.documentId}-${where.span.start}`}>
                          {n > 0 ? ', ' : ''}
                          <a href={routes.document(where.documentId, sentenceId)}>
                            {documentTitle(where.documentId)}
                          </a>
                        </span>
                      );
                    })}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="events">
        <h2 id="events">Events</h2>
        {events.length < eventTotal ? (
          <p className="notice">
            The first {formatCount(events.length)} of {formatCount(eventTotal)} events, by date. All
            of them are in <a href={dataRoutes.entity(id)}>{id}.json</a> and on the{' '}
            <a href={routes.timeline}>timeline</a>.
          </p>
        ) : null}
        {events.length === 0 ? (
          <p className="muted">No events in the corpus involve {entity.name}.</p>
        ) : (
          <ul className="plain-list">
            {events.map((event) => {
              const place = event.placeId ? entitySummary(event.placeId) : null;
              return (
                <li key={event.id} className="entry">
                  <p className="entry-summary">
                    <span className="when">
                      <DateText date={event.date} />
                    </span>{' '}
                    <span className="tag">{event.type}</span> {event.summary}
                  </p>
                  <p className="entry-meta">
                    {place ? (
                      <>
                        At <EntityLink entity={place} showType={false} />.{' '}
                      </>
                    ) : null}
                    {event.participants.length > 0 ? (
                      <>
                        With{' '}
                        {event.participants.map((participant, n) => {
                          const who = entitySummary(participant.entityId);
                          return (
                            <span key={participant.entityId}>
                              {n > 0 ? ', ' : ''}
                              {who ? (
                                <EntityLink entity={who} showType={false} />
                              ) : (
                                participant.entityId
                              )}
                              {participant.role ? ` (${participant.role})` : ''}
                            </span>
                          );
                        })}
                        .{' '}
                      </>
                    ) : null}
                    Evidence:{' '}
                    {event.evidence.map((reference, n) => (
                      <span key={`${reference.documentId}-${reference.sentenceId}`}>
                        {n > 0 ? ', ' : ''}
                        <a href={routes.document(reference.documentId, reference.sentenceId)}>
                          {documentTitle(reference.documentId)},{' '}
                          {sentenceLabel(reference.sentenceId)}
                        </a>
                      </span>
                    ))}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="mentions">
        <h2 id="mentions">Every mention</h2>
        {mentions.length < mentionTotal ? (
          <p className="notice">
            The first {formatCount(mentions.length)} of {formatCount(mentionTotal)} mentions.{' '}
            <a href={routes.search(`entity:${id}`)}>Search for all of them</a> or read them all in{' '}
            <a href={dataRoutes.entity(id)}>{id}.json</a>.
          </p>
        ) : null}
        {[...byDocument.entries()].map(([documentId, lines]) => (
          <section key={documentId} aria-labelledby={`in-${documentId}`}>
            <h3 id={`in-${documentId}`}>
              <a href={routes.document(documentId)}>{documentTitle(documentId)}</a>{' '}
              <span className="count">×{lines.length}</span>
            </h3>
            <ol className="kwic">
              {lines.map((line) => (
                <li key={`${line.span.start}-${line.span.end}`}>
                  <KwicLine
                    context={line.context}
                    href={routes.document(line.documentId, line.sentenceId)}
                  />
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>

      {related.length > 0 ? (
        <section aria-labelledby="related">
          <h2 id="related">Named in the same sentences</h2>
          <ul className="plain-list columns">
            {related.map((row) => (
              <li key={row.summary.id}>
                <EntityLink entity={row.summary} />{' '}
                <span className="count">{plural(row.sentenceCount, 'sentence')}</span>
              </li>
            ))}
          </ul>
          <p>
            <a href={routes.search(`entity:${id}`)}>Search the sentences that name {entity.name}</a>
          </p>
        </section>
      ) : null}

      {externalIds.length > 0 ? (
        <section aria-labelledby="external">
          <h2 id="external">Identifiers elsewhere</h2>
          <dl className="facts">
            {externalIds.map(([scheme, value]) => (
              <Fragment key={scheme}>
                <dt>{scheme}</dt>
                <dd>
                  <code>{value}</code>
                </dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ) : null}
    </>
  );
}
