import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Citation,
  ConcordanceLine,
  Cooccurrence,
  CorpusOverview,
  DocumentSummary,
  EntitySummary,
  EntityType,
  parseCorpus,
  Timeline,
} from '@genebelt/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusIndex } from './build.js';
import { openCorpusIndex } from './queries.js';
import { fixtureCorpus } from './test-fixture.js';
import { type CorpusQueries, ENTITY_TYPES } from './types.js';

const directory = mkdtempSync(join(tmpdir(), 'genebelt-queries-'));
const file = join(directory, 'corpus.sqlite');
const corpus = fixtureCorpus();
let index: CorpusQueries;

beforeAll(() => {
  const parsed = parseCorpus(corpus);
  expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  buildCorpusIndex(corpus, file);
  index = openCorpusIndex(file);
});

afterAll(() => {
  index.close();
  rmSync(directory, { recursive: true, force: true });
});

const byId = (id: string) => {
  const document = corpus.documents.find((d) => d.id === id);
  if (!document) throw new Error(`no document ${id}`);
  return document;
};

describe('the fixture', () => {
  it('lists the entity types in the model’s order', () => {
    expect([...ENTITY_TYPES]).toEqual(EntityType.options);
  });
});

describe('overview', () => {
  it('counts documents, entities and mentions, and spans the resolved dates', () => {
    const overview = index.overview();
    expect(CorpusOverview.parse(overview)).toEqual(overview);
    expect(overview).toEqual({
      name: corpus.name,
      description: corpus.description,
      schemaVersion: '1.0.0',
      documentCount: 3,
      entityCount: corpus.entities.length,
      mentionCount: corpus.index.mentionCount,
      entityCountByType: corpus.index.entityCountByType,
      dateRange: corpus.index.dateRange,
    });
  });
});

describe('documents', () => {
  it('lists summaries by title, or by publication date with undated last', () => {
    const summaries = index.documents();
    for (const summary of summaries) expect(DocumentSummary.parse(summary)).toEqual(summary);
    expect(summaries.map((d) => d.id)).toEqual(['seed-000-follow-up', 'seed-000', 'seed-002']);
    expect(index.documents({ sort: 'published' }).map((d) => d.id)).toEqual([
      'seed-000-follow-up',
      'seed-002',
      'seed-000',
    ]);
    const seed002 = summaries.find((d) => d.id === 'seed-002');
    expect(seed002?.counts).toEqual({
      paragraphs: 8,
      sentences: byId('seed-002').sentences.length,
      mentions: byId('seed-002').mentions.length,
      entities: new Set(byId('seed-002').mentions.map((m) => m.entityId)).size,
      temporalExpressions: 0,
      quotes: 0,
      quantities: 1,
    });
    expect(summaries.find((d) => d.id === 'seed-000-follow-up')?.publisher).toBe('Fixture Wire');
  });

  it('filters by title, id or publisher, ignoring case and accents', () => {
    expect(index.documents({ filter: 'PAKÍSTANI' }).map((d) => d.id)).toEqual(['seed-002']);
    expect(index.documents({ filter: 'follow-up' }).map((d) => d.id)).toEqual([
      'seed-000-follow-up',
    ]);
    expect(index.documents({ filter: 'fixture wire' }).map((d) => d.id)).toEqual([
      'seed-000-follow-up',
    ]);
    expect(index.documents({ filter: 'nothing like this' })).toEqual([]);
  });
});

describe('document', () => {
  it('returns every document exactly as given', () => {
    for (const document of corpus.documents) expect(index.document(document.id)).toEqual(document);
  });

  it('keeps anchors that are not the canonical 32-unit context', () => {
    const changed = fixtureCorpus();
    const document = changed.documents[0];
    const mention = document?.mentions[3];
    if (!document || !mention) throw new Error('fixture changed');
    mention.anchor = { ...mention.anchor, prefix: mention.anchor.prefix.slice(-5) };
    const other = join(directory, 'anchors.sqlite');
    buildCorpusIndex(changed, other);
    const reopened = openCorpusIndex(other);
    expect(reopened.document(document.id)).toEqual(document);
    reopened.close();
  });

  it('is null for an unknown id', () => {
    expect(index.document('no-such-document')).toBeNull();
  });
});

describe('entities', () => {
  it('sorts by mention count, then name', () => {
    const entities = index.entities();
    for (const entity of entities) expect(EntitySummary.parse(entity)).toEqual(entity);
    expect(entities).toHaveLength(corpus.entities.length);
    for (let i = 1; i < entities.length; i++) {
      const a = entities[i - 1];
      const b = entities[i];
      if (!a || !b) continue;
      expect(
        a.mentionCount > b.mentionCount || (a.mentionCount === b.mentionCount && a.name <= b.name),
      ).toBe(true);
    }
    expect(entities[0]).toEqual({
      id: 'bgi-group',
      type: 'organization',
      name: 'BGI Group',
      origin: 'curated',
      mentionCount: corpus.index.entities.find((e) => e.entityId === 'bgi-group')?.mentionCount,
      documentCount: 3,
    });
    expect(entities[entities.length - 1]?.id).toBe('unmentioned-place');
  });

  it('filters by type and by name, alias or id, ignoring case and accents', () => {
    expect(index.entities({ type: 'person' }).map((e) => e.id)).toEqual([
      'qaiser-nawab',
      'zhang-xiaoqiang',
      'li-jinbo',
      'mao-zhixia',
      'xu-chaoyou',
    ]);
    expect(index.entities({ filter: 'urumqi' }).map((e) => e.id)).toEqual(['unmentioned-place']);
    expect(index.entities({ filter: 'BRI' }).map((e) => e.id)).toEqual([
      'belt-and-road-initiative',
      'brisd',
    ]);
    expect(index.entities({ type: 'place', filter: 'shen' }).map((e) => e.id)).toEqual([
      'shenzhen',
    ]);
  });

  it('returns an entity by id, or null', () => {
    expect(index.entity('qaiser-nawab')).toEqual(
      corpus.entities.find((e) => e.id === 'qaiser-nawab'),
    );
    expect(index.entity('nobody')).toBeNull();
  });
});

describe('mentionsOf', () => {
  it('lists every mention in document then offset order, with its context', () => {
    const lines = index.mentionsOf('qaiser-nawab');
    for (const line of lines) expect(ConcordanceLine.parse(line)).toEqual(line);
    const expected = corpus.documents
      .slice()
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .flatMap((d) =>
        d.mentions
          .filter((m) => m.entityId === 'qaiser-nawab')
          .sort((a, b) => a.span.start - b.span.start)
          .map((m) => ({ documentId: d.id, sentenceId: m.sentenceId, span: m.span })),
      );
    expect(
      lines.map(({ documentId, sentenceId, span }) => ({ documentId, sentenceId, span })),
    ).toEqual(expected);
    expect(lines[0]?.context).toEqual({
      left: '',
      match: 'Qaiser Nawab',
      right: ', Chairman of the Belt and Road Initiative for Sustainable',
    });
    expect(lines[1]?.context.match).toBe('Nawab');
    expect(lines[1]?.context.left).toBe('In a related initiative, ');
  });

  it('pages with limit and offset, and takes a width', () => {
    const all = index.mentionsOf('bgi-group');
    expect(all.length).toBe(
      corpus.index.entities.find((e) => e.entityId === 'bgi-group')?.mentionCount,
    );
    expect(index.mentionsOf('bgi-group', { limit: 3, offset: 2 })).toEqual(all.slice(2, 5));
    const narrow = index.mentionsOf('bgi-group', { width: 10 });
    for (const line of narrow) {
      expect(line.context.left.length).toBeLessThanOrEqual(10);
      expect(line.context.right.length).toBeLessThanOrEqual(10);
    }
    expect(index.mentionsOf('nobody')).toEqual([]);
  });
});

describe('concordance', () => {
  const text = (line: ConcordanceLine) => {
    const document = byId(line.documentId);
    return document.text.slice(line.span.start, line.span.end);
  };

  it('finds every whole-word occurrence, case-insensitively, in document order', () => {
    const lines = index.concordance('bgi');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(text(line)).toBe('BGI');
    const keys = lines.map((l) => `${l.documentId} ${String(l.span.start).padStart(6, '0')}`);
    expect(keys).toEqual([...keys].sort());
    // "BGI" inside "BGI’s" counts; "BRI" inside "BRISD" does not.
    expect(index.concordance('BRI').map(text)).toEqual(['BRI']);
  });

  it('finds phrases and prefixes', () => {
    const phrase = index.concordance('"belt and road"');
    expect(phrase.length).toBeGreaterThan(5);
    for (const line of phrase) expect(text(line).toLowerCase()).toBe('belt and road');
    const prefix = index.concordance('genom*');
    expect(new Set(prefix.map(text))).toEqual(new Set(['genomics', 'Genomics']));
  });

  it('sorts by the words to the right, or to the left read outwards', () => {
    const right = index.concordance('health', { sort: 'right' });
    const rightWords = right.map((l) =>
      l.context.right
        .toLowerCase()
        .replace(/[^a-z ]/g, '')
        .trim(),
    );
    expect(rightWords).toEqual([...rightWords].sort());
    const left = index.concordance('health', { sort: 'left' });
    const firstLeft = left.map((l) => {
      const words = l.context.left.toLowerCase().match(/[a-z]+/g) ?? [];
      return words[words.length - 1] ?? '';
    });
    expect(firstLeft).toEqual([...firstLeft].sort());
    expect(index.concordance('health', { sort: 'left', limit: 2 })).toEqual(left.slice(0, 2));
  });

  it('is empty for nothing to look for', () => {
    expect(index.concordance('')).toEqual([]);
    expect(index.concordance('"*"')).toEqual([]);
    expect(index.concordance('zzzzz')).toEqual([]);
  });
});

describe('timeline', () => {
  it('has one entry per event and per temporal expression, dated in order, undated apart', () => {
    const timeline = index.timeline();
    expect(Timeline.parse(timeline)).toEqual(timeline);
    const expressions = corpus.documents.flatMap((d) => d.temporalExpressions);
    expect(timeline.dated.length + timeline.undated.length).toBe(
      corpus.events.length + expressions.length,
    );
    expect(timeline.dated.map((entry) => [entry.kind, entry.id])).toEqual([
      ['event', 'bgi-attends-belt-and-road-seminar'],
      ['statement', `seed-000#${expressions.find((t) => t.written === 'XXXX-06-08')?.id}`],
      ['event', 'cciee-welcomes-bgi'],
      ['statement', `seed-000#${expressions.find((t) => t.written === 'XXXX-06-15')?.id}`],
    ]);
    expect(timeline.undated.map((entry) => entry.id)).toEqual([
      `seed-000#${expressions.find((t) => t.written === 'XXXX-05')?.id}`,
      'qaiser-nawab-visits-bgi-shenzhen',
    ]);
    for (const entry of timeline.undated) expect(entry.date.status).toBe('unresolved');
  });

  it('gives statements their sentence (shortened) and the entities it names', () => {
    const june15 = index.timeline().dated[3];
    expect(june15?.summary.startsWith('On June 15, representatives of BGI Group')).toBe(true);
    expect(june15?.summary.length).toBeLessThanOrEqual(201);
    expect(june15?.summary.endsWith('…')).toBe(true);
    expect(june15?.entityIds).toEqual([
      'bgi-group',
      'zhang-xiaoqiang',
      'cciee',
      'xu-chaoyou',
      'li-jinbo',
    ]);
    const seminar = index.timeline().dated[0];
    expect(seminar?.eventType).toBe('conference');
    expect(seminar?.entityIds).toEqual(['bgi-group', 'shenzhen']);
  });
});

describe('cooccurrence', () => {
  it('counts the sentences and documents another entity shares', () => {
    const rows = index.cooccurrence('qaiser-nawab');
    for (const row of rows) expect(Cooccurrence.parse(row)).toEqual(row);
    expect(rows).toEqual([
      { entityId: 'bgi-group', sentenceCount: 1, documentCount: 1 },
      { entityId: 'brisd', sentenceCount: 1, documentCount: 1 },
      { entityId: 'pakistan', sentenceCount: 1, documentCount: 1 },
      { entityId: 'shenzhen', sentenceCount: 1, documentCount: 1 },
      { entityId: 'virtual-blood-bank-centre', sentenceCount: 1, documentCount: 1 },
    ]);
    expect(index.cooccurrence('bgi-group', { limit: 2 })).toEqual([
      { entityId: 'belt-and-road-initiative', sentenceCount: 6, documentCount: 2 },
      { entityId: 'belt-and-road-forum', sentenceCount: 3, documentCount: 2 },
    ]);
    expect(index.cooccurrence('unmentioned-place')).toEqual([]);
    expect(index.cooccurrence('nobody')).toEqual([]);
  });
});

describe('eventsOf', () => {
  it('lists events an entity takes part in or hosts, dated first', () => {
    expect(index.eventsOf('bgi-group').map((e) => e.id)).toEqual([
      'bgi-attends-belt-and-road-seminar',
      'cciee-welcomes-bgi',
      'qaiser-nawab-visits-bgi-shenzhen',
    ]);
    expect(index.eventsOf('shenzhen').map((e) => e.id)).toEqual([
      'bgi-attends-belt-and-road-seminar',
      'qaiser-nawab-visits-bgi-shenzhen',
    ]);
    expect(index.eventsOf('cciee')).toEqual([corpus.events[1]]);
    expect(index.eventsOf('pakistan')).toEqual([]);
  });
});

describe('cite', () => {
  it('quotes the span with the source’s facts, stating what is unknown', () => {
    const document = byId('seed-002');
    const span = {
      start: document.text.indexOf('Qaiser Nawab'),
      end: document.text.indexOf('(BRISD)') + '(BRISD)'.length,
    };
    const citation = index.cite('seed-002', span);
    expect(Citation.parse(citation)).toEqual(citation);
    expect(citation.quotedText).toBe(document.text.slice(span.start, span.end));
    expect(citation.sentenceIds).toEqual(['s-6']);
    expect(citation.publisher).toBeNull();
    expect(citation.url).toBeNull();
    expect(citation.text).toBe(
      `“Qaiser Nawab, Chairman of the Belt and Road Initiative for Sustainable Development (BRISD)” — China’s BGI Launches Training for Young Pakistani Researchers, publisher unknown, 2025-07, no URL, genebelt document seed-002, characters ${span.start}–${span.end}.`,
    );
  });

  it('names every sentence a span touches, and states known publisher, date and URL', () => {
    const document = byId('seed-000-follow-up');
    const citation = index.cite('seed-000-follow-up', { start: 0, end: document.text.length });
    expect(citation.sentenceIds).toEqual(document.sentences.map((s) => s.id));
    expect(citation.text).toContain(
      ', Fixture Wire, 2017-06-20, https://example.org/bgi-key-projects, genebelt document seed-000-follow-up, characters 0–',
    );
    expect(citation.text).not.toContain('\n');
    const empty = index.cite('seed-000', { start: 5, end: 5 });
    expect(empty.quotedText).toBe('');
    expect(empty.sentenceIds).toEqual(['s-0']);
  });

  it('throws a clear error for an unknown document or a span outside the text', () => {
    expect(() => index.cite('nope', { start: 0, end: 1 })).toThrow(/no document "nope"/);
    const length = byId('seed-000').text.length;
    expect(() => index.cite('seed-000', { start: 0, end: length + 1 })).toThrow(
      /outside document "seed-000"/,
    );
    expect(() => index.cite('seed-000', { start: 10, end: 5 })).toThrow(/outside/);
    expect(() => index.cite('seed-000', { start: -1, end: 5 })).toThrow(/outside/);
    expect(() => index.cite('seed-000', { start: 0.5, end: 5 })).toThrow(/outside/);
  });
});
