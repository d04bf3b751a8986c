/**
 * genebelt in the terminal. Parses the arguments (commander), then either starts the Ink browser
 * (no subcommand, a terminal on stdin and stdout) or runs a subcommand that prints plain text or
 * `--json` and needs no terminal. Exit codes: 0 success, 1 bad input (the message on stderr
 * names the file and the cause), 2 bad usage.
 *
 * The browser (Ink, React) and the pipeline commands (ingest, validate, export, which load NLP
 * models) are separate files of the build, imported only when used, so `genebelt list` starts
 * without either and the browser starts without the pipeline.
 */
import { appendFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import {
  concordanceCommand,
  entitiesCommand,
  entityCommand,
  listCommand,
  searchCommand,
  showCommand,
  summaryLines,
  timelineCommand,
} from './commands/read.js';
import { ENTITY_TYPE_ORDER } from './format.js';
import { CliError, type Output, streamOutput } from './output.js';
import { sanitize } from './sanitize.js';
import { openStore, storePaths } from './store.js';

/**
 * The browser lives long and makes mostly short-lived garbage (a frame's strings and nodes), for
 * which V8 lets its young generation double up to 32 MB of resident memory (issue 4). Kept at
 * its starting size instead, scavenges are more frequent but each is small (measured at 10,000
 * documents: peak 160 → 130–134 MB; a redraw takes 1–2 ms more CPU, the first frame no longer). Only this flag is changed at run time, and it is one V8 reads each
 * time the young generation would grow (flags fixed at start-up would not take effect here).
 */
function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

interface GlobalOptions {
  store?: string;
  color: boolean;
}

function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value))
      throw new InvalidArgumentError(`must be a whole number (${min}–${max}).`);
    const number = Number(value);
    if (number < min || number > max)
      throw new InvalidArgumentError(`must be from ${min} to ${max}.`);
    return number;
  };
}

/** Colour unless --no-color or NO_COLOR (set and not empty, as no-color.org says). */
export function colorAllowed(options: { color?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (options.color === false) return false;
  const noColor = env.NO_COLOR;
  return noColor === undefined || noColor === '';
}

export interface CliEnvironment {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  output: Output;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
}

const EXAMPLES = `
Examples:
  genebelt                                  browse the corpus (in a terminal)
  genebelt list
  genebelt show bgi-active-part-belt-and-road --marks
  genebelt search '"belt and road" type:person'
  genebelt concordance BGI --width 30 --sort right
  genebelt entity bgi-group --json
  genebelt ingest article.txt --dry-run --json
  genebelt export --format json > corpus.json
  genebelt --store ./my-store list          use another store (sources/, knowledge/, data/corpus.json);
                                            GENEBELT_STORE=./my-store does the same, for the web app too

Exit status: 0 success, 1 bad input (the message names the file and the cause), 2 bad usage.
NO_COLOR (or --no-color) turns colour off.`;

/** --store, else GENEBELT_STORE (the variable the web app reads, so one setting serves both). */
function storeFolder(options: GlobalOptions, env: NodeJS.ProcessEnv): string | undefined {
  return options.store ?? (env.GENEBELT_STORE || undefined);
}

export function buildProgram(environment: CliEnvironment): Command {
  const { output } = environment;
  const program = new Command('genebelt');
  const globals = () => program.opts<GlobalOptions>();
  const storeDir = () => storeFolder(globals(), environment.env);
  const withQueries = <T,>(run: (queries: ReturnType<typeof openStore>) => T): T => {
    const queries = openStore(storePaths(storeDir()));
    try {
      return run(queries);
    } finally {
      queries.close();
    }
  };
  const storeLabel = () => storeDir() ?? 'the bundled corpus';
  const json = new Option('--json', 'print JSON (shapes of @genebelt/model) instead of text');

  program
    .description(
      'Read and query the genebelt corpus: news articles about BGI Group and the Belt and Road, normalised and annotated. With no command, in a terminal, opens the browser.',
    )
    .version(packageJson.version, '-V, --version')
    .option(
      '--store <dir>',
      'a corpus store: a folder with sources/, knowledge/ and data/corpus.json (default: $GENEBELT_STORE if set, else the bundled corpus)',
    )
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => process.stdout.write(sanitize(text)),
      writeErr: (text) => process.stderr.write(sanitize(text)),
      outputError: (text, write) => write(sanitize(text)),
    })
    .addHelpText('after', EXAMPLES)
    // A word that is no command reaches this action (rather than commander's generic "too many
    // arguments") so the message can name it and suggest the nearest command.
    .allowExcessArguments(true)
    .action(async () => {
      const [command] = program.args;
      if (command !== undefined) throw unknownCommand(program, command);
      const paths = storePaths(storeDir());
      if (environment.stdinIsTTY && environment.stdoutIsTTY) {
        const benchFile = environment.env.GENEBELT_BENCH || undefined;
        const mark = (name: string) => {
          if (benchFile) appendFileSync(benchFile, `${name}-ms ${performance.now().toFixed(1)}\n`);
        };
        mark('parsed');
        const queries = openStore(paths);
        mark('opened');
        keepYoungGenerationSmall();
        const { runBrowser } = await import('./tui.js');
        mark('ink-loaded');
        await runBrowser({ queries, color: colorAllowed(globals(), environment.env), benchFile });
        return;
      }
      const queries = openStore(paths);
      try {
        for (const line of summaryLines(queries)) output.line(line);
      } finally {
        queries.close();
      }
      output.line();
      output.write(sanitize(program.helpInformation()));
    });

  program
    .command('list')
    .description(
      'list the documents: id, publication date with its precision, publisher, mentions, title',
    )
    .addOption(
      new Option('--sort <order>', 'order by').choices(['title', 'published']).default('title'),
    )
    .option('--filter <text>', 'only documents whose title, id or publisher contains the text')
    .addOption(json)
    .action((options: { sort: 'title' | 'published'; filter?: string; json?: boolean }) =>
      withQueries((queries) => listCommand(queries, options, output)),
    );

  program
    .command('show')
    .description(
      'print a document: source (publisher, URL, date and how each is known), structure and text',
    )
    .argument('<document-id>', 'the document (see `genebelt list`)')
    .option('--marks', 'mark mentions in the text as [name|T], T the entity type letter')
    .addOption(json)
    .action((id: string, options: { marks?: boolean; json?: boolean }) =>
      withQueries((queries) => showCommand(queries, id, options, output)),
    );

  program
    .command('search')
    .description(
      'find sentences: words, "phrases", prefix*, -exclude, type:person, entity:<id>, doc:<id>, from:2017 to:2017-06',
    )
    .argument('<query...>', 'the query (several words are joined with spaces)')
    .option('--limit <n>', 'hits to print', wholeNumber(1, 10_000), 20)
    .option('--offset <n>', 'skip this many hits', wholeNumber(0, 10_000_000), 0)
    .option('--width <n>', 'characters of context on each side', wholeNumber(1, 1000), 60)
    .addOption(json)
    .action(
      (
        words: string[],
        options: { limit: number; offset: number; width: number; json?: boolean },
      ) => withQueries((queries) => searchCommand(queries, words.join(' '), options, output)),
    );

  program
    .command('concordance')
    .description(
      'every occurrence of a word or phrase (a trailing * for a prefix), keyword in context',
    )
    .argument('<term...>', 'the word or phrase')
    .option('--width <n>', 'characters of context on each side', wholeNumber(1, 1000), 40)
    .addOption(
      new Option('--sort <order>', 'order by the words left or right of the term, or by document')
        .choices(['left', 'right', 'document'])
        .default('document'),
    )
    .option('--limit <n>', 'at most this many lines', wholeNumber(1, 10_000_000))
    .addOption(json)
    .action(
      (
        words: string[],
        options: {
          width: number;
          sort: 'left' | 'right' | 'document';
          limit?: number;
          json?: boolean;
        },
      ) => withQueries((queries) => concordanceCommand(queries, words.join(' '), options, output)),
    );

  program
    .command('entities')
    .description('list entities with their type, mention and document counts, most mentioned first')
    .addOption(new Option('--type <type>', 'only this type').choices([...ENTITY_TYPE_ORDER]))
    .option('--filter <text>', 'only entities whose id, name or an alias contains the text')
    .addOption(json)
    .action(
      (options: { type?: (typeof ENTITY_TYPE_ORDER)[number]; filter?: string; json?: boolean }) =>
        withQueries((queries) => entitiesCommand(queries, options, output)),
    );

  program
    .command('entity')
    .description('one entity: names, roles, every mention in context, related entities, events')
    .argument('<entity-id>', 'the entity (see `genebelt entities`)')
    .option('--width <n>', 'characters of context on each side', wholeNumber(1, 1000), 40)
    .addOption(json)
    .action((id: string, options: { width: number; json?: boolean }) =>
      withQueries((queries) => entityCommand(queries, id, options, output)),
    );

  program
    .command('timeline')
    .description('events and dated statements in date order (with precision), undated ones apart')
    .addOption(json)
    .action((options: { json?: boolean }) =>
      withQueries((queries) => timelineCommand(queries, options, output)),
    );

  program
    .command('ingest')
    .description(
      'add articles (UTF-8 text; facts about each in <name>.source.json beside it) to the store',
    )
    .argument('<file...>', 'article files')
    .option('--dry-run', 'run the whole pipeline and report, but store nothing')
    .addOption(json)
    .action(async (files: string[], options: { dryRun?: boolean; json?: boolean }) => {
      const { ingestCommand } = await import('./pipeline.js');
      ingestCommand(storePaths(storeDir()), storeLabel(), files, options, output);
    });

  program
    .command('validate')
    .description('check the stored corpus against the model, and that its sources build exactly it')
    .addOption(json)
    .action(async (options: { json?: boolean }) => {
      const { validateCommand } = await import('./pipeline.js');
      validateCommand(storePaths(storeDir()), options, output);
    });

  program
    .command('export')
    .description(
      'print the whole corpus: json (one document valid against corpus.schema.json), jsonl or csv',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['json', 'jsonl', 'csv'])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--table <table>', 'for jsonl and csv: which records')
        .choices(['documents', 'entities', 'mentions', 'events'])
        .default('documents'),
    )
    .action(
      async (options: {
        format: 'json' | 'jsonl' | 'csv';
        table: 'documents' | 'entities' | 'mentions' | 'events';
      }) => {
        const { exportCommand } = await import('./pipeline.js');
        exportCommand(storePaths(storeDir()), options, output);
      },
    );

  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of the corpus or of another model concept')
    .argument(
      '[concept]',
      'corpus (default), document, entity, search-result, timeline, …',
      'corpus',
    )
    .option('--list', 'list the concepts')
    .action(async (concept: string, options: { list?: boolean }) => {
      const { JSON_SCHEMA_CONCEPTS, jsonSchemaOf } = await import('@genebelt/model');
      const concepts = Object.keys(JSON_SCHEMA_CONCEPTS) as (keyof typeof JSON_SCHEMA_CONCEPTS)[];
      if (options.list) {
        for (const name of concepts) output.line(name);
        return;
      }
      const known = concepts.find((name) => name === concept);
      if (!known)
        throw new CliError(`unknown concept "${concept}"; one of: ${concepts.join(', ')}`, 2);
      output.json(jsonSchemaOf(known));
    });

  for (const command of program.commands) {
    command.exitOverride();
    command.configureOutput({
      writeOut: (text) => process.stdout.write(sanitize(text)),
      writeErr: (text) => process.stderr.write(sanitize(text)),
      outputError: (text, write) => write(sanitize(text)),
    });
    command.showSuggestionAfterError(true);
  }
  return program;
}

/** Letters to change to turn one word into another (for "did you mean"). */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

function unknownCommand(program: Command, name: string): CliError {
  const names = program.commands.map((command) => command.name());
  const near = names
    .map((candidate) => ({ candidate, cost: distance(name, candidate) }))
    .filter((entry) => entry.cost <= Math.max(1, Math.ceil(entry.candidate.length / 3)))
    .sort((a, b) => a.cost - b.cost)[0];
  const hint = near ? ` (did you mean ${near.candidate}?)` : '; `genebelt --help` lists them';
  return new CliError(`unknown command '${name}'${hint}`, 2);
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

/** Runs the CLI and returns its exit status. */
export async function run(environment: CliEnvironment): Promise<number> {
  const { output } = environment;
  const program = buildProgram(environment);
  try {
    await program.parseAsync([...environment.argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) {
        return 0;
      }
      return 2;
    }
    // pipeline.js carries its own copy of CliError, so it is recognised by name.
    if (error instanceof CliError || (error instanceof Error && error.name === 'CliError')) {
      output.error(`genebelt: ${error.message}`);
      return (error as CliError).exitCode === 2 ? 2 : 1;
    }
    const name = errorName(error);
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'InputError' || name === 'CorpusFileError' || name === 'ModelValidationError') {
      output.error(`genebelt: ${message}`);
      return 1;
    }
    if (/^no such (table|column): /.test(message)) {
      // An index written by another version of the query code under the same format number.
      const index = storePaths(
        storeFolder(program.opts<GlobalOptions>(), environment.env),
      ).indexFile;
      output.error(
        `genebelt: the query index does not match this version of genebelt (${message}); delete ${index} and it is rebuilt on the next run`,
      );
      return 1;
    }
    output.error(`genebelt: unexpected error: ${message}`);
    if (environment.env.GENEBELT_DEBUG && error instanceof Error && error.stack) {
      output.error(error.stack);
    }
    return 1;
  }
}

/** True when this module is the program being run (not imported by a test). */
function isEntry(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntry()) {
  // Writing to a closed pipe (`genebelt export … | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await run({
    argv: process.argv,
    env: process.env,
    output: streamOutput(),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
  });
}
