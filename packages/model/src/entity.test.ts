import { describe, expect, it } from 'vitest';
import { seedEntities } from '../test/fixtures/seed-corpus.js';
import { Entity, IdentityDecision, parseEntity } from './index.js';

describe('Entity', () => {
  it('accepts every seed entity, with aliases, roles as stated and external ids', () => {
    for (const entity of seedEntities()) expect(Entity.parse(entity)).toEqual(entity);
    const nawab = seedEntities().find((entity) => entity.id === 'qaiser-nawab');
    expect(nawab?.roles[0]).toMatchObject({ title: 'Chairman', organizationId: 'brisd' });
  });

  it('rejects an unknown type, an empty alias and a role without evidence, at their paths', () => {
    const nawab = seedEntities().find((entity) => entity.id === 'qaiser-nawab') as Record<
      string,
      unknown
    > & {
      roles: { evidence: unknown[] }[];
    };
    const broken = {
      ...nawab,
      type: 'human',
      aliases: [{ text: '', kind: 'short-name' }],
      roles: [{ ...nawab.roles[0], evidence: [] }],
    };
    const result = parseEntity(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((issue) => issue.path)).toEqual([
        'type',
        'aliases[0].text',
        'roles[0].evidence',
      ]);
    }
  });

  it('records why names are one entity', () => {
    const decision = {
      id: 'belt-and-road-names',
      kind: 'merge',
      entityId: 'belt-and-road-initiative',
      names: ['Belt and Road', 'Belt and Road Initiative'],
      otherEntityIds: [],
      reason: 'Both seeds use "Belt and Road" for the initiative itself.',
    };
    expect(IdentityDecision.parse(decision)).toEqual(decision);
    expect(IdentityDecision.safeParse({ ...decision, reason: '' }).success).toBe(false);
    expect(IdentityDecision.safeParse({ ...decision, kind: 'alias' }).success).toBe(false);
  });
});
