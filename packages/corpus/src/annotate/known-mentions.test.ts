import { describe, expect, it } from 'vitest';
import { AliasIndex } from './known-mentions.js';

const index = new AliasIndex([
  {
    entityId: 'belt-and-road-initiative',
    type: 'initiative',
    names: ['Belt and Road Initiative', 'Belt and Road', 'BRI'],
  },
  {
    entityId: 'brisd',
    type: 'organization',
    names: ['Belt and Road Initiative for Sustainable Development', 'BRISD'],
  },
  {
    entityId: 'bgi-group',
    type: 'organization',
    names: ['BGI Group', 'BGI', 'Beijing Genomics Institute'],
  },
  { entityId: 'pakistan', type: 'place', names: ['Pakistan'] },
]);

const found = (text: string) =>
  index.find(text).map((m) => [text.slice(m.span.start, m.span.end), m.entityId]);

describe('AliasIndex', () => {
  it('takes the longest alias: the organisation, not the initiative plus words', () => {
    expect(
      found(
        'Qaiser Nawab, Chairman of the Belt and Road Initiative for Sustainable Development (BRISD), visited',
      ),
    ).toEqual([
      ['Belt and Road Initiative for Sustainable Development', 'brisd'],
      ['BRISD', 'brisd'],
    ]);
    expect(found('countries along the “Belt and Road” and other BRI countries')).toEqual([
      ['Belt and Road', 'belt-and-road-initiative'],
      ['BRI', 'belt-and-road-initiative'],
    ]);
  });

  it('matches on word boundaries only, and possessives', () => {
    expect(found('Young Pakistani Researchers in Pakistan’s first centre')).toEqual([
      ['Pakistan', 'pakistan'],
    ]);
    expect(found('BGI’s Shenzhen headquarters; BGIX and XBGI are not BGI Group')).toEqual([
      ['BGI', 'bgi-group'],
      ['BGI Group', 'bgi-group'],
    ]);
  });

  it('respects case as written', () => {
    expect(found('the bri is not BRI')).toEqual([['BRI', 'belt-and-road-initiative']]);
  });

  it('finds nothing in an empty index or text', () => {
    expect(new AliasIndex([]).find('BGI')).toEqual([]);
    expect(index.find('')).toEqual([]);
  });
});
