import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of @genebelt/corpus, found from this module whether it runs from src/ (tests, tsx)
 * or from the bundled dist/.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      JSON.parse(readFileSync(manifest, 'utf8')).name === '@genebelt/corpus'
    ) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the @genebelt/corpus package folder');
    dir = parent;
  }
}

/** Where a corpus store keeps its parts. */
export interface StorePaths {
  sourcesDir: string;
  knowledgeDir: string;
  corpusFile: string;
  indexFile: string;
}

/** The bundled corpus: the seed articles and the curated knowledge of this package. */
export function bundledStore(): StorePaths {
  const root = packageRoot();
  return {
    sourcesDir: join(root, 'sources'),
    knowledgeDir: join(root, 'knowledge'),
    corpusFile: join(root, 'data', 'corpus.json'),
    indexFile: join(root, 'data', 'corpus.sqlite'),
  };
}

/** A store in a folder of its own: `sources/`, `knowledge/` and `data/corpus.json` inside it. */
export function storeAt(dir: string): StorePaths {
  return {
    sourcesDir: join(dir, 'sources'),
    knowledgeDir: join(dir, 'knowledge'),
    corpusFile: join(dir, 'data', 'corpus.json'),
    indexFile: join(dir, 'data', 'corpus.sqlite'),
  };
}
