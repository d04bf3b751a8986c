import type { CalendarDate, DateResolution } from '@genebelt/model';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "2017", "2017-06" or "2017-06-08" into a calendar date, or null if it is not one. */
export function parseCalendarDate(text: string): CalendarDate | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  if (month === undefined) return { value: text, precision: 'year' };
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  if (day === undefined) return { value: text, precision: 'month' };
  const d = Number(day);
  const date = new Date(Date.UTC(Number(year), m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return { value: text, precision: 'day' };
}

/**
 * The first and last day a date value can mean, as yyyymmdd numbers: "2017" is 20170101–20171231,
 * "2017-06" is 20170601–20170631 (an upper bound, not a real day), "2017-06-08" is one day.
 */
export function dateBounds(value: string): [number, number] {
  const year = Number(value.slice(0, 4));
  if (value.length === 4) return [year * 10000 + 101, year * 10000 + 1231];
  const month = Number(value.slice(5, 7));
  if (value.length === 7) return [year * 10000 + month * 100 + 1, year * 10000 + month * 100 + 31];
  const day = year * 10000 + month * 100 + Number(value.slice(8, 10));
  return [day, day];
}

/** The resolved value of a date resolution, or null when it is unresolved. */
export function resolvedValue(date: DateResolution): string | null {
  return date.status === 'resolved' ? date.date.value : null;
}
