import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../test/fixtures/build-corpus.js';
import { type EntityInfo, layoutDocument, type ReaderLayout } from './reader-layout.js';

const document = buildDocument({
  id: 'doc',
  paragraphs: [
    { role: 'headline', text: 'Nawab visits BGI' },
    { role: 'deck', text: 'A short visit' },
    {
      role: 'body',
      text: 'Qaiser Nawab, Chairman of BRISD, visited BGI in Shenzhen. He met Mao Zhixia there.',
    },
  ],
  mentions: [
    { text: 'Qaiser Nawab', entityId: 'qaiser-nawab' },
    { text: 'Nawab', entityId: 'qaiser-nawab' },
    { text: 'BGI', entityId: 'bgi-group' },
    { text: 'Shenzhen', entityId: 'shenzhen' },
    { text: 'Mao Zhixia', entityId: 'mystery' },
  ],
});

const entities = new Map<string, EntityInfo>([
  ['qaiser-nawab', { type: 'person', name: 'Qaiser Nawab' }],
  ['bgi-group', { type: 'organization', name: 'BGI Group' }],
  ['shenzhen', { type: 'place', name: 'Shenzhen' }],
]);

const text = (layout: ReaderLayout) =>
  layout.lines.map((line) =>
    line.pieces
      .map((piece) => piece.text)
      .join('')
      .trimEnd(),
  );

describe('layoutDocument', () => {
  it('puts the role in a gutter, marks mentions by type, and ends with the source', () => {
    const layout = layoutDocument(document, entities, 60);
    expect(text(layout).slice(0, 9)).toEqual([
      'headline  [Nawab|P] visits [BGI|O]',
      '',
      'deck      A short visit',
      '',
      '¶ 1       [Qaiser Nawab|P], Chairman of BRISD, visited',
      '          [BGI|O] in [Shenzhen|L]. He met [Mao Zhixia]',
      '          there.',
      '',
      'Source',
    ]);
    expect(layout.types).toEqual(['person', 'organization', 'place']);
    expect(layout.mentions.map((mention) => mention.name)).toEqual([
      'Qaiser Nawab',
      'BGI Group',
      'Qaiser Nawab',
      'BGI Group',
      'Shenzhen',
      'mystery',
    ]);
    expect(layout.mentionLine).toEqual([0, 0, 4, 5, 5, 5]);
  });

  it('selects a mention given as the focus, without extra marks', () => {
    const mention = document.mentions.find((candidate) => candidate.anchor.exact === 'Shenzhen');
    const layout = layoutDocument(document, entities, 60, mention?.span);
    expect(layout.focusMention).toBe(4);
    expect(layout.focusLine).toBe(5);
    expect(text(layout).join('\n')).not.toContain('»');
  });

  it('nests the marks of a focus inside a mention: [Qaiser »Nawab«|P]', () => {
    const start = document.text.indexOf('Nawab,');
    const layout = layoutDocument(document, entities, 60, { start, end: start + 5 });
    expect(text(layout)[4]).toContain('¶ 1       [Qaiser »Nawab«|P], Chairman of BRISD');
    expect(layout.focusMention).toBe(2);
  });

  it('nests a mention inside a focus: »[Qaiser Nawab|P], Chairman«', () => {
    const start = document.text.indexOf('Qaiser');
    const layout = layoutDocument(document, entities, 80, {
      start,
      end: start + 'Qaiser Nawab, Chairman'.length,
    });
    expect(text(layout)[4]).toContain('»[Qaiser Nawab|P], Chairman« of BRISD');
    expect(layout.focusMention).toBeNull();
  });

  it('wraps to the width, never wider', () => {
    for (const width of [20, 33, 47, 80]) {
      const layout = layoutDocument(document, entities, width);
      for (const line of text(layout)) expect(line.length).toBeLessThanOrEqual(width);
    }
  });
});
