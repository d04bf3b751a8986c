/**
 * Proves the published package from the outside, the way zod proves its own: pack it, install the
 * tarball (with zod, the only peer) into a throwaway project outside the workspace, then use it
 * from ESM, CommonJS and TypeScript under two module resolutions, and run publint and attw on it.
 * Everything installs from local tarballs, so the proof needs no network.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCorpus } from './fixtures/seed-corpus.js';

/** The package's own version: the tarball's name and the SCHEMA_VERSION it exports. */
const packageVersion = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

const packageDir = join(import.meta.dirname, '..');
const requireHere = createRequire(join(packageDir, 'package.json'));
const tsc = requireHere.resolve('typescript/bin/tsc');

/** The path of a dev dependency's command-line entry, from its package.json "bin". */
function binOf(name: string): string {
  // Read from node_modules directly: not every package exports its package.json.
  const manifestPath = join(packageDir, 'node_modules', name, 'package.json');
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  const [entry] = Object.values(bin);
  if (!entry) throw new Error(`${name} has no command-line entry`);
  return join(dirname(manifestPath), entry);
}

let consumer = '';
let tarball = '';

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/**
 * Tars an installed package the way a registry serves it (a `package/` folder). `npm pack` cannot
 * be used on a folder inside pnpm's store (it crashes on the store's links).
 */
function tarInstalled(dir: string, into: string, name: string): string {
  const staging = join(into, `${name}-staging`);
  cpSync(dir, join(staging, 'package'), { recursive: true, dereference: true });
  const file = join(into, `${name}.tgz`);
  run('tar', ['-czf', file, '-C', staging, 'package'], into);
  return file;
}

beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), 'genebelt-model-consumer-'));
  const packs = join(consumer, 'packs');
  mkdirSync(packs);
  // pnpm pack rewrites catalog: and workspace: versions the way publishing does.
  execFileSync('pnpm', ['pack', '--pack-destination', packs], { cwd: packageDir, stdio: 'pipe' });
  tarball = join(packs, `genebelt-model-${packageVersion}.tgz`);
  const zodTarball = tarInstalled(dirname(requireHere.resolve('zod/package.json')), packs, 'zod');
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true }),
  );
  run(
    'npm',
    [
      'install',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--no-package-lock',
      tarball,
      zodTarball,
    ],
    consumer,
  );
  writeFileSync(join(consumer, 'corpus.json'), JSON.stringify(seedCorpus()));
});

afterAll(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

describe('the packed @genebelt/model', () => {
  it('is small and depends on nothing but its zod peer', () => {
    const bytes = statSync(tarball).size;
    console.info(`packed @genebelt/model: ${(bytes / 1024).toFixed(1)} KiB`);
    expect(bytes).toBeLessThan(100 * 1024);
    const manifest = JSON.parse(
      readFileSync(join(consumer, 'node_modules/@genebelt/model/package.json'), 'utf8'),
    ) as Record<string, Record<string, string> | undefined>;
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(Object.keys(manifest.peerDependencies ?? {})).toEqual(['zod']);
    const files = run('tar', ['-tzf', tarball], consumer).trim().split('\n').sort();
    expect(files).toContain('package/schema/corpus.schema.json');
    expect(files).toContain('package/schema/document.schema.json');
    expect(files.filter((file) => file.includes('/src/') || file.includes('.test.'))).toEqual([]);
  });

  it('works from ESM: validates a corpus and slices a mention', () => {
    writeFileSync(
      join(consumer, 'esm.mjs'),
      `import { readFileSync } from 'node:fs';
import { parseCorpus, sliceSpan } from '@genebelt/model';
const result = parseCorpus(JSON.parse(readFileSync('corpus.json', 'utf8')));
if (!result.ok) throw new Error(JSON.stringify(result.issues));
const document = result.value.documents[1];
const mention = document.mentions.find((m) => m.entityId === 'qaiser-nawab');
console.log(sliceSpan(document.text, mention.span));
const broken = structuredClone(result.value);
broken.documents[1].mentions[3].span.end = 99999;
const failed = parseCorpus(broken);
console.log(failed.ok ? 'accepted' : failed.issues[0].path);
`,
    );
    expect(run('node', ['esm.mjs'], consumer)).toBe(
      'Qaiser Nawab\ndocuments[1].mentions[3].span.end\n',
    );
  });

  it('works from CommonJS, and ships the JSON Schema files', () => {
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      `const { Corpus, SCHEMA_VERSION } = require('@genebelt/model');
const corpus = Corpus.parse(require('./corpus.json'));
const schema = require('@genebelt/model/schema/corpus.schema.json');
console.log(SCHEMA_VERSION, corpus.documents.length, schema.$id);
`,
    );
    expect(run('node', ['cjs.cjs'], consumer)).toBe(
      `${packageVersion} 2 urn:genebelt:model:1:corpus\n`,
    );
  });

  const typedConsumer = `import { type Corpus, type Mention, parseCorpus, sliceSpan } from '@genebelt/model';
export function firstMentionText(input: unknown): string | null {
  const result = parseCorpus(input);
  if (!result.ok) return null;
  const corpus: Corpus = result.value;
  const document = corpus.documents[0];
  const mention: Mention | undefined = document?.mentions[0];
  return document && mention ? sliceSpan(document.text, mention.span) : null;
}
`;

  const compile = (file: string, compilerOptions: Record<string, unknown>) => {
    const project = join(consumer, `tsconfig.${file}.json`);
    writeFileSync(
      project,
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          types: [],
          skipLibCheck: false,
          target: 'es2022',
          ...compilerOptions,
        },
        files: [file],
      }),
    );
    return spawnSync('node', [tsc, '-p', project], { cwd: consumer, encoding: 'utf8' });
  };

  it.each([
    ['node16 (ESM)', 'typed.mts', { module: 'node16', moduleResolution: 'node16' }],
    ['node16 (CommonJS)', 'typed.cts', { module: 'node16', moduleResolution: 'node16' }],
    ['bundler', 'typed.ts', { module: 'esnext', moduleResolution: 'bundler' }],
  ])('type-checks with moduleResolution %s', (_name, file, options) => {
    writeFileSync(join(consumer, file), typedConsumer);
    const result = compile(file, options);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('has real types: a wrong use fails to compile', () => {
    writeFileSync(
      join(consumer, 'wrong.ts'),
      `import type { Span } from '@genebelt/model';\nexport const span: Span = { start: 1, stop: 2 };\n`,
    );
    const result = compile('wrong.ts', { module: 'esnext', moduleResolution: 'bundler' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/'stop' does not exist in type/);
  });

  it('passes publint with warnings as errors', () => {
    const out = run('node', [binOf('publint'), 'run', tarball, '--strict'], consumer);
    expect(out).toMatch(/All good!/);
  });

  it('passes Are The Types Wrong (attw)', () => {
    const result = spawnSync(
      'node',
      [binOf('@arethetypeswrong/cli'), tarball, '--format', 'json'],
      { cwd: consumer, encoding: 'utf8' },
    );
    const report = JSON.parse(result.stdout) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).toEqual([]);
    expect(result.status).toBe(0);
  });
});
