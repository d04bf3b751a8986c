/**
 * Writes a generated store for the CLI benchmark, using the corpus package's own generator
 * (packages/corpus/bench/generate-corpus.ts) and index builder, without holding the corpus in
 * memory:
 *
 *   tsx bench/generate-store.ts <dir> <documents> [--with-corpus-file]
 *
 * <dir>/data/corpus.sqlite is always written. With --with-corpus-file, <dir>/data/corpus.json is
 * streamed out first and the index records its SHA-256, so openCorpus takes the index as fresh
 * (a store exactly like one `pnpm corpus` and ingest make, only larger).
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { CalendarDate, DateResolution, EntityType, Event } from '@genebelt/model';
import {
  generateCorpusParts,
  generateDocuments,
  generateEntities,
} from '../../../packages/corpus/bench/generate-corpus.js';
import { buildCorpusIndexFromParts } from '../../../packages/corpus/src/query/build.js';

const [dir, count, ...flags] = process.argv.slice(2);
if (!dir || !count)
  throw new Error('usage: generate-store.ts <dir> <documents> [--with-corpus-file]');
const options = { documents: Number(count), seed: 20_170_608 };
mkdirSync(join(dir, 'data'), { recursive: true });
mkdirSync(join(dir, 'sources'), { recursive: true });
mkdirSync(join(dir, 'knowledge'), { recursive: true });

function writeCorpusFile(file: string): string {
  const hash = createHash('sha256');
  const fd = openSync(file, 'w');
  const write = (text: string) => {
    hash.update(text);
    writeSync(fd, text);
  };
  const parts = generateCorpusParts(options);
  const entities = generateEntities(options.seed);
  const events: Event[] = [];
  const mentionCounts = new Map<string, number>();
  const documentIds = new Map<string, string[]>();
  let mentionCount = 0;
  let earliest: CalendarDate | null = null;
  let latest: CalendarDate | null = null;
  const note = (date: DateResolution) => {
    if (date.status !== 'resolved') return;
    if (!earliest || date.date.value < earliest.value) earliest = date.date;
    if (!latest || date.date.value > latest.value) latest = date.date;
  };
  write(
    `{"schemaVersion":${JSON.stringify(parts.schemaVersion)},"name":${JSON.stringify(parts.name)},"description":${JSON.stringify(parts.description)},"documents":[`,
  );
  let first = true;
  for (const document of generateDocuments(options, events)) {
    write(`${first ? '' : ','}${JSON.stringify(document)}`);
    first = false;
    mentionCount += document.mentions.length;
    for (const mention of document.mentions) {
      mentionCounts.set(mention.entityId, (mentionCounts.get(mention.entityId) ?? 0) + 1);
      const list = documentIds.get(mention.entityId) ?? [];
      if (list[list.length - 1] !== document.id) list.push(document.id);
      documentIds.set(mention.entityId, list);
    }
    for (const expression of document.temporalExpressions) note(expression.resolution);
  }
  for (const event of events) note(event.date);
  const entityCountByType: Partial<Record<EntityType, number>> = {};
  for (const entity of entities)
    entityCountByType[entity.type] = (entityCountByType[entity.type] ?? 0) + 1;
  write(
    `],"entities":${JSON.stringify(entities)},"events":${JSON.stringify(events)},"identityDecisions":[],`,
  );
  write(
    `"index":${JSON.stringify({
      documentCount: options.documents,
      mentionCount,
      entityCountByType,
      entities: entities.map((entity) => ({
        entityId: entity.id,
        mentionCount: mentionCounts.get(entity.id) ?? 0,
        documentIds: documentIds.get(entity.id) ?? [],
      })),
      dateRange: earliest && latest ? { earliest, latest } : null,
    })}}\n`,
  );
  closeSync(fd);
  return hash.digest('hex');
}

const started = performance.now();
const digest = flags.includes('--with-corpus-file')
  ? writeCorpusFile(join(dir, 'data', 'corpus.json'))
  : undefined;
const stats = buildCorpusIndexFromParts(
  generateCorpusParts(options),
  join(dir, 'data', 'corpus.sqlite'),
  {
    digest,
  },
);
console.log(
  JSON.stringify({
    ...stats,
    seconds: (performance.now() - started) / 1000,
    corpusFile: digest !== undefined,
  }),
);
