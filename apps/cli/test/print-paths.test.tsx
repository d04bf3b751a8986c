/**
 * Corpus text full of escape sequences (CSI, OSC 52 clipboard, OSC 8 links, DCS, 8-bit C1, \r,
 * BEL, bidi overrides …) goes through every print path, plain, JSON and every screen of the
 * browser, and no control character comes out. Colour is forced off so that any ESC in a frame
 * could only have come from the corpus.
 */
import { describe, expect, it } from 'vitest';

process.env.FORCE_COLOR = '0';
const fc = (await import('fast-check')).default;
const { render } = await import('ink-testing-library');
const { App } = await import('../src/app.js');
const { memoryOutput } = await import('../src/output.js');
const read = await import('../src/commands/read.js');
const { UNSAFE_CHARACTERS } = await import('../src/sanitize.js');
const { buildCorpus } = await import('./fixtures/build-corpus.js');
const { fakeQueries } = await import('./fixtures/fake-queries.js');

const ESC = '\u001b';
const PIECES = [
  `${ESC}[31m`,
  `${ESC}[2J${ESC}[H`,
  `${ESC}[?1049l`,
  `${ESC}]52;c;SGVsbG8gY2xpcGJvYXJk\u0007`,
  `${ESC}]8;;https://evil.example/${ESC}\\`,
  `${ESC}]8;;${ESC}\\`,
  `${ESC}]0;window title`,
  `${ESC}P1$qm${ESC}\\`,
  `${ESC}_apc${ESC}\\`,
  `${ESC}c`,
  ESC,
  '\u009b31m',
  '\u009d52;c;AAAA\u009c',
  '\u0085',
  '\u0090dcs\u009c',
  '\r',
  '\u0007',
  '\b',
  '\u0000',
  '\u007f',
  '\t',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u061c',
  '\u2028',
];
const WORDS = ['BGI', 'Group', 'Nawab', 'Shenzhen', ' ', ' ', '.', '“', '深圳', 'é'];

const hostile = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) => parts.join(''));

const hostileCorpus = fc
  .record({
    headline: hostile,
    body: hostile,
    tail: hostile,
    name: hostile,
    alias: hostile,
    description: hostile,
    publisher: hostile,
    url: hostile,
    summary: hostile,
    query: hostile,
  })
  .map((parts) => ({
    parts,
    corpus: buildCorpus({
      name: `Corpus ${parts.name}`,
      entities: [
        {
          id: 'bgi-group',
          type: 'organization',
          name: `BGI ${parts.name}`,
          aliases: [parts.alias],
          description: parts.description,
        },
        { id: 'qaiser-nawab', type: 'person', name: `Nawab ${parts.name}` },
      ],
      documents: [
        {
          id: 'hostile',
          publisher: `P ${parts.publisher}`,
          url: `https://example.org/${parts.url}`,
          published: { value: '2017-06', precision: 'month' },
          paragraphs: [
            { role: 'headline', text: `BGI Group ${parts.headline}`.trim() || 'BGI Group' },
            {
              role: 'body',
              text: `BGI Group met Qaiser Nawab on June 8. ${parts.body} BGI Group again.`,
            },
            { role: 'body', text: `In Shenzhen, ${parts.tail} Qaiser Nawab spoke.` },
          ],
          mentions: [
            { text: 'BGI Group', entityId: 'bgi-group' },
            { text: 'Qaiser Nawab', entityId: 'qaiser-nawab' },
          ],
          dates: [{ text: 'June 8', date: { value: '2017-06-08', precision: 'day' } }],
        },
      ],
      events: [
        {
          id: 'meeting',
          type: 'meeting',
          summary: `Met ${parts.summary}`,
          date: { value: '2017-06-08', precision: 'day' },
          participants: ['bgi-group', 'qaiser-nawab'],
          documentId: 'hostile',
          sentence: 'BGI Group met',
        },
        {
          id: 'undated-talk',
          type: 'other',
          summary: `Spoke ${parts.summary}`,
          participants: ['qaiser-nawab'],
          documentId: 'hostile',
          sentence: 'In Shenzhen',
        },
      ],
    }),
  }));

function expectClean(label: string, text: string): void {
  const found = UNSAFE_CHARACTERS.exec(text);
  expect(
    found,
    `${label}: U+${found?.[0]?.codePointAt(0)?.toString(16).padStart(4, '0')} in ${JSON.stringify(text.slice(Math.max(0, (found?.index ?? 0) - 30), (found?.index ?? 0) + 30))}`,
  ).toBeNull();
}

describe('every print path, with corpus text full of escape sequences', () => {
  it('the plain and JSON subcommands print no control character', () => {
    fc.assert(
      fc.property(hostileCorpus, ({ corpus, parts }) => {
        const queries = fakeQueries(corpus);
        for (const json of [false, true]) {
          const output = memoryOutput();
          read.listCommand(queries, { json }, output);
          read.showCommand(queries, 'hostile', { json }, output);
          read.showCommand(queries, 'hostile', { json, marks: true }, output);
          read.searchCommand(queries, `BGI ${parts.query}`, { json }, output);
          read.searchCommand(queries, 'Nawab', { json }, output);
          read.concordanceCommand(queries, 'BGI', { json, sort: 'left' }, output);
          read.concordanceCommand(queries, parts.query, { json }, output);
          read.entitiesCommand(queries, { json }, output);
          read.entityCommand(queries, 'bgi-group', { json }, output);
          read.entityCommand(queries, 'qaiser-nawab', { json }, output);
          read.timelineCommand(queries, { json }, output);
          for (const line of read.summaryLines(queries)) output.line(line);
          try {
            read.showCommand(queries, parts.query, {}, output);
          } catch (error) {
            output.error(`genebelt: ${error instanceof Error ? error.message : String(error)}`);
          }
          expectClean(json ? 'JSON stdout' : 'stdout', output.stdout);
          expectClean('stderr', output.stderr);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the browser draws no control character on any screen', async () => {
    const tick = () => new Promise((resolve) => setTimeout(resolve, 12));
    await fc.assert(
      fc.asyncProperty(hostileCorpus, async ({ corpus, parts }) => {
        const instance = render(
          <App queries={fakeQueries(corpus)} color={true} size={{ columns: 80, rows: 24 }} />,
        );
        const keys = [
          '/',
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is about control characters
          ...Array.from(parts.query.replace(/[\r\n\u001b]/g, '')),
          '\r',
          '\u001b', // filter
          '\r',
          'n',
          'n',
          'G',
          'g',
          '\r', // reader, mentions, entity
          '\t',
          '\r',
          '\u001b',
          'j',
          '\r',
          '\u001b',
          '\u001b',
          '\u001b',
          '3',
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is about control characters
          ...Array.from(`BGI ${parts.query}`.replace(/[\r\n\u001b]/g, '')),
          '\r',
          '\r',
          '\u001b',
          '4',
          'j',
          'G',
          '\r',
          '\u001b',
          '2',
          't',
          '\r',
          '\u001b',
          '?',
        ];
        for (const key of keys) {
          await tick();
          instance.stdin.write(key);
        }
        await tick();
        for (const frame of instance.frames) expectClean('frame', frame);
        instance.unmount();
      }),
      { numRuns: 12 },
    );
  });
});
