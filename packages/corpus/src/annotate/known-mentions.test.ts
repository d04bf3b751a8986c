import fc from 'fast-check';
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

  it('does not start a name inside a word, after a combining mark, or inside a longer name', () => {
    expect(found('e\u0301BGI and 2BGI; BGI-Group')).toEqual([['BGI', 'bgi-group']]);
    expect(found('Belt and Road Initiative for Sustainable Development BRI')).toEqual([
      ['Belt and Road Initiative for Sustainable Development', 'brisd'],
      ['BRI', 'belt-and-road-initiative'],
    ]);
  });

  it('finds what a word-by-word scan of the text finds', () => {
    const names = ['Belt', 'and', 'Road', 'Initiative', 'BRI', 'BGI', 'Group', 'Pakistan'];
    const unit = fc.oneof(fc.constantFrom(...names), fc.constantFrom(' ', '.', '’s', 'x', 'é'));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        expect(index.find(text)).toEqual(scanWordByWord(text));
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing in an empty index or text', () => {
    expect(new AliasIndex([]).find('BGI')).toEqual([]);
    expect(index.find('')).toEqual([]);
  });
});

/** The plain way to find the mentions: try every word of the text in turn. */
function scanWordByWord(text: string) {
  const entries = [
    ['Belt and Road Initiative for Sustainable Development', 'brisd', 'organization'],
    ['Belt and Road Initiative', 'belt-and-road-initiative', 'initiative'],
    ['Belt and Road', 'belt-and-road-initiative', 'initiative'],
    ['Beijing Genomics Institute', 'bgi-group', 'organization'],
    ['BGI Group', 'bgi-group', 'organization'],
    ['Pakistan', 'pakistan', 'place'],
    ['BRISD', 'brisd', 'organization'],
    ['BRI', 'belt-and-road-initiative', 'initiative'],
    ['BGI', 'bgi-group', 'organization'],
  ] as const;
  const mentions = [];
  let covered = 0;
  for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = word.index;
    if (start < covered || /[\p{L}\p{N}\p{M}]/u.test(text.charAt(start - 1))) continue;
    const hit = entries.find(
      ([name]) =>
        text.startsWith(name, start) &&
        !/[\p{L}\p{N}\p{M}]/u.test(text.charAt(start + name.length)),
    );
    if (!hit) continue;
    const [name, entityId, type] = hit;
    mentions.push({ span: { start, end: start + name.length }, entityId, type });
    covered = start + name.length;
  }
  return mentions;
}
