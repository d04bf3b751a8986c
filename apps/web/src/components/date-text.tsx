import type { DateResolution } from '@genebelt/model';
import { BASIS_LABELS, formatCalendarDate, PRECISION_LABELS } from '../lib/format';

/**
 * A date as precise as it is known, never more: "June 2017 (known to the month)". With `explain`,
 * also how it is known, or why it is not.
 */
export function DateText({
  date,
  explain = false,
  short = false,
  undated = 'Undated',
}: {
  date: DateResolution;
  explain?: boolean;
  /** "(to the day)" rather than "(known to the day)", for long lists. */
  short?: boolean;
  undated?: string;
}) {
  if (date.status === 'unresolved') {
    return (
      <>
        <span>{undated}</span>
        {explain ? <span className="how">{date.reason}</span> : null}
      </>
    );
  }
  return (
    <>
      <time dateTime={date.date.value}>{formatCalendarDate(date.date)}</time>{' '}
      <span className="muted">
        ({short ? `to the ${date.date.precision}` : PRECISION_LABELS[date.date.precision]})
      </span>
      {explain ? (
        <span className="how">
          {capitalise(BASIS_LABELS[date.basis])}: {date.explanation}
        </span>
      ) : null}
    </>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
