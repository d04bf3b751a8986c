// `pnpm start`, `pnpm genebelt <args>` and `pnpm web`: build what the app needs (cached by
// Turborepo, so usually instant), then run it in the foreground with the terminal attached.
import { spawn, spawnSync } from 'node:child_process';

const [app, ...args] = process.argv.slice(2);
const apps = {
  cli: { filter: '@genebelt/cli...', command: ['node', ['apps/cli/dist/cli.js', ...args]] },
  web: { filter: '@genebelt/web...', command: ['node', ['apps/web/scripts/serve.mjs', ...args]] },
};
const target = apps[app];
if (!target) {
  console.error(`usage: run-app.mjs cli|web [args…]`);
  process.exit(2);
}

const build = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'build', `--filter=${target.filter}`, '--output-logs=errors-only', '--log-prefix=none'],
  { encoding: 'utf8', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
);
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr);
  process.exit(build.status ?? 1);
}
const [command, commandArgs] = target.command;
const child = spawn(command, commandArgs, { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
