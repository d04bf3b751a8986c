import { type Document, type Span, textQuoteAt } from '@genebelt/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../test/fixtures/build-corpus.js';
import { markMentions } from '../mark-mentions.js';
import { type EntityInfo, layoutDocument, type Piece, type ReaderLayout } from './reader-layout.js';
import { nestedCorpus, withMention } from './reader-nested.fixture.js';

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

describe('layoutDocument with names inside names', () => {
  const corpus = nestedCorpus();
  const nested = corpus.documents[0] as Document;
  const types = new Map<string, EntityInfo>(
    corpus.entities.map((entity) => [entity.id, { type: entity.type, name: entity.name }]),
  );
  const at = (exact: string, after = '') => {
    const start = nested.text.indexOf(exact, nested.text.indexOf(after));
    return { start, end: start + exact.length };
  };
  /** The line where mention `index` opens contains its `[`, and that `[` is the mention's. */
  const opensOn = (layout: ReaderLayout, index: number) =>
    layout.lines[layout.mentionLine[index] ?? -1]?.pieces.some(
      (piece) => piece.kind === 'open' && piece.mention === index,
    );

  it('draws a mention inside another nested in it, and visits the outer one first', () => {
    const layout = layoutDocument(nested, types, 60);
    expect(text(layout).slice(0, 5)).toEqual([
      'headline  Warhol comes to Evansville',
      '',
      '¶ 1       The [University of [Southern Indiana|L]|O] opened',
      '          an [Andy Warhol|P] exhibit. The [[Andy Warhol|P]',
      '          Foundation for the Visual Arts|O] gave it.',
    ]);
    expect(layout.mentions.map((mention) => mention.text)).toEqual([
      'University of Southern Indiana',
      'Southern Indiana',
      'Andy Warhol',
      'Andy Warhol Foundation for the Visual Arts',
      'Andy Warhol',
    ]);
    expect(layout.mentions.map((mention) => mention.type)).toEqual([
      'organization',
      'place',
      'person',
      'organization',
      'person',
    ]);
    expect(layout.mentionLine).toEqual([2, 2, 3, 3, 3]);
    // The inner name knows the mention around it, so selecting the outer one can show it all.
    const inner = layout.lines[2]?.pieces.find(
      (piece) => piece.kind === 'name' && piece.text === 'Southern Indiana',
    );
    expect(inner).toMatchObject({ mention: 1, outer: [0] });
  });

  it('wraps nested brackets like any piece, and points at the line of each opening bracket', () => {
    const layout = layoutDocument(nested, types, 36);
    expect(text(layout).slice(0, 9)).toEqual([
      'headline  Warhol comes to',
      '          Evansville',
      '',
      '¶ 1       The [University of',
      '          [Southern Indiana|L]|O]',
      '          opened an [Andy Warhol|P]',
      '          exhibit. The [[Andy',
      '          Warhol|P] Foundation for',
      '          the Visual Arts|O] gave',
    ]);
    expect(layout.mentionLine).toEqual([3, 4, 5, 6, 6]);
    for (const width of [20, 27, 36, 45, 60, 90]) {
      const wrapped = layoutDocument(nested, types, width);
      for (const line of text(wrapped)) expect(line.length).toBeLessThanOrEqual(width);
      const opening = wrapped.mentions.map((_, index) => opensOn(wrapped, index));
      expect(opening).toEqual(wrapped.mentions.map(() => true));
    }
  });

  it('leaves out a mention that crosses a kept one, outer or nested', () => {
    const crossing = withMention(
      withMention(nested, 'Indiana opened', 'southern-indiana'),
      'Warhol Foundation',
      'warhol-foundation',
      'The Andy',
    );
    expect(crossing.mentions).toHaveLength(nested.mentions.length + 2);
    const layout = layoutDocument(crossing, types, 60);
    expect(text(layout).slice(2, 5)).toEqual(text(layoutDocument(nested, types, 60)).slice(2, 5));
    expect(layout.mentions.map((mention) => mention.text)).toEqual(
      layoutDocument(nested, types, 60).mentions.map((mention) => mention.text),
    );
    expect(layout.mentions).toHaveLength(5);
  });

  it('nests the focus marks inside a nested mention and selects the innermost', () => {
    const inside = layoutDocument(nested, types, 80, at('Southern', 'University'));
    expect(text(inside)[2]).toContain('The [University of [»Southern« Indiana|L]|O] opened');
    expect(inside.focusMention).toBe(1);
    expect(inside.focusLine).toBe(2);

    const first = layoutDocument(nested, types, 80, at('Andy', 'The Andy'));
    expect(text(first)[3]).toContain('The [[»Andy« Warhol|P] Foundation for the Visual Arts|O]');
    expect(first.focusMention).toBe(4);

    // The whole inner mention as the focus selects it, with no marks.
    const exact = layoutDocument(nested, types, 80, at('Southern Indiana'));
    expect(exact.focusMention).toBe(1);
    expect(text(exact).join('\n')).not.toContain('»');
  });

  it('places focus marks that cross a nested mention where their edges are', () => {
    const across = layoutDocument(nested, types, 80, at('University of Southern'));
    expect(text(across)[2]).toContain('The [»University of [Southern« Indiana|L]|O] opened');
    expect(across.focusMention).toBe(0);

    // Starting with the inner name and ending past the outer one: the focus opens outside both.
    const out = layoutDocument(nested, types, 80, at('Southern Indiana opened'));
    expect(text(out)[2]).toContain('The [University of »[Southern Indiana|L]|O] opened« an');
    expect(out.focusMention).toBeNull();
    expect(out.focusLine).toBe(2);
  });
});

describe('layoutDocument over any set of mentions', () => {
  const body =
    'The University of Southern Indiana opened an Andy Warhol exhibit; ' +
    'the Andy Warhol Foundation for the Visual Arts gave it.';
  const blank = buildDocument({ id: 'any', paragraphs: [{ role: 'body', text: body }] });
  const kinds: [string, EntityInfo][] = [
    ['org', { type: 'organization', name: 'An organisation' }],
    ['place', { type: 'place', name: 'A place' }],
    ['person', { type: 'person', name: 'A person' }],
  ];
  const typeOf = new Map(kinds.map(([id, info]) => [id, info.type]));
  const infos = new Map(kinds);
  const spanArbitrary = fc
    .record({ start: fc.nat({ max: body.length - 1 }), length: fc.integer({ min: 1, max: 40 }) })
    .map(({ start, length }) => ({ start, end: Math.min(body.length, start + length) }));
  const mentionsArbitrary = fc.array(
    fc.record({ span: spanArbitrary, entityId: fc.constantFrom('org', 'place', 'person') }),
    { maxLength: 12 },
  );
  const documentWith = (mentions: { span: Span; entityId: string }[]): Document => ({
    ...blank,
    mentions: mentions.map(({ span, entityId }, index) => ({
      id: `m-${index}`,
      span,
      anchor: textQuoteAt(body, span),
      sentenceId: 's-0',
      entityId,
      origin: 'curated',
      confidence: 1,
    })),
  });
  /** The body's one line at a width nothing wraps at, without its gutter. */
  const bodyPieces = (layout: ReaderLayout) =>
    (layout.lines[0]?.pieces ?? []).filter((piece) => piece.kind !== 'gutter');
  const joined = (pieces: readonly Piece[]) => pieces.map((piece) => piece.text).join('');

  it('nests and leaves out mentions exactly as `genebelt show --marks` does', () => {
    fc.assert(
      fc.property(mentionsArbitrary, (mentions) => {
        const layout = layoutDocument(documentWith(mentions), infos, 1000);
        expect(joined(bodyPieces(layout))).toBe(
          markMentions(body, 0, body.length, mentions, typeOf),
        );
        // Every bracket closes the mention that opened last, and every name piece knows the
        // mentions around it.
        const open: number[] = [];
        for (const piece of bodyPieces(layout)) {
          if (piece.kind === 'open') {
            expect(piece.outer ?? []).toEqual(open);
            open.push(piece.mention ?? -1);
          } else if (piece.kind === 'close') {
            expect(open.pop()).toBe(piece.mention);
            expect(piece.outer ?? []).toEqual(open);
          } else if (piece.kind === 'name') {
            expect([...(piece.outer ?? []), piece.mention]).toEqual(open);
          } else {
            expect(open).toEqual([]);
          }
        }
        expect(open).toEqual([]);
      }),
    );
  });

  it('puts focus marks at the focus edges, nesting them with any mention they do not cross', () => {
    fc.assert(
      fc.property(mentionsArbitrary, spanArbitrary, (mentions, focus) => {
        const document = documentWith(mentions);
        const plain = layoutDocument(document, infos, 1000);
        const layout = layoutDocument(document, infos, 1000, focus);
        const pieces = bodyPieces(layout);
        const isMention = plain.mentions.some(
          (mention) => mention.span.start === focus.start && mention.span.end === focus.end,
        );
        // The marks are all that the focus adds.
        expect(joined(pieces).replace(/[»«]/g, '')).toBe(joined(bodyPieces(plain)));
        let offset = 0;
        const marks: [string, number][] = [];
        for (const piece of pieces) {
          if (piece.kind === 'focus') marks.push([piece.text, offset]);
          if (piece.kind === 'text' || piece.kind === 'name') offset += piece.text.length;
        }
        expect(marks).toEqual(
          isMention
            ? []
            : [
                ['»', focus.start],
                ['«', focus.end],
              ],
        );
        const crosses = plain.mentions.some(
          ({ span }) =>
            span.start < focus.end &&
            focus.start < span.end &&
            !(span.start <= focus.start && focus.end <= span.end) &&
            !(focus.start <= span.start && span.end <= focus.end),
        );
        if (!crosses) {
          const stack: string[] = [];
          for (const piece of pieces) {
            if (piece.kind === 'open') stack.push(`m${piece.mention}`);
            if (piece.kind === 'close') expect(stack.pop()).toBe(`m${piece.mention}`);
            if (piece.text === '»') stack.push('focus');
            if (piece.text === '«') expect(stack.pop()).toBe('focus');
          }
        }
      }),
    );
  });

  it('points mentionLine at the line of every opening bracket, at any width', () => {
    fc.assert(
      fc.property(mentionsArbitrary, fc.integer({ min: 21, max: 90 }), (mentions, width) => {
        const layout = layoutDocument(documentWith(mentions), infos, width);
        layout.mentions.forEach((_, index) => {
          const line = layout.lines[layout.mentionLine[index] ?? -1];
          const opens = line?.pieces.some(
            (piece) => piece.kind === 'open' && piece.mention === index,
          );
          expect(opens, `mention ${index} at width ${width}`).toBe(true);
        });
        for (const line of text(layout)) expect(line.length).toBeLessThanOrEqual(width);
      }),
    );
  });
});
