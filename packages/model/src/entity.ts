import * as z from 'zod';
import { Origin, SourceLocation } from './evidence.js';
import { Id } from './ids.js';

export const EntityType = z
  .enum(['person', 'organization', 'place', 'event', 'initiative', 'outlet', 'work'])
  .meta({
    id: 'EntityType',
    title: 'Entity type',
    description:
      'person; organization (companies, institutes, agencies); place; event (a named event such as a forum); initiative (a programme or policy such as the Belt and Road Initiative); outlet (a news publisher); work (a named product, publication or project).',
  });
export type EntityType = z.infer<typeof EntityType>;

export const Alias = z
  .object({
    text: z.string().min(1),
    kind: z.enum(['name', 'abbreviation', 'variant', 'short-name']).meta({
      description:
        'name: another full name; abbreviation: an acronym such as "CCIEE"; variant: a spelling or wording variant; short-name: a shortened form such as "Nawab".',
    }),
  })
  .meta({ id: 'Alias', title: 'Alias', description: 'Another way the text names an entity.' });
export type Alias = z.infer<typeof Alias>;

/** A role or affiliation exactly as a text states it ("Chairman of BRISD"). */
export const Role = z
  .object({
    title: z
      .string()
      .min(1)
      .meta({ description: 'The title as written, e.g. "Director-General".' }),
    organizationId: Id.nullable().meta({
      description: 'The entity the role is held in, when the text names one.',
    }),
    evidence: z.array(SourceLocation).min(1).meta({ description: 'Where the text states it.' }),
  })
  .meta({
    id: 'Role',
    title: 'Role',
    description: 'A role or affiliation as stated in the text, with where it is stated.',
  });
export type Role = z.infer<typeof Role>;

export const Entity = z
  .object({
    id: Id,
    type: EntityType,
    name: z.string().min(1).meta({ description: 'The canonical name.' }),
    aliases: z.array(Alias),
    description: z.string().nullable().meta({ description: 'A short description, when curated.' }),
    roles: z.array(Role),
    externalIds: z.record(z.string(), z.string()).meta({
      description: 'Identifiers in other systems, by scheme (e.g. {"wikidata": "Q1234"}).',
    }),
    origin: Origin.meta({
      description:
        'curated: from the reviewed knowledge base; rule or model: proposed by automatic extraction and not yet reviewed.',
    }),
  })
  .meta({
    id: 'Entity',
    title: 'Entity',
    description:
      'A person, organization, place, event, initiative, outlet or work the corpus names.',
  });
export type Entity = z.infer<typeof Entity>;

/** Why several names are one entity, or why a name is kept apart from a look-alike. */
export const IdentityDecision = z
  .object({
    id: Id,
    kind: z.enum(['merge', 'split']),
    entityId: Id.meta({ description: 'The entity the decision is about.' }),
    names: z.array(z.string().min(1)).min(1).meta({
      description: 'merge: the names taken as this entity; split: the names kept apart from it.',
    }),
    otherEntityIds: z
      .array(Id)
      .meta({ description: 'split: the entities the names belong to instead.' }),
    reason: z.string().min(1),
  })
  .meta({
    id: 'IdentityDecision',
    title: 'Identity decision',
    description:
      'A reviewed decision that names are, or are not, the same entity, with the reason.',
  });
export type IdentityDecision = z.infer<typeof IdentityDecision>;
