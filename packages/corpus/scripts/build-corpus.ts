/**
 * Rebuilds data/corpus.json from sources/ and knowledge/. `--check` fails instead of writing
 * when the committed corpus is not what a fresh build makes.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { InputError } from '../src/errors.js';
import { bundledStore } from '../src/paths.js';
import { writeFileIfChanged } from '../src/store/atomic-write.js';
import { buildStore, serialiseCorpus } from '../src/store/corpus-file.js';

const paths = bundledStore();
const check = process.argv.includes('--check');
try {
  const built = buildStore(paths);
  const text = serialiseCorpus(built.corpus);
  const where = relative(process.cwd(), paths.corpusFile);
  if (check) {
    const current = readFileSync(paths.corpusFile, 'utf8');
    if (current !== text) {
      console.error(
        `${where} is not what a fresh build makes: run \`pnpm corpus\` and review the diff.`,
      );
      process.exit(1);
    }
    console.log(`${where} is up to date.`);
  } else {
    const wrote = writeFileIfChanged(paths.corpusFile, text);
    const { corpus } = built;
    console.log(
      `${wrote ? 'wrote' : 'unchanged'} ${where}: ${corpus.documents.length} documents, ${corpus.entities.length} entities, ${corpus.index.mentionCount} mentions, ${corpus.events.length} events`,
    );
  }
  for (const warning of built.warnings)
    console.warn(`warning: ${warning.documentId}: ${warning.message}`);
} catch (error) {
  if (error instanceof InputError) {
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
