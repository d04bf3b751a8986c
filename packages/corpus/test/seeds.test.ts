import { readFileSync } from 'node:fs';
import type { Corpus, Document } from '@genebelt/model';
import { describe, expect, it } from 'vitest';
import { bundledStore } from '../src/paths.js';

const corpus = JSON.parse(readFileSync(bundledStore().corpusFile, 'utf8')) as Corpus;
const SEED_000 = 'bgi-active-part-belt-and-road';
const SEED_002 = 'bgi-training-young-pakistani-researchers';

function documentOf(id: string): Document {
  const document = corpus.documents.find((candidate) => candidate.id === id);
  if (!document) throw new Error(`no document ${id}`);
  return document;
}
const text = (document: Document, span: { start: number; end: number }) =>
  document.text.slice(span.start, span.end);
const mentionsOf = (document: Document, entityId: string) =>
  document.mentions
    .filter((mention) => mention.entityId === entityId)
    .map((mention) => text(document, mention.span));

describe('seed 000: BGI Plays an Active Part in the Construction of the “Belt and Road”', () => {
  const document = documentOf(SEED_000);

  it('has its structure: headline, a reworded headline marked as a variant, four body paragraphs', () => {
    expect(document.paragraphs.map((paragraph) => paragraph.role)).toEqual([
      'headline',
      'headline-variant',
      'body',
      'body',
      'body',
      'body',
    ]);
    expect(document.title).toBe(
      'BGI Plays an Active Part in the Construction of the “Belt and Road”',
    );
    expect(document.sentences).toHaveLength(13);
  });

  it('links every name of BGI to one entity, and “Belt and Road” to the initiative', () => {
    expect(new Set(mentionsOf(document, 'bgi-group'))).toEqual(new Set(['BGI', 'BGI Group']));
    expect(
      mentionsOf(document, 'belt-and-road-initiative').every((name) => name === 'Belt and Road'),
    ).toBe(true);
    expect(mentionsOf(document, 'belt-and-road-forum')).toEqual([
      'Belt and Road Forum for International Cooperation',
      'Belt and Road Forum',
      'Belt and Road Forum',
    ]);
    expect(mentionsOf(document, 'cciee')).toEqual([
      'China Center for International Economic Exchanges',
      'CCIEE',
      'CCIEE',
    ]);
  });

  it('places “in May”, “June 8” and “June 15” in 2017 only from stated evidence, with basis and precision', () => {
    const dates = document.temporalExpressions.map((expression) => ({
      text: text(document, expression.span),
      written: expression.written,
      resolution: expression.resolution,
    }));
    expect(dates.map(({ text, written }) => [text, written])).toEqual([
      ['May', 'XXXX-05'],
      ['June 8', 'XXXX-06-08'],
      ['June 15', 'XXXX-06-15'],
    ]);
    expect(
      dates.map(({ resolution }) =>
        resolution.status === 'resolved'
          ? [resolution.date.value, resolution.date.precision, resolution.basis]
          : null,
      ),
    ).toEqual([
      ['2017-05', 'month', 'context'],
      ['2017-06-08', 'day', 'context'],
      ['2017-06-15', 'day', 'context'],
    ]);
    for (const { resolution } of dates) {
      if (resolution.status !== 'resolved') continue;
      const cited = resolution.evidence.map((evidence) => text(document, evidence.span));
      expect(cited).toContain('Belt and Road Forum for International Cooperation');
      expect(
        cited.every((words) =>
          ['Belt and Road Forum for International Cooperation', 'May'].includes(words),
        ),
      ).toBe(true);
      expect(resolution.explanation).toMatch(/Belt and Road Forum for International Cooperation/);
    }
  });

  it('has quoted phrases and no speech', () => {
    expect(document.quotes.length).toBeGreaterThanOrEqual(10);
    expect(document.quotes.filter((quote) => quote.kind === 'speech')).toEqual([]);
    expect(
      document.quotes.some(
        (quote) => quote.kind === 'term' && quote.anchor.exact.startsWith('Belt and Road'),
      ),
    ).toBe(true);
  });

  it('has no publication date, and says why', () => {
    expect(document.source.published.status).toBe('unresolved');
    expect(document.source.publisher.status).toBe('unknown');
  });
});

describe('seed 002: China’s BGI Launches Training for Young Pakistani Researchers', () => {
  const document = documentOf(SEED_002);

  it('has its structure: headline, deck, photo credit, repeated headline, body', () => {
    expect(document.paragraphs.slice(0, 5).map((paragraph) => paragraph.role)).toEqual([
      'headline',
      'deck',
      'credit',
      'headline-variant',
      'body',
    ]);
    expect(document.deck).toBe('BGI to build scientific capacity for youth in Pakistan and beyond');
    expect(document.credit).toBe('P.c. China Pakistan Economic Corridor');
    expect(document.paragraphs[3]?.variantOf).toBe('p-0');
  });

  it('knows the outlet it cites from the text itself', () => {
    expect(document.source.citedOutlet).toMatchObject({
      status: 'known',
      value: 'Gwadar Pro',
      basis: 'stated-in-text',
    });
    expect(
      document.structureMarks.map((mark) => [mark.kind, mark.anchor.exact, mark.entityId]),
    ).toEqual([['attribution', 'According to Gwadar Pro', 'gwadar-pro']]);
  });

  it('links “Beijing Genomics Institute”, “BGI” and the organisation named after the initiative', () => {
    expect(new Set(mentionsOf(document, 'bgi-group'))).toEqual(
      new Set(['BGI', 'Beijing Genomics Institute']),
    );
    expect(mentionsOf(document, 'brisd')).toEqual([
      'Belt and Road Initiative for Sustainable Development',
      'BRISD',
      'BRISD',
    ]);
    expect(mentionsOf(document, 'belt-and-road-initiative')).toEqual(['BRI']);
    expect(mentionsOf(document, 'qaiser-nawab')).toEqual([
      'Qaiser Nawab',
      'Nawab',
      'Nawab',
      'Nawab',
    ]);
  });

  it('has two quotes of speech by Nawab, with their cues, and the quantity of donors', () => {
    const speech = document.quotes.filter((quote) => quote.kind === 'speech');
    expect(
      speech.map((quote) => [quote.speakerEntityId, quote.anchor.exact.replace(/[,.]$/, '')]),
    ).toEqual([
      ['qaiser-nawab', 'shining example of innovation'],
      ['qaiser-nawab', 'every drop of blood can save a life'],
    ]);
    expect(speech.every((quote) => quote.cue !== null)).toBe(true);
    expect(
      document.quantities.map((quantity) => [
        quantity.anchor.exact,
        quantity.value,
        quantity.unit,
        quantity.qualifier,
      ]),
    ).toEqual([['over 30,000 registered blood donors', 30000, 'registered blood donors', 'over']]);
  });

  it('has no dates at all, so nothing is guessed', () => {
    expect(document.temporalExpressions).toEqual([]);
  });
});

describe('across the two seeds', () => {
  it('resolves BGI to one entity in both documents, by a recorded decision', () => {
    const row = corpus.index.entities.find((entity) => entity.entityId === 'bgi-group');
    expect(row?.documentIds).toEqual([SEED_000, SEED_002].sort());
    expect(
      corpus.identityDecisions.find((decision) => decision.entityId === 'bgi-group')?.names,
    ).toEqual(['BGI Group', 'BGI', 'Beijing Genomics Institute']);
  });

  it('keeps roles exactly as the text states them, with evidence', () => {
    const roles = Object.fromEntries(
      corpus.entities
        .filter((entity) => entity.roles.length > 0)
        .map((entity) => [
          entity.id,
          entity.roles.map((role) => [role.title, role.organizationId]),
        ]),
    );
    expect(roles).toMatchObject({
      'qaiser-nawab': [['Chairman', 'brisd']],
      'mao-zhixia': [['Senior Official and Head of South Asia Affairs', 'bgi-group']],
      'zhang-xiaoqiang': [
        ['Executive Vice President and Director of the Executive Board', 'cciee'],
      ],
      'xu-chaoyou': [['Director-General of the Department of Exchange', 'cciee']],
      'li-jinbo': [['Deputy Director-General', 'department-of-industrial-planning']],
    });
  });

  it('has the curated events with dates, places and participants', () => {
    const events = Object.fromEntries(corpus.events.map((event) => [event.id, event]));
    expect(events['cciee-welcomes-bgi']?.date).toMatchObject({
      status: 'resolved',
      date: { value: '2017-06-15' },
    });
    expect(events['qaiser-nawab-visits-bgi']).toMatchObject({
      placeId: 'shenzhen',
      date: { status: 'unresolved' },
    });
    expect(events['belt-and-road-forum-2017']?.date).toMatchObject({
      date: { value: '2017-05', precision: 'month' },
    });
  });

  it('marks which entities are curated and which were proposed', () => {
    const curated = corpus.entities
      .filter((entity) => entity.origin === 'curated')
      .map((entity) => entity.id);
    expect(curated).toContain('bgi-group');
    for (const entity of corpus.entities.filter((item) => item.origin !== 'curated')) {
      expect(['rule', 'model']).toContain(entity.origin);
    }
  });
});
