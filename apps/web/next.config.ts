import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { FIXED_HEADERS } from './scripts/security-headers.mjs';

// The store is chosen once, at build: prerendered pages and the per-request search page must read
// the same corpus, so the resolved folder is written into the build (see src/lib/corpus.ts).
const store = process.env.GENEBELT_STORE ? resolve(process.env.GENEBELT_STORE) : '';
const distDir = process.env.GENEBELT_DIST_DIR ?? '.next';
// The bundled corpus's query index is built into this build's folder rather than beside the
// corpus in @genebelt/corpus: a build writes only its own files, and never reads an index that an
// older version of the package left there. A store of one's own keeps its index in its data/.
const appDir = dirname(fileURLToPath(import.meta.url));
const indexFile = store ? '' : resolve(appDir, distDir, 'genebelt', 'corpus.sqlite');

const config: NextConfig = {
  // The tests and the bench build into other folders so they never clobber the served build.
  distDir,
  env: { GENEBELT_BUILT_STORE: store, GENEBELT_INDEX_FILE: indexFile },
  // better-sqlite3 is a native addon; @genebelt/corpus finds its data from its own location
  // (import.meta.url), which bundling would move. Both load from node_modules at run time.
  serverExternalPackages: ['@genebelt/corpus', 'better-sqlite3'],
  poweredByHeader: false,
  reactStrictMode: true,
  // Lint (Biome) and typecheck (tsc) are tasks of their own; the build does not repeat them.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next leaves a core to its main process, which only waits while pages are generated; on a
    // two-core machine that halves the speed of a 10,000-document build. Use every core.
    cpus: Math.max(2, availableParallelism()),
  },
  async headers() {
    return [{ source: '/:path*', headers: FIXED_HEADERS }];
  },
};

// Prerendering allocates fast and briefly (React elements, Flight rows, HTML chunks); with V8's
// default 16 MB young generation a build worker spent about a fifth of its time collecting
// garbage. A larger young generation lets most of it die there: about 10% off a 2,000-document
// build. Next passes NODE_OPTIONS on to the build workers it starts after reading this file.
const BUILD_NODE_OPTIONS = '--max-semi-space-size=64';

export default function nextConfig(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) {
    const options = process.env.NODE_OPTIONS ?? '';
    if (!options.includes('--max-semi-space-size')) {
      process.env.NODE_OPTIONS = `${options} ${BUILD_NODE_OPTIONS}`.trim();
    }
  }
  return config;
}
