import * as z from 'zod';
import { DateResolution } from './dates.js';
import { Origin, SentenceReference } from './evidence.js';
import { Id } from './ids.js';

export const EventType = z
  .enum([
    'meeting',
    'visit',
    'conference',
    'announcement',
    'launch',
    'agreement',
    'training',
    'other',
  ])
  .meta({ id: 'EventType', title: 'Event type', description: 'What kind of thing happened.' });
export type EventType = z.infer<typeof EventType>;

export const Participant = z
  .object({
    entityId: Id,
    role: z
      .string()
      .nullable()
      .meta({ description: 'The part taken, as the text puts it ("host").' }),
  })
  .meta({ id: 'Participant', title: 'Participant' });
export type Participant = z.infer<typeof Participant>;

/** Something that happened, as the corpus reports it, with the sentences that support it. */
export const Event = z
  .object({
    id: Id,
    type: EventType,
    summary: z.string().min(1).meta({ description: 'One line saying what happened.' }),
    date: DateResolution.meta({ description: 'When it happened (not when it was reported).' }),
    placeId: Id.nullable(),
    participants: z.array(Participant),
    evidence: z.array(SentenceReference).min(1),
    origin: Origin,
  })
  .meta({
    id: 'Event',
    title: 'Event',
    description:
      'Something that happened: type, date, place, participants and supporting sentences.',
  });
export type Event = z.infer<typeof Event>;
