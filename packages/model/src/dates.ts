import * as z from 'zod';
import { SourceLocation } from './evidence.js';

export const DatePrecision = z.enum(['year', 'month', 'day']).meta({
  id: 'DatePrecision',
  title: 'Date precision',
  description: 'How much of a calendar date is known.',
});
export type DatePrecision = z.infer<typeof DatePrecision>;

const ISO_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

const PRECISION_LENGTH: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 };

/**
 * A calendar date as an ISO 8601 string cut to its precision: "2017", "2017-05" or "2017-06-08".
 * Never a `Date` object: a date known to the month must not pretend to a day and a time zone.
 */
export const CalendarDate = z
  .object({
    value: z
      .string()
      .regex(ISO_DATE_PATTERN, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
      .meta({ description: 'ISO 8601 calendar date, as long as its precision allows.' }),
    precision: DatePrecision,
  })
  .refine((date) => date.value.length === PRECISION_LENGTH[date.precision], {
    message: 'value must have exactly the precision stated (YYYY, YYYY-MM or YYYY-MM-DD)',
    path: ['value'],
  })
  .refine((date) => date.precision !== 'day' || isRealDay(date.value), {
    message: 'value is not a day of the calendar',
    path: ['value'],
  })
  .meta({
    id: 'CalendarDate',
    title: 'Calendar date',
    description: 'An ISO 8601 date string with an explicit precision (year, month or day).',
  });
export type CalendarDate = z.infer<typeof CalendarDate>;

function isRealDay(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * How a date came to be known. `explicit`: the text gives the whole date. `publication-date`:
 * resolved relative to the document's publication date. `context`: the text elsewhere states the
 * missing part (the evidence says where). `supplied`: given with the source (a sidecar, a feed).
 * `curated`: decided by a person, with the reason in the explanation.
 */
export const DateBasis = z
  .enum(['explicit', 'publication-date', 'context', 'supplied', 'curated'])
  .meta({
    id: 'DateBasis',
    title: 'Date basis',
    description: 'How a resolved date came to be known.',
  });
export type DateBasis = z.infer<typeof DateBasis>;

export const ResolvedDate = z
  .object({
    status: z.literal('resolved'),
    date: CalendarDate,
    basis: DateBasis,
    explanation: z
      .string()
      .min(1)
      .meta({ description: 'Why this date, in a sentence a reader can check.' }),
    evidence: z.array(SourceLocation).meta({
      description: 'Where the text supports the resolution (empty for explicit or supplied dates).',
    }),
  })
  .meta({
    id: 'ResolvedDate',
    title: 'Resolved date',
    description: 'A date that is known, with its precision and how it is known.',
  });
export type ResolvedDate = z.infer<typeof ResolvedDate>;

export const UnresolvedDate = z
  .object({
    status: z.literal('unresolved'),
    reason: z.string().min(1).meta({ description: 'Why the date cannot be stated.' }),
  })
  .meta({
    id: 'UnresolvedDate',
    title: 'Unresolved date',
    description: 'A date that is not known, with the reason. Never a guess presented as fact.',
  });
export type UnresolvedDate = z.infer<typeof UnresolvedDate>;

export const DateResolution = z.discriminatedUnion('status', [ResolvedDate, UnresolvedDate]).meta({
  id: 'DateResolution',
  title: 'Date resolution',
  description: 'Either a resolved date with precision and basis, or unresolved with a reason.',
});
export type DateResolution = z.infer<typeof DateResolution>;
