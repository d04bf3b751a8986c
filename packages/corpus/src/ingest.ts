import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Corpus, Document, Entity } from '@genebelt/model';
import { slugify } from '@genebelt/model';
import { InputError } from './errors.js';
import { loadKnowledge } from './knowledge/load.js';
import { SourceSidecar } from './knowledge/schema.js';
import type { StorePaths } from './paths.js';
import type { RawArticle } from './pipeline/annotate-document.js';
import { buildCorpus } from './pipeline/build-corpus.js';
import { normalise } from './pipeline/normalise.js';
import { articleId, parseSidecar, readSources, sidecarName } from './sources.js';
import { writeFileAtomic } from './store/atomic-write.js';
import { CORPUS_DESCRIPTION, CORPUS_NAME, serialiseCorpus } from './store/corpus-file.js';
import { decodeArticle } from './text/decode-article.js';
import { sha256 } from './text/digest.js';

/** One article to add: its bytes, the name it is known by, and optional source facts. */
export interface IngestInput {
  /** How errors name it: usually the path given on the command line. */
  label: string;
  bytes: Uint8Array;
  /** Sidecar JSON (already parsed), e.g. from `<name>.source.json` beside the file. */
  sidecar?: unknown;
}

export interface IngestedArticle {
  document: Document;
  /** Curated entities the article names. */
  linked: { entity: Entity; mentions: number }[];
  /** Names the knowledge base does not know, proposed as new entities. */
  proposed: { entity: Entity; mentions: number }[];
  warnings: string[];
  /** The file name it is (or would be) stored under in sources/. */
  storedAs: string;
}

export interface IngestResult {
  articles: IngestedArticle[];
  corpus: Corpus;
  stored: boolean;
}

/**
 * Runs the whole pipeline on new articles together with the stored ones, then (unless a dry run)
 * stores them: the raw files and sidecars first, the rebuilt corpus.json last and atomically, so
 * an interrupted ingest leaves the stored corpus as it was. Refuses, naming the file, the place
 * and the cause: empty input, binary or invalid UTF-8, input over the size limit, an article
 * already stored (same content), an id or file name already taken.
 */
export function ingestArticles(
  paths: StorePaths,
  inputs: readonly IngestInput[],
  options: { dryRun?: boolean } = {},
): IngestResult {
  const stored = readSources(paths.sourcesDir);
  const knowledge = loadKnowledge(paths.knowledgeDir);
  const takenNames = new Set(readdirSync(paths.sourcesDir));
  const byDigest = new Map(
    stored.map((article) => [sha256(normalise(article.raw).text), article.fileName]),
  );
  const byId = new Map(stored.map((article) => [article.id, article.fileName]));

  const fresh: RawArticle[] = [];
  for (const input of inputs) {
    const raw = decodeArticle(input.label, input.bytes);
    const sidecar =
      input.sidecar === undefined
        ? SourceSidecar.parse({})
        : parseSidecar(`${input.label} (source facts)`, input.sidecar);
    const fileName = storedName(input.label, raw, takenNames);
    const id = articleId(fileName, sidecar);
    const digest = sha256(normalise(raw).text);
    const duplicate = byDigest.get(digest);
    if (duplicate) {
      throw new InputError(
        input.label,
        '',
        `is already in the corpus as sources/${duplicate} (same text after normalisation)`,
      );
    }
    const clash = byId.get(id);
    if (clash)
      throw new InputError(input.label, 'id', `"${id}" is already the id of sources/${clash}`);
    byDigest.set(digest, fileName);
    byId.set(id, fileName);
    takenNames.add(fileName);
    takenNames.add(sidecarName(fileName));
    fresh.push({ id, fileName, raw, rawDigest: sha256(input.bytes), sidecar });
  }

  const built = buildCorpus({
    name: CORPUS_NAME,
    description: CORPUS_DESCRIPTION,
    articles: [...stored, ...fresh],
    knowledge,
  });
  const entities = new Map(built.corpus.entities.map((entity) => [entity.id, entity]));
  const articles = fresh.map((article): IngestedArticle => {
    const item = built.annotated.find((candidate) => candidate.document.id === article.id);
    if (!item) throw new Error(`ingest: ${article.id} was not built`);
    const counts = new Map<string, number>();
    for (const mention of item.document.mentions)
      counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
    const rows = [...counts.entries()]
      .flatMap(([id, mentions]) => {
        const entity = entities.get(id);
        return entity ? [{ entity, mentions }] : [];
      })
      .sort((a, b) => b.mentions - a.mentions || a.entity.id.localeCompare(b.entity.id));
    return {
      document: item.document,
      linked: rows.filter((row) => row.entity.origin === 'curated'),
      proposed: rows.filter((row) => row.entity.origin !== 'curated'),
      warnings: item.warnings,
      storedAs: article.fileName,
    };
  });

  if (options.dryRun) return { articles, corpus: built.corpus, stored: false };
  store(paths, fresh, inputs, serialiseCorpus(built.corpus));
  return { articles, corpus: built.corpus, stored: true };
}

/** A file name in sources/ for a new article: its own name when free and tidy, else a slug. */
function storedName(label: string, raw: string, taken: ReadonlySet<string>): string {
  const own = basename(label).replace(/\.[^.]*$/, '');
  const stem =
    slugify(own, 60) || slugify(normalise(raw).text.split('\n')[0] ?? '', 60) || 'article';
  let name = `${stem}.txt`;
  for (let n = 2; taken.has(name) || taken.has(sidecarName(name)); n++) name = `${stem}-${n}.txt`;
  return name;
}

function store(
  paths: StorePaths,
  fresh: readonly RawArticle[],
  inputs: readonly IngestInput[],
  corpusText: string,
): void {
  const written: string[] = [];
  try {
    fresh.forEach((article, index) => {
      const input = inputs[index];
      if (!input) return;
      const textFile = join(paths.sourcesDir, article.fileName);
      const sideFile = join(paths.sourcesDir, sidecarName(article.fileName));
      if (existsSync(textFile) || existsSync(sideFile)) {
        throw new InputError(
          input.label,
          '',
          `sources/${article.fileName} appeared while ingesting; nothing was stored`,
        );
      }
      writeFileAtomic(textFile, input.bytes);
      written.push(textFile);
      writeFileAtomic(
        sideFile,
        `${JSON.stringify({ ...article.sidecar, id: article.id }, null, 2)}\n`,
      );
      written.push(sideFile);
    });
    // The commit point: until corpus.json is replaced, the stored corpus is the old one.
    writeFileAtomic(paths.corpusFile, corpusText);
  } catch (error) {
    for (const file of written) rmSync(file, { force: true });
    throw error;
  }
}
