import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

/** Dependencies of @genebelt/corpus that stay outside the bundle (native, or large models). */
const CORPUS_EXTERNALS = /^(better-sqlite3|wink-nlp|wink-eng-lite-web-model|chrono-node)(\/.*)?$/;
const corpusRequire = fileURLToPath(new URL('./src/corpus-require.ts', import.meta.url));
const corpusDir = dirname(createRequire(import.meta.url).resolve('@genebelt/corpus/package.json'));

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * pnpm installs better-sqlite3 and friends for @genebelt/corpus only, so a bare import of them
 * from dist/ would not resolve: each becomes a small module that requires it from there.
 */
const corpusDependencies: Plugin = {
  name: 'corpus-dependencies',
  setup(build) {
    build.onResolve({ filter: CORPUS_EXTERNALS }, (args) => ({
      path: args.path,
      namespace: 'corpus-dependency',
    }));
    build.onLoad({ filter: /.*/, namespace: 'corpus-dependency' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(corpusRequire)}).corpusRequire(${JSON.stringify(args.path)});`,
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

/**
 * Corpus modules that find files through `import.meta.url` would find the CLI's dist/ instead;
 * each gets the URL it has in its own package (see src/corpus-require.ts). That includes the
 * lazy load of the model's schemas in openCorpus (createRequire(import.meta.url)), which then
 * loads @genebelt/model as the corpus package would, only when an index is rebuilt.
 */
const corpusModuleUrls: Plugin = {
  name: 'corpus-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!args.path.startsWith(`${corpusDir}/src/`)) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const where = JSON.stringify(relative(corpusDir, args.path));
      return {
        contents: `import { corpusModuleUrl as __corpusModuleUrl } from ${JSON.stringify(corpusRequire)};\n${source.replaceAll('import.meta.url', `__corpusModuleUrl(${where})`)}`,
        loader: 'ts' as const,
      };
    });
  },
};

/**
 * Ink 6 rebuilds every line of the screen from its styled characters on every frame, through a
 * cache that lives for one frame only: profiled, that is 90% of the time a keypress takes (about
 * 30 ms a frame at 80×24 on a loaded machine). Most lines do not change between frames, so the
 * cache is kept across frames (cleared when large): unchanged lines then cost a lookup. The
 * cached values are never mutated by Ink. If Ink's code changes shape, the build fails here.
 */
const inkOutputCache: Plugin = {
  name: 'ink-output-cache',
  setup(build) {
    const patch = async (path: string, replacements: readonly [string, string][]) => {
      let source = await readFile(path, 'utf8');
      for (const [from, to] of replacements) {
        if (!source.includes(from)) {
          throw new Error(
            `ink-output-cache: ${path} no longer contains ${JSON.stringify(from)}; review the patch`,
          );
        }
        source = source.replace(from, to);
      }
      return { contents: source, loader: 'js' as const };
    };
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]output\.js$/ }, (args) =>
      patch(args.path, [
        ['    caches = new OutputCaches();', '    caches = sharedCaches();'],
        [
          'export default class Output {',
          [
            'let shared;',
            '/** One cache for all frames, dropped when it holds more lines than a few screens. */',
            'function sharedCaches() {',
            '    if (!shared || shared.styledChars.size + shared.widths.size > 20000) shared = new OutputCaches();',
            '    return shared;',
            '}',
            'export default class Output {',
          ].join('\n'),
        ],
      ]),
    );
    // The width of each text node, measured again on every frame: Ink's own measureText caches it.
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]render-node-to-output\.js$/ }, (args) =>
      patch(args.path, [
        ["import widestLine from 'widest-line';", "import measureText from './measure-text.js';"],
        ['const currentWidth = widestLine(text);', 'const currentWidth = measureText(text).width;'],
      ]),
    );
  },
};

/** Ink loads its React devtools only when DEV=true; leave that import out of the bundle. */
const inkDevtools: Plugin = {
  name: 'ink-devtools',
  setup(build) {
    build.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      args.importer.includes('/ink/') ? { path: args.path, external: true } : undefined,
    );
  },
};

export default defineConfig({
  // cli.js is the program; tui.js (Ink, React, the screens) and pipeline.js (ingest, validate,
  // export and the NLP models they load) are imported by it only when needed.
  entry: { cli: 'src/cli.tsx', tui: 'src/tui.tsx', pipeline: 'src/pipeline.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  clean: true,
  splitting: false,
  sourcemap: false,
  // Smaller files parse faster: about 20 ms less to start. GENEBELT_NO_MINIFY=1 for profiling.
  minify: !process.env.GENEBELT_NO_MINIFY,
  dts: false,
  // Everything is bundled (importing Ink unbundled costs 0.4-0.6 s), except the other entries and
  // the corpus's own native dependencies.
  noExternal: [/^(?!\.\/(tui|pipeline)\.js$).*/],
  external: ['./tui.js', './pipeline.js'],
  // Bundled CommonJS (commander, React) requires Node built-ins; ESM has no `require` of its own.
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __genebeltCreateRequire } from 'node:module';",
      'const require = __genebeltCreateRequire(import.meta.url);',
    ].join('\n'),
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  esbuildPlugins: [corpusDependencies, corpusModuleUrls, inkDevtools, inkOutputCache],
  esbuildOptions(options) {
    // Bundle the workspace packages from their TypeScript source: their dist is one module each,
    // so importing the query API from it would also load the pipeline's NLP models at start-up.
    options.conditions = ['@genebelt/source', 'module'];
  },
});
