import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCorpus } from '@genebelt/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { ingestArticles } from '../src/ingest.js';
import { bundledStore, type StorePaths } from '../src/paths.js';

/** An article shaped unlike the seeds: byline, inline dateline, a date relative to publication. */
const ARTICLE = [
  'BGI and Pakistan open genomics lab in Karachi',
  'By Ayesha Khan',
  'KARACHI, March 11 (APP) -- BGI Group opened a genomics laboratory in Karachi on Monday, according to Dawn News.',
  'Dr. Sara Malik, Director of the Karachi Genome Centre, said the lab would train "more than 200 researchers a year."',
].join('\n\n');

let dir = '';
let paths: StorePaths;
const encode = (text: string) => new TextEncoder().encode(text);
const snapshot = () =>
  Object.fromEntries(
    readdirSync(paths.sourcesDir)
      .sort()
      .map((name) => [name, readFileSync(join(paths.sourcesDir, name), 'utf8')])
      .concat([['corpus.json', readFileSync(paths.corpusFile, 'utf8')]]),
  );

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'genebelt-ingest-'));
  const bundled = bundledStore();
  cpSync(bundled.sourcesDir, join(dir, 'sources'), { recursive: true });
  cpSync(bundled.knowledgeDir, join(dir, 'knowledge'), { recursive: true });
  cpSync(bundled.corpusFile, join(dir, 'corpus.json'));
  paths = {
    sourcesDir: join(dir, 'sources'),
    knowledgeDir: join(dir, 'knowledge'),
    corpusFile: join(dir, 'corpus.json'),
    indexFile: join(dir, 'corpus.sqlite'),
  };
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('ingestArticles', () => {
  it('runs the whole pipeline on a dry run and stores nothing', () => {
    const before = snapshot();
    const result = ingestArticles(
      paths,
      [
        {
          label: 'karachi-lab.txt',
          bytes: encode(ARTICLE),
          sidecar: {
            published: { status: 'resolved', date: { value: '2024-03-12', precision: 'day' } },
          },
        },
      ],
      { dryRun: true },
    );
    expect(result.stored).toBe(false);
    const [article] = result.articles;
    expect(article?.document.paragraphs.map((paragraph) => paragraph.role)).toEqual([
      'headline',
      'byline',
      'body',
      'body',
    ]);
    expect(article?.linked.map((row) => row.entity.id)).toEqual(
      expect.arrayContaining(['bgi-group', 'pakistan']),
    );
    expect(article?.document.source.citedOutlet).toMatchObject({
      status: 'known',
      value: 'Dawn News',
    });
    expect(parseCorpus(result.corpus).ok).toBe(true);
    expect(snapshot()).toEqual(before);
  });

  it('stores the raw file, its sidecar and the rebuilt corpus', () => {
    const result = ingestArticles(paths, [
      { label: '/somewhere/Karachi Lab.txt', bytes: encode(ARTICLE) },
    ]);
    expect(result.stored).toBe(true);
    const storedAs = result.articles[0]?.storedAs ?? '';
    expect(storedAs).toBe('karachi-lab.txt');
    expect(readFileSync(join(paths.sourcesDir, storedAs), 'utf8')).toBe(ARTICLE);
    const sidecar = JSON.parse(
      readFileSync(join(paths.sourcesDir, 'karachi-lab.source.json'), 'utf8'),
    );
    expect(sidecar.id).toBe('karachi-lab');
    const corpus = JSON.parse(readFileSync(paths.corpusFile, 'utf8'));
    expect(corpus.documents.map((document: { id: string }) => document.id)).toContain(
      'karachi-lab',
    );
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses bad input with file, place and cause, and changes nothing', () => {
    const before = snapshot();
    expect(
      refusal(() => ingestArticles(paths, [{ label: 'empty.txt', bytes: new Uint8Array() }]))
        .message,
    ).toBe('empty.txt: is empty: there is no text to add');
    expect(
      refusal(() =>
        ingestArticles(paths, [
          { label: 'photo.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0x00]) },
        ]),
      ).message,
    ).toMatch(/^photo\.jpg: byte 3: holds a NUL byte/);
    expect(
      refusal(() =>
        ingestArticles(paths, [
          { label: 'a.txt', bytes: encode(ARTICLE), sidecar: { id: 'Not An Id' } },
        ]),
      ).message,
    ).toMatch(/^a\.txt \(source facts\): id: must be a lowercase slug/);
    expect(snapshot()).toEqual(before);
  });

  it('refuses an article already stored, and an id that is taken', () => {
    const seed = readFileSync(join(paths.sourcesDir, '002_854555338c5c73b0.txt'));
    expect(
      refusal(() => ingestArticles(paths, [{ label: 'again.txt', bytes: seed }])).message,
    ).toBe(
      'again.txt: is already in the corpus as sources/002_854555338c5c73b0.txt (same text after normalisation)',
    );
    expect(
      refusal(() =>
        ingestArticles(paths, [
          {
            label: 'b.txt',
            bytes: encode(ARTICLE),
            sidecar: { id: 'bgi-active-part-belt-and-road' },
          },
        ]),
      ).message,
    ).toBe(
      'b.txt: id: "bgi-active-part-belt-and-road" is already the id of sources/000_42976fab75af892a.txt',
    );
    const twice = [
      { label: 'x.txt', bytes: encode(ARTICLE) },
      { label: 'y.txt', bytes: encode(`${ARTICLE}\r\n`) },
    ];
    expect(refusal(() => ingestArticles(paths, twice)).message).toMatch(
      /^y\.txt: is already in the corpus as sources\/x\.txt/,
    );
  });

  it('keeps text full of escape sequences as it came; printing is where it gets cleaned', () => {
    const hostile =
      'Hacked \u001b]52;c;ZXZpbA==\u0007 headline\u001b[2J\n\nBGI Group said \u202Etxet desrever\u202C hello.\r\n';
    const result = ingestArticles(paths, [{ label: 'hostile.txt', bytes: encode(hostile) }], {
      dryRun: true,
    });
    const document = result.articles[0]?.document;
    expect(document?.text).not.toContain('\u001b');
    expect(document?.text).toContain('\u202E');
    expect(parseCorpus(result.corpus).ok).toBe(true);
  });

  it('leaves the stored corpus as it was when storing fails half-way', () => {
    const before = snapshot();
    const broken = { ...paths, corpusFile: join(dir, 'missing-folder', 'corpus.json') };
    expect(() =>
      ingestArticles(broken, [{ label: 'karachi.txt', bytes: encode(ARTICLE) }]),
    ).toThrow();
    expect(snapshot()).toEqual(before);
    expect(existsSync(join(paths.sourcesDir, 'karachi.txt'))).toBe(false);
  });
});

describe('a date line', () => {
  it('gives the publication date when none was supplied, with the line as evidence', () => {
    const article = [
      'Texas student inspires social movement',
      'Tuesday, September 22, 2015',
      'News of a digital clock last week has inspired a movement.',
    ].join('\n\n');
    const result = ingestArticles(paths, [{ label: 'clock.txt', bytes: encode(article) }], {
      dryRun: true,
    });
    const source = result.articles[0]?.document.source;
    expect(source?.published).toMatchObject({
      status: 'resolved',
      basis: 'explicit',
      date: { value: '2015-09-22', precision: 'day' },
    });
    expect(parseCorpus(result.corpus).ok).toBe(true);
  });
});

describe('a quotation over several sentences', () => {
  it('is kept as one part per sentence, each attributed, each continuing the one before', () => {
    const article = [
      'Karachi lab opens',
      '“We are ready to train young researchers. The first course opens in May,” said Qaiser Nawab, the lab’s director.',
    ].join('\n\n');
    const result = ingestArticles(paths, [{ label: 'lab.txt', bytes: encode(article) }], {
      dryRun: true,
    });
    const document = result.articles[0]?.document;
    if (!document) throw new Error('no document');
    const speech = document.quotes.filter((quote) => quote.kind === 'speech');
    expect(speech.map((quote) => document.text.slice(quote.span.start, quote.span.end))).toEqual([
      'We are ready to train young researchers.',
      'The first course opens in May,',
    ]);
    const [first, second] = speech;
    expect(first?.continues).toBeUndefined();
    expect(second?.continues).toBe(first?.id);
    expect(second?.sentenceId).not.toBe(first?.sentenceId);
    expect(second?.speakerEntityId).toBe(first?.speakerEntityId);
    expect(first?.speakerEntityId).toBe('qaiser-nawab');
    expect(first?.cue?.anchor.exact).toBe('said');
    expect(result.articles[0]?.warnings.filter((warning) => warning.startsWith('quote'))).toEqual(
      [],
    );
    expect(parseCorpus(result.corpus).ok).toBe(true);
  });
});

describe('an acronym the article defines', () => {
  it('names the entity of the name it stands for, and becomes its abbreviation', () => {
    const article = [
      'Kenya trains genome scientists',
      'The Kenya Medical Research Institute (KEMRI) opened a course on Friday. KEMRI will train 40 scientists.',
    ].join('\n\n');
    const result = ingestArticles(paths, [{ label: 'kemri.txt', bytes: encode(article) }], {
      dryRun: true,
    });
    const document = result.articles[0]?.document;
    if (!document) throw new Error('no document');
    const named = (id: string) =>
      document.mentions
        .filter((mention) => mention.entityId === id)
        .map((mention) => document.text.slice(mention.span.start, mention.span.end));
    expect(named('kenya-medical-research-institute')).toEqual([
      'Kenya Medical Research Institute',
      'KEMRI',
      'KEMRI',
    ]);
    const entity = result.corpus.entities.find(
      (candidate) => candidate.id === 'kenya-medical-research-institute',
    );
    expect(entity?.name).toBe('Kenya Medical Research Institute');
    expect(entity?.aliases).toEqual([{ text: 'KEMRI', kind: 'abbreviation' }]);
    expect(result.corpus.entities.some((candidate) => candidate.id === 'kemri')).toBe(false);
    expect(parseCorpus(result.corpus).ok).toBe(true);
  });
});
