import { describe, expect, it } from 'vitest';
import { Id, isId, ordinalId, slugify, spanAnnotationId } from './index.js';

describe('ids', () => {
  it('slugifies names from the seeds', () => {
    expect(slugify('BGI Group')).toBe('bgi-group');
    expect(slugify('China Center for International Economic Exchanges (CCIEE)')).toBe(
      'china-center-for-international-economic-exchanges-cciee',
    );
    expect(slugify('China’s BGI Launches Training')).toBe('chinas-bgi-launches-training');
    expect(slugify('R&D')).toBe('r-and-d');
    expect(slugify('Zoë Müller')).toBe('zoe-muller');
    expect(slugify('“”')).toBe('');
  });

  it('cuts long slugs at a word boundary', () => {
    const slug = slugify(
      'Belt and Road Initiative for Sustainable Development in Pakistan and beyond',
      30,
    );
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug).toBe('belt-and-road-initiative-for');
  });

  it('checks ids', () => {
    expect(isId('bgi-group')).toBe(true);
    expect(isId('BGI Group')).toBe(false);
    expect(isId('bgi--group')).toBe(false);
    expect(isId('-bgi')).toBe(false);
    expect(Id.safeParse('Bad Id').error?.issues[0]?.message).toBe(
      'must be a lowercase slug: a-z, 0-9 and single hyphens',
    );
  });

  it('builds annotation ids from offsets and ordinals', () => {
    expect(spanAnnotationId('mention', { start: 120, end: 129 })).toBe('m-120-129');
    expect(spanAnnotationId('temporalExpression', { start: 1, end: 8 })).toBe('t-1-8');
    expect(ordinalId('sentence', 12)).toBe('s-12');
    expect(isId(ordinalId('paragraph', 0))).toBe(true);
  });
});
