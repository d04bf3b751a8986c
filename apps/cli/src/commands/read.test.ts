import {
  ConcordanceLine,
  Cooccurrence,
  Document,
  DocumentSummary,
  Entity,
  EntitySummary,
  Event,
  SearchResult,
  Timeline,
} from '@genebelt/model';
import { describe, expect, it } from 'vitest';
import { fakeQueries } from '../../test/fixtures/fake-queries.js';
import { seedCorpus } from '../../test/fixtures/seed-corpus.js';
import { CliError, memoryOutput } from '../output.js';
import {
  concordanceCommand,
  entitiesCommand,
  entityCommand,
  listCommand,
  searchCommand,
  showCommand,
  summaryLines,
  timelineCommand,
} from './read.js';

const queries = fakeQueries(seedCorpus());
const TRAINING = 'bgi-training-young-pakistani-researchers';

describe('list', () => {
  it('prints a table of documents', () => {
    const output = memoryOutput();
    listCommand(queries, {}, output);
    expect(output.stdout).toMatchInlineSnapshot(`
      "ID                                        PUBLISHED  PUBLISHER   MENTIONS  TITLE
      bgi-active-part-belt-and-road             undated    unknown     14        BGI Plays an Active Part in the Construction of the “Belt and Road”
      bgi-training-young-pakistani-researchers  undated    Gwadar Pro  13        China’s BGI Launches Training for Young Pakistani Researchers
      (2 documents)
      "
    `);
  });

  it('prints document summaries as JSON', () => {
    const output = memoryOutput();
    listCommand(queries, { json: true, filter: 'pakistani' }, output);
    const value = DocumentSummary.array().parse(JSON.parse(output.stdout));
    expect(value.map((document) => document.id)).toEqual([TRAINING]);
  });
});

describe('show', () => {
  it('prints the source, the structure and the text', () => {
    const output = memoryOutput();
    showCommand(queries, TRAINING, {}, output);
    expect(output.stdout).toContain('Publisher:  Gwadar Pro (supplied with the source)');
    expect(output.stdout).toContain('Published:  unknown: The fixture gives no publication date.');
    expect(output.stdout).toContain('HEADLINE  China’s BGI Launches Training');
    expect(output.stdout).toContain('DECK  BGI to build');
    expect(output.stdout).toContain('CREDIT  P.c. China Pakistan');
    expect(output.stdout).toContain('¶1  Qaiser Nawab, Chairman');
    expect(output.stdout).toMatch(/Qaiser Nawab\s+person\s+entities\/qaiser-nawab\s+×2/);
  });

  it('marks mentions with --marks', () => {
    const output = memoryOutput();
    showCommand(queries, TRAINING, { marks: true }, output);
    expect(output.stdout).toContain(
      '¶1  [Qaiser Nawab|P], Chairman of the [Belt and Road Initiative for Sustainable Development|O]',
    );
  });

  it('prints the document as JSON valid against the model', () => {
    const output = memoryOutput();
    showCommand(queries, TRAINING, { json: true }, output);
    expect(Document.parse(JSON.parse(output.stdout)).id).toBe(TRAINING);
  });

  it('refuses an unknown id, suggesting near ones', () => {
    expect(() => showCommand(queries, 'bgi-training', {}, memoryOutput())).toThrow(
      new CliError(`unknown document "bgi-training" (did you mean ${TRAINING}?)`),
    );
    expect(() => showCommand(queries, 'zzz', {}, memoryOutput())).toThrow(
      /unknown document "zzz"; `genebelt list` shows them/,
    );
  });
});

describe('search and concordance', () => {
  it('prints hits with their context, document and score', () => {
    const output = memoryOutput();
    searchCommand(queries, 'Nawab', {}, output);
    expect(output.stdout).toContain('2 sentences match "Nawab"; showing 1–2, best first.');
    expect(output.stdout).toMatch(
      /1\. China’s BGI .* \(documents\/bgi-training-young-pakistani-researchers s-\d+, score \d\.\d\d\)/,
    );
    expect(output.stdout).toContain('[Nawab]');
  });

  it('prints a search result as JSON valid against the model', () => {
    const output = memoryOutput();
    searchCommand(queries, 'Shenzhen', { json: true }, output);
    expect(SearchResult.parse(JSON.parse(output.stdout)).total).toBe(3);
  });

  it('says so when nothing matches', () => {
    const output = memoryOutput();
    searchCommand(queries, 'zebra', {}, output);
    expect(output.stdout).toBe('No sentence matches "zebra".\n');
  });

  it('aligns concordance lines on the term', () => {
    const output = memoryOutput();
    concordanceCommand(queries, 'Shenzhen', { width: 20 }, output);
    const lines = output.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('(3 lines)');
    const columns = lines.slice(0, -1).map((line) => line.indexOf('Shenzhen'));
    expect(new Set(columns)).toEqual(new Set([21]));
  });

  it('prints concordance lines as JSON valid against the model', () => {
    const output = memoryOutput();
    concordanceCommand(queries, 'BGI', { json: true, sort: 'right' }, output);
    expect(ConcordanceLine.array().parse(JSON.parse(output.stdout)).length).toBeGreaterThan(3);
  });
});

describe('entities and entity', () => {
  it('lists entities, by type', () => {
    const output = memoryOutput();
    entitiesCommand(queries, { type: 'person' }, output);
    expect(output.stdout).toMatch(/qaiser-nawab\s+person\s+2\s+1\s+curated\s+Qaiser Nawab/);
    expect(output.stdout).toContain('(3 entities)');
  });

  it('prints entity summaries as JSON valid against the model', () => {
    const output = memoryOutput();
    entitiesCommand(queries, { json: true }, output);
    expect(EntitySummary.array().parse(JSON.parse(output.stdout))).toHaveLength(10);
  });

  it('prints an entity with its mentions, related entities and events', () => {
    const output = memoryOutput();
    entityCommand(queries, 'qaiser-nawab', {}, output);
    expect(output.stdout).toContain('Qaiser Nawab  (person, curated, entities/qaiser-nawab)');
    expect(output.stdout).toContain('Mentions: 2 mentions in 1 document');
    expect(output.stdout).toContain('[Qaiser Nawab], Chairman');
    expect(output.stdout).toMatch(/BGI Group\s+organization\s+entities\/bgi-group/);
    expect(output.stdout).toContain('undated  visit  Qaiser Nawab of BRISD visited');
  });

  it('prints an entity as JSON whose parts validate against the model', () => {
    const output = memoryOutput();
    entityCommand(queries, 'qaiser-nawab', { json: true }, output);
    const value = JSON.parse(output.stdout);
    expect(Entity.parse(value.entity).id).toBe('qaiser-nawab');
    expect(ConcordanceLine.array().parse(value.mentions)).toHaveLength(2);
    expect(Cooccurrence.array().parse(value.related).length).toBeGreaterThan(0);
    expect(Event.array().parse(value.events)).toHaveLength(1);
  });

  it('refuses an unknown entity', () => {
    expect(() => entityCommand(queries, 'nobody', {}, memoryOutput())).toThrow(
      /unknown entity "nobody"/,
    );
  });
});

describe('timeline', () => {
  it('prints dated entries with precision, then undated ones with the reason', () => {
    const output = memoryOutput();
    timelineCommand(queries, {}, output);
    expect(output.stdout).toMatch(/2017-05 \(month\)\s+conference/);
    expect(output.stdout).toContain(
      'Undated (1): the text does not say when, so they are not placed:',
    );
    expect(output.stdout).toContain('why: The text does not say when.');
  });

  it('prints the timeline as JSON valid against the model', () => {
    const output = memoryOutput();
    timelineCommand(queries, { json: true }, output);
    expect(Timeline.parse(JSON.parse(output.stdout)).dated).toHaveLength(4);
  });
});

it('summarises the corpus for a run without a terminal', () => {
  expect(summaryLines(queries)[0]).toBe(
    'genebelt: BGI Group and the Belt and Road: 2 documents, 10 entities, 27 mentions, dated 2017-05 to 2017-06-15.',
  );
});
