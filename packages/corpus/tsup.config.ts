import { defineConfig } from 'tsup';

export default defineConfig({
  // query: the query API alone (see src/query-api.ts); code both entries share goes into a chunk.
  entry: {
    index: 'src/index.ts',
    query: 'src/query-api.ts',
    'annotate-worker': 'src/pipeline/annotate-worker.ts',
  },
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
