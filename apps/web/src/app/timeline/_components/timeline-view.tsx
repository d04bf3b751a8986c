import type { Timeline, TimelineEntry } from '@genebelt/model';
import { DataLinks } from '../../../components/data-links';
import { DateText } from '../../../components/date-text';
import { EntityLink } from '../../../components/entity-link';
import { Pager } from '../../../components/pager';
import { documentTitle, entitySummary } from '../../../lib/corpus';
import { BASIS_LABELS, plural, sentenceLabel } from '../../../lib/format';
import { LIST_PAGE_SIZE, pageOf } from '../../../lib/paging';
import { dataRoutes, routes } from '../../../lib/routes';
import {
  groupAnchor,
  groupLabel,
  timelineEntries,
  timelinePageCount,
  timelinePageHref,
  timelineSections,
  undatedHref,
} from '../../../lib/timeline';

/** A page of the timeline: entries in order, grouped by month, the undated ones last. */
export function TimelineView({ timeline, page }: { timeline: Timeline; page: number }) {
  const entries = timelineEntries(timeline);
  const pages = timelinePageCount(timeline);
  const before = entries[(page - 1) * LIST_PAGE_SIZE - 1];
  return (
    <>
      <div className="page-head">
        <h1>Timeline</h1>
        <p className="lead">
          Events and dated statements, in order. Each date is shown as precisely as it is known (a
          filled dot: the day; half: the month; empty: the year) and links to the sentence that
          supports it. Entries whose date is not known are kept apart, at the end.
        </p>
        <p className="muted">
          {plural(timeline.dated.length, 'dated entry', 'dated entries')} ·{' '}
          <a href={undatedHref(timeline)}>
            {plural(timeline.undated.length, 'undated entry', 'undated entries')}
          </a>
        </p>
        <DataLinks links={[{ href: dataRoutes.timeline, label: 'timeline.json' }]} />
      </div>
      <Pager page={page} pageCount={pages} href={timelinePageHref} label="Timeline pages" />
      {timelineSections(pageOf(entries, page), before).map((section) => (
        <section
          key={section.key}
          aria-labelledby={section.continued ? undefined : groupAnchor(section.key)}
          aria-label={section.continued ? `${groupLabel(section.key)}, continued` : undefined}
        >
          <h2 id={section.continued ? undefined : groupAnchor(section.key)}>
            {groupLabel(section.key)}
            {section.continued ? ', continued' : ''}
          </h2>
          <EntryList entries={section.entries} />
        </section>
      ))}
      {timeline.undated.length === 0 && page === pages ? (
        <section aria-labelledby="undated">
          <h2 id="undated">Undated</h2>
          <p className="muted">Every entry has a date.</p>
        </section>
      ) : null}
      <Pager page={page} pageCount={pages} href={timelinePageHref} label="Timeline pages, again" />
    </>
  );
}

/** Entities named beside an event; the rest, and those of statements, are in timeline.json. */
const ENTITIES_PER_EVENT = 6;

/**
 * Entries as compact as they can be while keeping what matters: the date as precise as it is
 * known, what happened or was said, and the link to the sentence. At 10,000 documents the
 * timeline has some 70,000 entries, so every byte of an entry counts.
 */
function EntryList({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <ol className="timeline">
      {entries.map((entry) => (
        <li
          key={entry.id}
          className={entry.date.status === 'resolved' ? `p-${entry.date.date.precision}` : 'p-none'}
        >
          <span className="when">
            <DateText date={entry.date} short />
          </span>{' '}
          {entry.kind === 'event' ? (
            <span className="tag">{entry.eventType ?? 'event'}</span>
          ) : null}{' '}
          <a href={routes.document(entry.documentId, entry.sentenceId)}>{entry.summary}</a>
          {entry.kind === 'event' ? <EventDetails entry={entry} /> : null}
        </li>
      ))}
    </ol>
  );
}

function EventDetails({ entry }: { entry: TimelineEntry }) {
  return (
    <p className="entry-meta">
      {/* Text joined into single strings and no wrapper per entity: a timeline page has 500
          entries, and every node is paid for in its HTML and again in its React payload. */}
      {`${documentTitle(entry.documentId)}, ${sentenceLabel(entry.sentenceId)}`}
      {entry.entityIds.slice(0, ENTITIES_PER_EVENT).flatMap((id, index) => {
        const entity = entitySummary(id);
        return [
          index === 0 ? ' · ' : ', ',
          entity ? <EntityLink key={id} entity={entity} showType={false} /> : id,
        ];
      })}
      {`. ${
        entry.date.status === 'resolved'
          ? `Date ${BASIS_LABELS[entry.date.basis]}: ${entry.date.explanation}`
          : `Not dated: ${entry.date.reason}`
      }`}
    </p>
  );
}
