import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issuesOf } from '@genebelt/model';
import type * as z from 'zod';
import { InputError } from '../errors.js';
import {
  DecisionFile,
  EntityFile,
  EventFile,
  type KnowledgeDecision,
  type KnowledgeEntity,
  type KnowledgeEvent,
} from './schema.js';

export interface Knowledge {
  entities: KnowledgeEntity[];
  events: KnowledgeEvent[];
  decisions: z.infer<typeof KnowledgeDecision>[];
}

export const EMPTY_KNOWLEDGE: Knowledge = { entities: [], events: [], decisions: [] };

/** Parses JSON text, turning a syntax error into an InputError with the line and column. */
export function parseJsonFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    let place = '';
    if (position !== undefined) {
      const before = text.slice(0, Number(position));
      const line = before.split('\n').length;
      place = `line ${line}, column ${Number(position) - before.lastIndexOf('\n')}`;
    }
    throw new InputError(file, place, `not valid JSON (${message})`);
  }
}

function validate<S extends z.ZodType>(schema: S, file: string, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [first, ...rest] = issuesOf(result.error);
  const more =
    rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  throw new InputError(file, first?.path ?? '', `${first?.message ?? 'invalid'}${more}`);
}

/**
 * Reads every knowledge file of a folder. A file holds one of `entities`, `events` or
 * `decisions`; its name is free, so reviewers can keep files small and by topic.
 */
export function loadKnowledge(dir: string, label = 'knowledge'): Knowledge {
  const knowledge: Knowledge = { entities: [], events: [], decisions: [] };
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const name of files) {
    const file = `${label}/${name}`;
    const value = parseJsonFile(file, readFileSync(join(dir, name), 'utf8'));
    if (value && typeof value === 'object' && 'entities' in value) {
      knowledge.entities.push(...validate(EntityFile, file, value).entities);
    } else if (value && typeof value === 'object' && 'events' in value) {
      knowledge.events.push(...validate(EventFile, file, value).events);
    } else if (value && typeof value === 'object' && 'decisions' in value) {
      knowledge.decisions.push(...validate(DecisionFile, file, value).decisions);
    } else {
      throw new InputError(file, '', 'expected an object with "entities", "events" or "decisions"');
    }
  }
  checkKnowledge(knowledge, label);
  return knowledge;
}

/** Ids are unique and references between knowledge files resolve. */
function checkKnowledge(knowledge: Knowledge, label: string): void {
  const ids = new Set<string>();
  for (const entity of knowledge.entities) {
    if (ids.has(entity.id))
      throw new InputError(label, `entity "${entity.id}"`, 'id is used twice');
    ids.add(entity.id);
  }
  const known = (id: string | null, where: string) => {
    if (id !== null && !ids.has(id)) throw new InputError(label, where, `unknown entity "${id}"`);
  };
  for (const entity of knowledge.entities) {
    for (const role of entity.roles)
      known(role.organizationId, `entity "${entity.id}" role "${role.title}"`);
  }
  for (const event of knowledge.events) {
    known(event.placeId, `event "${event.id}" placeId`);
    known(event.namedBy, `event "${event.id}" namedBy`);
    for (const participant of event.participants)
      known(participant.entityId, `event "${event.id}" participants`);
  }
  for (const decision of knowledge.decisions) {
    known(decision.entityId, `decision "${decision.id}"`);
    for (const other of decision.otherEntityIds)
      known(other, `decision "${decision.id}" otherEntityIds`);
  }
}
