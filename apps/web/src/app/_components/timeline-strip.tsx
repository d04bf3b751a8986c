import type { Timeline } from '@genebelt/model';
import { plural } from '../../lib/format';
import { routes } from '../../lib/routes';
import {
  barClass,
  groupAnchor,
  groupLabel,
  timelineBuckets,
  timelinePageHref,
  undatedHref,
} from '../../lib/timeline';

/** How many months the overview strip shows; the timeline page has them all. */
const STRIP_LENGTH = 36;

/** A strip of the timeline: one bar per month (or year), linking to that part of the timeline. */
export function TimelineStrip({ timeline }: { timeline: Timeline }) {
  const buckets = timelineBuckets(timeline.dated).slice(0, STRIP_LENGTH);
  const max = Math.max(0, ...buckets.map((bucket) => bucket.count));
  return (
    <>
      <ol className="strip" aria-label="Dated entries by month">
        {buckets.map((bucket) => {
          return (
            <li key={bucket.key}>
              <a href={`${timelinePageHref(bucket.page)}#${groupAnchor(bucket.key)}`}>
                <span className="n">
                  {bucket.count}
                  <span className="sr-only">
                    {bucket.count === 1 ? ' entry' : ' entries'} in {groupLabel(bucket.key)}
                  </span>
                </span>
                <span className={`bar ${barClass(bucket.count, max)}`} aria-hidden="true" />
                <span aria-hidden="true">{bucket.label}</span>
              </a>
            </li>
          );
        })}
      </ol>
      <p className="muted">
        {plural(timeline.dated.length, 'dated entry', 'dated entries')},{' '}
        <a href={undatedHref(timeline)}>{timeline.undated.length} undated</a>.{' '}
        <a href={routes.timeline}>The whole timeline</a>
      </p>
    </>
  );
}
