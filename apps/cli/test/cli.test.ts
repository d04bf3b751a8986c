/**
 * The subcommands, run as the built binary against a copy of the bundled store: their output,
 * their --json (validated against @genebelt/model), their exit status, and bad input.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  ConcordanceLine,
  Cooccurrence,
  Document,
  DocumentSummary,
  Entity,
  EntitySummary,
  Event,
  jsonSchemaOf,
  parseCorpus,
  SearchResult,
  Timeline,
} from '@genebelt/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNSAFE_CHARACTERS } from '../src/sanitize.js';
import {
  CLI,
  CORPUS_DIR,
  copyStore,
  removeTemporaryFolders,
  runCli,
  scratchDir,
} from './run-cli.js';

let store: string;
let scratch: string;
const cli = (...args: string[]) => runCli(['--store', store, ...args]);
const json = (...args: string[]) => {
  const run = cli(...args, '--json');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as unknown;
};

const ACTIVE = 'bgi-active-part-belt-and-road';
const TRAINING = 'bgi-training-young-pakistani-researchers';

const ARTICLE = `Karachi Genome Centre Opens With BGI Support

Qaiser Nawab visited the Karachi Genome Centre on 12 March 2024, where BGI Group staff trained thirty young researchers.

“Every sample tells a story,” said Ayesha Khan, Director of the centre.
`;

beforeAll(() => {
  store = copyStore();
  scratch = scratchDir();
});

afterAll(removeTemporaryFolders);

function expectNoControl(text: string): void {
  const found = UNSAFE_CHARACTERS.exec(text);
  expect(
    found,
    found ? `U+${found[0].codePointAt(0)?.toString(16)} at ${found.index}` : '',
  ).toBeNull();
}

describe('list', () => {
  it('prints the documents', () => {
    const run = cli('list');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ID +PUBLISHED +PUBLISHER +MENTIONS +TITLE$/m);
    expect(run.stdout).toContain(`${ACTIVE}  `);
    expect(run.stdout).toContain(TRAINING);
    expect(run.stdout).toContain('(2 documents)');
  });

  it('--json validates against the model', () => {
    const value = DocumentSummary.array().parse(json('list', '--sort', 'published'));
    expect(value.map((document) => document.id).sort()).toEqual([ACTIVE, TRAINING]);
  });

  it('refuses a bad --sort as bad usage', () => {
    const run = cli('list', '--sort', 'size');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("option '--sort <order>' argument 'size' is invalid");
  });
});

describe('show', () => {
  it('prints the source, the structure and the text', () => {
    const run = cli('show', TRAINING);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('China’s BGI Launches Training for Young Pakistani Researchers');
    expect(run.stdout).toContain(
      'Published:  unknown: The seed file came without a publication date',
    );
    expect(run.stdout).toContain('Cites:      Gwadar Pro (stated in the text');
    expect(run.stdout).toMatch(/^DECK {2}BGI to build scientific capacity/m);
    expect(run.stdout).toMatch(/^CREDIT {2}P\.c\. China Pakistan Economic Corridor/m);
    expect(run.stdout).toMatch(/^¶1 {2}The Beijing Genomics Institute/m);
  });

  it('--marks marks mentions with their type', () => {
    expect(cli('show', TRAINING, '--marks').stdout).toContain('[Qaiser Nawab|P], Chairman of the');
  });

  it('--json is a Document', () => {
    expect(Document.parse(json('show', ACTIVE)).id).toBe(ACTIVE);
  });

  it('refuses an unknown id with exit 1', () => {
    const run = cli('show', 'no-such-document');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('genebelt: unknown document "no-such-document"');
  });

  it('refuses a missing id as bad usage', () => {
    const run = cli('show');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("missing required argument 'document-id'");
  });

  it('prints an id full of escape sequences without them', () => {
    const run = cli('show', 'x\u001b]52;c;SGVsbG8=\u0007\u001b[2J\u009b31m\u202ey');
    expect(run.status).toBe(1);
    expectNoControl(run.stderr);
    expect(run.stderr).toContain('unknown document "x');
  });
});

describe('search and concordance', () => {
  it('prints hits with document and score', () => {
    const run = cli('search', 'Nawab');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\d+ sentences match "Nawab"/);
    expect(run.stdout).toMatch(/score \d+\.\d\d\)/);
    expect(run.stdout).toContain('[Nawab]');
  });

  it('takes the query language, and several words', () => {
    expect(cli('search', 'type:person', 'Shenzhen').status).toBe(0);
    const value = SearchResult.parse(json('search', '"belt and road"', '--limit', '3'));
    expect(value.hits.length).toBeLessThanOrEqual(3);
    expect(value.total).toBeGreaterThan(3);
  });

  it('prints a query full of escape sequences without them', () => {
    const run = cli('search', '\u001b]8;;http://x\u001b\\Nawab\u001b]8;;\u001b\\\r\u0007');
    expect(run.status).toBe(0);
    expectNoControl(run.stdout);
    expectNoControl(run.stderr);
  });

  it('prints aligned concordance lines, sorted as asked', () => {
    const run = cli('concordance', 'BGI', '--width', '20', '--sort', 'left');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').slice(0, -1);
    expect(lines.length).toBeGreaterThan(10);
    expect(new Set(lines.map((line) => line.indexOf('BGI', 19)))).toEqual(new Set([21]));
    expect(
      ConcordanceLine.array().parse(json('concordance', 'belt and road', '--sort', 'right')).length,
    ).toBeGreaterThan(5);
  });

  it('refuses a bad --width or --sort as bad usage', () => {
    expect(cli('concordance', 'BGI', '--width', 'wide').status).toBe(2);
    expect(cli('concordance', 'BGI', '--width', '0').status).toBe(2);
    expect(cli('concordance', 'BGI', '--sort', 'up').status).toBe(2);
  });
});

describe('entities and entity', () => {
  it('lists entities, filtered by type', () => {
    const run = cli('entities', '--type', 'person');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/qaiser-nawab +person +\d+ +1 +curated +Qaiser Nawab/);
    expect(run.stdout).not.toContain('organization');
    expect(EntitySummary.array().parse(json('entities')).length).toBeGreaterThan(10);
    expect(cli('entities', '--type', 'animal').status).toBe(2);
  });

  it('prints one entity; its --json parts validate against the model', () => {
    const run = cli('entity', 'qaiser-nawab');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Qaiser Nawab  (person, curated, entities/qaiser-nawab)');
    expect(run.stdout).toContain('Chairman, Belt and Road Initiative for Sustainable Development');
    const value = json('entity', 'bgi-group') as Record<string, unknown>;
    expect(Entity.parse(value.entity).id).toBe('bgi-group');
    expect(ConcordanceLine.array().parse(value.mentions).length).toBeGreaterThan(10);
    expect(Cooccurrence.array().parse(value.related).length).toBeGreaterThan(0);
    Event.array().parse(value.events);
  });

  it('refuses an unknown entity with exit 1', () => {
    const run = cli('entity', 'nobody');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('unknown entity "nobody"');
  });
});

describe('timeline', () => {
  it('prints dated entries with their precision and undated ones apart', () => {
    const run = cli('timeline');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2017-05 \(month\) +conference/);
    expect(run.stdout).toMatch(/2017-06-08 \(day\)/);
    expect(run.stdout).toMatch(/Undated \(\d+\)/);
    const value = Timeline.parse(json('timeline'));
    expect(value.undated.every((entry) => entry.date.status === 'unresolved')).toBe(true);
  });
});

describe('export and schema', () => {
  it('export --format json prints the whole corpus, valid against corpus.schema.json and the model', () => {
    const run = cli('export', '--format', 'json');
    expect(run.status).toBe(0);
    const corpus = JSON.parse(run.stdout) as unknown;
    expect(corpus).toEqual(JSON.parse(readFileSync(join(store, 'data', 'corpus.json'), 'utf8')));
    expect(parseCorpus(corpus).ok).toBe(true);
    // An independent validator against the published JSON Schema file.
    const fromCorpus = createRequire(join(CORPUS_DIR, 'package.json'));
    const Ajv2020 = fromCorpus('ajv/dist/2020').default as new (
      options: object,
    ) => {
      compile(schema: object): ((value: unknown) => boolean) & { errors?: unknown };
    };
    const schemaFile = createRequire(import.meta.url).resolve(
      '@genebelt/model/schema/corpus.schema.json',
    );
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(
      JSON.parse(readFileSync(schemaFile, 'utf8')),
    );
    expect(validate(corpus), JSON.stringify(validate.errors)).toBe(true);
  });

  it('export --format jsonl prints one document per line', () => {
    const lines = cli('export', '--format', 'jsonl').stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) Document.parse(JSON.parse(line));
    const entities = cli('export', '--format', 'jsonl', '--table', 'entities')
      .stdout.trimEnd()
      .split('\n');
    for (const line of entities) Entity.parse(JSON.parse(line));
  });

  it('export --format csv prints a table with a header', () => {
    const run = cli('export', '--format', 'csv', '--table', 'mentions');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'document_id,mention_id,start,end,text,entity_id,entity_type,entity_name,sentence_id,origin,confidence',
    );
    expect(lines.length).toBeGreaterThan(50);
    expectNoControl(run.stdout);
  });

  it('export needs --format', () => {
    const run = cli('export');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("required option '--format <format>' not specified");
  });

  it('schema prints the JSON Schema of the corpus, or of another concept', () => {
    const run = cli('schema');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(jsonSchemaOf('corpus'));
    expect(cli('schema', '--list').stdout).toContain('search-result');
    expect(JSON.parse(cli('schema', 'timeline').stdout)).toEqual(jsonSchemaOf('timeline'));
    expect(cli('schema', 'nonsense').status).toBe(2);
  });
});

describe('validate', () => {
  it('accepts a store its sources build exactly, and refuses one they do not', () => {
    // After an ingest the store is exactly what its sources build (the bundled one may lag
    // behind pipeline changes; `pnpm corpus` refreshes it).
    const fresh = copyStore();
    const file = write('fresh.txt', ARTICLE.replace(/Karachi/g, 'Multan'));
    expect(runCli(['--store', fresh, 'ingest', file]).status).toBe(0);
    const run = runCli(['--store', fresh, 'validate']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('valid (3 documents');
    expect(run.stdout).toContain('It is exactly what sources/ and knowledge/ build.');
    const report = JSON.parse(runCli(['--store', fresh, 'validate', '--json']).stdout);
    expect(report).toMatchObject({ valid: true, upToDate: true, problems: [] });

    const corpusFile = join(fresh, 'data', 'corpus.json');
    const corpus = JSON.parse(readFileSync(corpusFile, 'utf8'));
    writeFileSync(corpusFile, JSON.stringify({ ...corpus, name: 'Edited by hand' }, null, 2));
    const stale = runCli(['--store', fresh, 'validate']);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toContain('It is NOT what sources/ and knowledge/ build now');
    expect(stale.stderr).toBe(`genebelt: ${corpusFile}: validation failed\n`);
  });
});

describe('the store', () => {
  it('is GENEBELT_STORE when --store is not given, as for the web app; --store wins', () => {
    const other = copyStore();
    const file = write('other.txt', ARTICLE.replace(/Karachi/g, 'Quetta'));
    expect(runCli(['ingest', file], { env: { GENEBELT_STORE: other } }).status).toBe(0);
    const listed = runCli(['list', '--json'], { env: { GENEBELT_STORE: other } });
    expect(JSON.parse(listed.stdout)).toHaveLength(3);
    const plain = copyStore();
    const bundled = runCli(['--store', plain, 'list', '--json'], {
      env: { GENEBELT_STORE: other },
    });
    expect(JSON.parse(bundled.stdout)).toHaveLength(2);
  });
});

describe('ingest', () => {
  it('--dry-run --json runs the whole pipeline and stores nothing', () => {
    const file = join(scratch, 'karachi-genome-centre.txt');
    writeFileSync(file, ARTICLE);
    const before = readFileSync(join(store, 'data', 'corpus.json'));
    const sources = readdirSync(join(store, 'sources'));
    const value = json('ingest', file, '--dry-run') as {
      stored: boolean;
      articles: {
        document: unknown;
        linked: { entity: unknown; mentions: number }[];
        proposed: { entity: unknown }[];
        warnings: string[];
        storedAs: string;
      }[];
    };
    expect(value.stored).toBe(false);
    expect(value.articles).toHaveLength(1);
    const [article] = value.articles;
    const document = Document.parse(article?.document);
    expect(document.title).toBe('Karachi Genome Centre Opens With BGI Support');
    const linked = (article?.linked ?? []).map((row) => Entity.parse(row.entity).id);
    expect(linked).toContain('qaiser-nawab');
    expect(linked).toContain('bgi-group');
    for (const row of article?.proposed ?? []) Entity.parse(row.entity);
    expect(Array.isArray(article?.warnings)).toBe(true);
    expect(readFileSync(join(store, 'data', 'corpus.json'))).toEqual(before);
    expect(readdirSync(join(store, 'sources'))).toEqual(sources);
  });

  it('adds articles to the store, after which they can be listed and read', () => {
    const store2 = copyStore();
    const file = join(scratch, 'second-article.txt');
    writeFileSync(
      file,
      ARTICLE.replace('Karachi Genome Centre Opens', 'Lahore Genome Centre Opens').replace(
        /Karachi/g,
        'Lahore',
      ),
    );
    writeFileSync(
      join(scratch, 'second-article.source.json'),
      JSON.stringify({
        publisher: { status: 'known', value: 'Dawn', basis: 'supplied', note: '', evidence: [] },
      }),
    );
    const run = runCli(['--store', store2, 'ingest', file]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Added 1 article');
    const list = runCli(['--store', store2, 'list']);
    expect(list.stdout).toContain('Lahore Genome Centre Opens With BGI Support');
    expect(list.stdout).toContain('(3 documents)');
    expect(runCli(['--store', store2, 'validate']).status).toBe(0);
    // The same article again is refused, and nothing changes.
    const before = readFileSync(join(store2, 'data', 'corpus.json'));
    const again = runCli(['--store', store2, 'ingest', file]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${file}: is already in the corpus`);
    expect(readFileSync(join(store2, 'data', 'corpus.json'))).toEqual(before);
  });

  it('shows a progress bar on a terminal when given many files', () => {
    const files = ['Gilgit', 'Skardu', 'Hunza'].map((place) =>
      write(`${place.toLowerCase()}.txt`, ARTICLE.replace(/Karachi/g, place)),
    );
    // `script` gives the command a terminal; its output (stdout and stderr) comes back here.
    const command = [process.execPath, CLI, '--store', store, 'ingest', ...files, '--dry-run']
      .map((part) => `'${part}'`)
      .join(' ');
    const run = spawnSync('script', ['-qec', command, '/dev/null'], {
      encoding: 'utf8',
      input: '',
    });
    if (run.error) return; // no `script` here: the bar itself is tested in ingest.test.ts
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('[########################] 3/3 read');
    expect(run.stdout).toContain('Dry run: nothing was stored.');
  });

  it.each([
    ['a missing file', () => join(scratch, 'missing.txt'), 'no such file'],
    ['an empty file', () => write('empty.txt', ''), 'is empty'],
    [
      'a binary file',
      () => write('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])),
      'binary file',
    ],
    [
      'invalid UTF-8',
      () => write('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])),
      'not valid UTF-8',
    ],
    [
      'text full of control characters',
      () => write('controls.txt', `Headline\n\n${'\u001b[31mred\u001b[0m '.repeat(40)}`),
      'control characters',
    ],
    ['a folder', () => scratch, 'is a folder'],
    [
      'a sidecar that is not JSON',
      () => {
        write('bad-sidecar.source.json', '{ nope');
        return write('bad-sidecar.txt', ARTICLE.replace('Karachi', 'Quetta'));
      },
      'bad-sidecar.source.json: is not JSON',
    ],
  ])(
    'refuses %s with exit 1, naming the file and the cause, storing nothing',
    (_name, make, cause) => {
      const file = make();
      const before = readFileSync(join(store, 'data', 'corpus.json'));
      const run = cli('ingest', file);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('genebelt: ');
      expect(run.stderr).toContain(cause);
      expectNoControl(run.stderr);
      expect(readFileSync(join(store, 'data', 'corpus.json'))).toEqual(before);
    },
  );

  it('prints an article with a few escape sequences, and its hostile source facts, without them', () => {
    const store3 = copyStore();
    const file = write(
      'hostile.txt',
      `Evil \u001b]52;c;SGVsbG8=\u0007Headline\n\nBGI Group met Qaiser Nawab in Shenzhen\u001b]8;;http://evil.example\u001b\\ here\u001b]8;;\u001b\\ on June 8, 2017. The \u202eoverride\u202c text\r and \u009b31m done.\n`,
    );
    write(
      'hostile.source.json',
      JSON.stringify({
        publisher: {
          status: 'known',
          value: 'Evil \u001b[2J\u001b]0;pwned\u0007 Daily',
          basis: 'supplied',
          note: '\u001b]52;c;AAAA\u0007',
          evidence: [],
        },
        url: {
          status: 'known',
          value: 'https://evil.example/\u001b[31m\u202e',
          basis: 'supplied',
          note: '',
          evidence: [],
        },
      }),
    );
    const ingest = runCli(['--store', store3, 'ingest', file]);
    if (ingest.status !== 0) {
      // A store may refuse such facts outright; then the refusal itself must be clean.
      expectNoControl(ingest.stderr);
      return;
    }
    const [id] = JSON.parse(runCli(['--store', store3, 'list', '--json']).stdout)
      .map((document: { id: string }) => document.id)
      .filter((candidate: string) => candidate !== ACTIVE && candidate !== TRAINING);
    for (const args of [
      ['list'],
      ['list', '--json'],
      ['show', id],
      ['show', id, '--marks'],
      ['show', id, '--json'],
      ['search', 'evil'],
      ['search', 'override', '--json'],
      ['concordance', 'Shenzhen'],
      ['entities'],
      ['entity', 'bgi-group'],
      ['timeline'],
      ['timeline', '--json'],
      ['export', '--format', 'json'],
      ['export', '--format', 'jsonl'],
      ['export', '--format', 'csv'],
      ['validate'],
    ]) {
      const run = runCli(['--store', store3, ...args]);
      expectNoControl(run.stdout);
      expectNoControl(run.stderr);
    }
  });
});

function write(name: string, content: string | Buffer): string {
  const file = join(scratch, name);
  writeFileSync(file, content);
  return file;
}

describe('a bad store', () => {
  it.each([
    ['a missing folder', () => join(scratch, 'nowhere'), 'no such folder'],
    ['a store without a corpus', () => scratchDir(), 'missing: this store has no built corpus'],
    ['an empty corpus file', () => storeWith(''), 'not JSON'],
    ['a binary corpus file', () => storeWith(Buffer.from([0, 1, 2, 0xff, 0xfe])), 'not JSON'],
    [
      'an invalid corpus',
      () => storeWith(JSON.stringify({ schemaVersion: '1.0.0', name: '\u001b]52;c;AAAA\u0007x' })),
      /is not (a )?valid/,
    ],
  ] as [string, () => string, string | RegExp][])(
    '%s is bad input: exit 1 and a message naming the file',
    (_name, make, cause) => {
      const dir = make();
      for (const args of [
        ['list'],
        ['search', 'x'],
        ['validate'],
        ['export', '--format', 'json'],
      ]) {
        const run = runCli(['--store', dir, ...args]);
        expect(run.status, args.join(' ')).toBe(1);
        expect(run.stdout === '' || args[0] === 'validate').toBe(true);
        if (args[0] !== 'validate') expect(run.stderr).toMatch(cause);
        expectNoControl(run.stderr);
        expectNoControl(run.stdout);
      }
    },
  );
});

describe('an index from another version', () => {
  it('says to delete it, with exit 1', () => {
    const dir = copyStore();
    expect(runCli(['--store', dir, 'list']).status).toBe(0);
    // Same format number, other tables: what an index of an older build looks like.
    const Database = createRequire(join(CORPUS_DIR, 'package.json'))('better-sqlite3') as new (
      file: string,
    ) => { exec(sql: string): void; close(): void };
    const db = new Database(join(dir, 'data', 'corpus.sqlite'));
    db.exec('DROP TABLE sentences');
    db.close();
    const run = runCli(['--store', dir, 'search', 'Nawab']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'genebelt: the query index does not match this version of genebelt',
    );
    expect(run.stderr).toContain(`delete ${join(dir, 'data', 'corpus.sqlite')}`);
  });
});

function storeWith(corpus: string | Buffer): string {
  const dir = scratchDir();
  const data = join(dir, 'data');
  mkdirSync(data);
  writeFileSync(join(data, 'corpus.json'), corpus);
  return dir;
}

describe('usage', () => {
  it('prints a summary and the help, not a crash, without a terminal', () => {
    const run = runCli([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^genebelt: BGI Group and the Belt and Road: 2 documents, \d+ entities/,
    );
    expect(run.stdout).toContain('There is no terminal on stdin');
    expect(run.stdout).toContain('Usage: genebelt [options] [command]');
    expect(run.stdout).toContain('concordance');
  });

  it.each([
    'list',
    'show',
    'search',
    'concordance',
    'entities',
    'entity',
    'timeline',
    'ingest',
    'validate',
    'export',
    'schema',
  ])('%s --help explains itself', (command) => {
    const run = runCli([command, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Usage: genebelt ${command}`);
  });

  it('exits 2 on an unknown command or option', () => {
    const command = runCli(['lsit']);
    expect(command.status).toBe(2);
    expect(command.stderr).toBe("genebelt: unknown command 'lsit' (did you mean list?)\n");
    const option = runCli(['list', '--colour']);
    expect(option.status).toBe(2);
  });

  it('prints its version', () => {
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
