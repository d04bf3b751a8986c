import { describe, expect, it } from 'vitest';
import { findRoles, type RoleMention } from './roles.js';

function mentionsOf(text: string, names: [string, string, string][]): RoleMention[] {
  return names
    .map(([name, entityId, type]) => {
      const start = text.indexOf(name);
      return { span: { start, end: start + name.length }, entityId, type };
    })
    .sort((a, b) => a.span.start - b.span.start);
}

describe('findRoles', () => {
  it('reads "X, TITLE of [the] ORG" word for word (seed 002)', () => {
    const text =
      'Qaiser Nawab, Chairman of the Belt and Road Initiative for Sustainable Development (BRISD), visited BGI’s Shenzhen headquarters.';
    const mentions = mentionsOf(text, [
      ['Qaiser Nawab', 'qaiser-nawab', 'person'],
      ['Belt and Road Initiative for Sustainable Development', 'brisd', 'organization'],
    ]);
    const [role] = findRoles(text, mentions);
    expect(role).toMatchObject({
      personId: 'qaiser-nawab',
      title: 'Chairman',
      organizationId: 'brisd',
    });
    expect(text.slice(role?.span.start, role?.span.end)).toBe(
      'Qaiser Nawab, Chairman of the Belt and Road Initiative for Sustainable Development',
    );
  });

  it('keeps a long title with its own "of" whole (seed 000)', () => {
    const text =
      'welcomed by Zhang Xiaoqiang, Executive Vice President and Director of the Executive Board of China Center for International Economic Exchanges (CCIEE), Xu Chaoyou';
    const mentions = mentionsOf(text, [
      ['Zhang Xiaoqiang', 'zhang-xiaoqiang', 'person'],
      ['China Center for International Economic Exchanges', 'cciee', 'organization'],
      ['Xu Chaoyou', 'xu-chaoyou', 'person'],
    ]);
    expect(findRoles(text, mentions)).toEqual([
      expect.objectContaining({
        personId: 'zhang-xiaoqiang',
        title: 'Executive Vice President and Director of the Executive Board',
        organizationId: 'cciee',
      }),
    ]);
  });

  it('reads a title written in lower case, and no phrase that holds no title', () => {
    const text =
      'Dr. Samuel Kariuki, acting director of KEMRI, spoke. Jane Doe, one of the founders of ' +
      'Acme, and John Roe, a fan of Acme, came.';
    const mentions = mentionsOf(text, [
      ['Samuel Kariuki', 'samuel-kariuki', 'person'],
      ['KEMRI', 'kemri', 'organization'],
      ['Jane Doe', 'jane-doe', 'person'],
      ['Acme', 'acme', 'organization'],
      ['John Roe', 'john-roe', 'person'],
    ]);
    expect(findRoles(text, mentions)).toEqual([
      expect.objectContaining({
        personId: 'samuel-kariuki',
        title: 'acting director',
        organizationId: 'kemri',
      }),
    ]);
  });

  it('reads "X, ORG’s TITLE" (seed 002)', () => {
    const text =
      "He was welcomed by Mao Zhixia, BGI's Senior Official and Head of South Asia Affairs, who detailed";
    const mentions = mentionsOf(text, [
      ['Mao Zhixia', 'mao-zhixia', 'person'],
      ['BGI', 'bgi-group', 'organization'],
    ]);
    const [role] = findRoles(text, mentions);
    expect(role).toMatchObject({
      title: 'Senior Official and Head of South Asia Affairs',
      organizationId: 'bgi-group',
    });
    expect(text.slice(role?.span.start, role?.span.end)).toBe(
      "Mao Zhixia, BGI's Senior Official and Head of South Asia Affairs",
    );
  });

  it('finds nothing without a person, a title or an organisation', () => {
    const text = 'Shenzhen, home of BGI, grew.';
    expect(
      findRoles(
        text,
        mentionsOf(text, [
          ['Shenzhen', 'shenzhen', 'place'],
          ['BGI', 'bgi-group', 'organization'],
        ]),
      ),
    ).toEqual([]);
    const plain = 'Nawab, who leads BRISD, spoke.';
    expect(
      findRoles(
        plain,
        mentionsOf(plain, [
          ['Nawab', 'qaiser-nawab', 'person'],
          ['BRISD', 'brisd', 'organization'],
        ]),
      ),
    ).toEqual([]);
  });
});
