/** Running the BUILT binary (dist/cli.js) the way a script would, against a temporary store. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI_DIR = fileURLToPath(new URL('..', import.meta.url));
export const CLI = join(CLI_DIR, 'dist', 'cli.js');
export const CORPUS_DIR = dirname(
  createRequire(import.meta.url).resolve('@genebelt/corpus/package.json'),
);

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string } = {},
): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    cwd: options.cwd ?? CLI_DIR,
    env: {
      ...process.env,
      NO_COLOR: undefined,
      FORCE_COLOR: undefined,
      GENEBELT_STORE: undefined,
      ...options.env,
    },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temporary: string[] = [];

/** Removes the temporary folders this process made (call in afterAll). */
export function removeTemporaryFolders(): void {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of the bundled store (sources, knowledge, the built corpus) in a temporary folder. */
export function copyStore(): string {
  const dir = mkdtempSync(join(tmpdir(), 'genebelt-store-'));
  temporary.push(dir);
  cpSync(join(CORPUS_DIR, 'sources'), join(dir, 'sources'), { recursive: true });
  cpSync(join(CORPUS_DIR, 'knowledge'), join(dir, 'knowledge'), { recursive: true });
  mkdirSync(join(dir, 'data'));
  cpSync(join(CORPUS_DIR, 'data', 'corpus.json'), join(dir, 'data', 'corpus.json'));
  return dir;
}

export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'genebelt-input-'));
  temporary.push(dir);
  return dir;
}
