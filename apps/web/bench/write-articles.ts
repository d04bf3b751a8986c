/**
 * Writes the corpus package's generated articles (packages/corpus/bench/generate-articles.ts,
 * the generator every benchmark shares) into a sources folder, one .txt each. Run by
 * generate-store.mjs through tsx, since the generator is TypeScript:
 *
 *   tsx bench/write-articles.ts <sources dir> <count> <seed> <bytes>
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticles } from '../../../packages/corpus/bench/generate-articles.js';

const [dir, count, seed, bytes] = process.argv.slice(2);
if (!dir || !count || !seed || !bytes) {
  throw new Error('usage: write-articles.ts <sources dir> <count> <seed> <bytes>');
}
for (const article of generateArticles(Number(count), Number(seed), Number(bytes))) {
  writeFileSync(join(dir, `${article.id}.txt`), `${article.raw}\n`);
}
