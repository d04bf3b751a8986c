import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'annotate-worker': 'src/pipeline/annotate-worker.ts' },
  format: ['esm'],
  dts: true,
  tsconfig: 'tsconfig.build.json',
  target: 'es2022',
  platform: 'node',
  clean: true,
  // Native and data-heavy packages stay outside the bundle; they load from node_modules.
  external: [
    'better-sqlite3',
    'wink-nlp',
    'wink-eng-lite-web-model',
    'chrono-node',
    'zod',
    '@genebelt/model',
  ],
});
