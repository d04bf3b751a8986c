/**
 * The subcommand and end-to-end tests run the built binary, so build it first (about a second;
 * GENEBELT_SKIP_BUILD=1 skips this when dist/ is known to be fresh).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  if (process.env.GENEBELT_SKIP_BUILD) return;
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../node_modules/tsup/dist/cli-default.js', import.meta.url))],
    {
      cwd,
      stdio: 'pipe',
    },
  );
}
