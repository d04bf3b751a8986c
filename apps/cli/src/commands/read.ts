/**
 * The subcommands that read the corpus: plain text for people by default, `--json` (shapes of
 * @genebelt/model) for programs. Each takes the query API and an Output; none needs a terminal.
 */
import type { CorpusQueries } from '@genebelt/corpus/query';
import type { Document, EntityType, TimelineEntry } from '@genebelt/model';
import {
  describeDate,
  describeFact,
  ENTITY_TYPE_STYLE,
  formatDate,
  originLabel,
  plural,
} from '../format.js';
import { markMentions } from '../mark-mentions.js';
import { CliError, type Output } from '../output.js';
import { sanitizeLine } from '../sanitize.js';
import { fit, textWidth, truncate, truncateStart } from '../text.js';

export interface JsonOption {
  json?: boolean;
}

/** Left-aligned columns sized to their widest cell; the last column is never padded. */
function table(rows: readonly (readonly string[])[]): string[] {
  const safe = rows.map((row) => row.map((cell) => sanitizeLine(cell)));
  const widths: number[] = [];
  for (const row of safe) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, textWidth(cell));
    });
  }
  return safe.map((row) =>
    row
      .map((cell, index) => (index === row.length - 1 ? cell : fit(cell, widths[index] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function unknownDocument(queries: CorpusQueries, id: string): CliError {
  const near = queries
    .documents({ filter: id.slice(0, 12) })
    .slice(0, 3)
    .map((document) => document.id);
  const hint = near.length ? ` (did you mean ${near.join(', ')}?)` : '; `genebelt list` shows them';
  return new CliError(`unknown document "${id}"${hint}`);
}

function unknownEntity(queries: CorpusQueries, id: string): CliError {
  const near = queries
    .entities({ filter: id.slice(0, 12) })
    .slice(0, 3)
    .map((entity) => entity.id);
  const hint = near.length
    ? ` (did you mean ${near.join(', ')}?)`
    : '; `genebelt entities` shows them';
  return new CliError(`unknown entity "${id}"${hint}`);
}

export function listCommand(
  queries: CorpusQueries,
  options: JsonOption & { sort?: 'title' | 'published'; filter?: string },
  output: Output,
): void {
  const documents = queries.documents({ sort: options.sort, filter: options.filter });
  if (options.json) {
    output.json(documents);
    return;
  }
  const rows = [
    ['ID', 'PUBLISHED', 'PUBLISHER', 'MENTIONS', 'TITLE'],
    ...documents.map((document) => [
      document.id,
      formatDate(document.published),
      document.publisher ?? 'unknown',
      String(document.counts.mentions),
      document.title,
    ]),
  ];
  for (const line of table(rows)) output.line(line);
  output.line(`(${plural(documents.length, 'document')})`);
}

const ROLE_LABEL: Record<string, string> = {
  headline: 'HEADLINE',
  'headline-variant': 'HEADLINE (repeated)',
  deck: 'DECK',
  credit: 'CREDIT',
  byline: 'BYLINE',
  dateline: 'DATELINE',
};

/** The text of a paragraph, with mentions marked [name|T] when asked. */
function paragraphText(
  document: Document,
  span: { start: number; end: number },
  types: ReadonlyMap<string, EntityType>,
  marks: boolean,
): string {
  if (!marks) return document.text.slice(span.start, span.end);
  return markMentions(document.text, span.start, span.end, document.mentions, types);
}

export function showCommand(
  queries: CorpusQueries,
  id: string,
  options: JsonOption & { marks?: boolean },
  output: Output,
): void {
  const document = queries.document(id);
  if (!document) throw unknownDocument(queries, id);
  if (options.json) {
    output.json(document);
    return;
  }
  const entities = new Map<string, { name: string; type: EntityType; count: number }>();
  for (const mention of document.mentions) {
    const known = entities.get(mention.entityId);
    if (known) {
      known.count++;
      continue;
    }
    const entity = queries.entity(mention.entityId);
    entities.set(mention.entityId, {
      name: entity?.name ?? mention.entityId,
      type: entity?.type ?? 'work',
      count: 1,
    });
  }
  const types = new Map([...entities].map(([entityId, entity]) => [entityId, entity.type]));
  output.line(document.title);
  output.line(`documents/${document.id} · language ${document.language}`);
  output.line();
  const { source } = document;
  for (const line of table([
    ['Publisher:', describeFact(source.publisher)],
    ['URL:', describeFact(source.url)],
    ['Published:', describeDate(source.published)],
    ['Cites:', describeFact(source.citedOutlet)],
    ['File:', `sources/${source.fileName} (SHA-256 ${source.rawDigest})`],
  ])) {
    output.line(line);
  }
  let body = 0;
  for (const paragraph of document.paragraphs) {
    output.line();
    const label =
      paragraph.role === 'body' ? `¶${++body}` : (ROLE_LABEL[paragraph.role] ?? paragraph.role);
    output.line(
      `${label}  ${paragraphText(document, paragraph.span, types, options.marks ?? false)}`,
    );
  }
  output.line();
  output.line(
    `Mentions: ${plural(document.mentions.length, 'mention')} of ${plural(entities.size, 'entity', 'entities')}${options.marks ? '' : ' (--marks shows them in the text)'}`,
  );
  const rows = [...entities]
    .sort(([, a], [, b]) => b.count - a.count || a.name.localeCompare(b.name))
    .map(([entityId, entity]) => [
      `  ${entity.name}`,
      ENTITY_TYPE_STYLE[entity.type].label,
      `entities/${entityId}`,
      `×${entity.count}`,
    ]);
  for (const line of table(rows)) output.line(line);
}

export function searchCommand(
  queries: CorpusQueries,
  query: string,
  options: JsonOption & { limit?: number; offset?: number; width?: number },
  output: Output,
): void {
  const result = queries.search(query, {
    limit: options.limit ?? 20,
    offset: options.offset ?? 0,
    width: options.width ?? 60,
  });
  if (options.json) {
    output.json(result);
    return;
  }
  const offset = options.offset ?? 0;
  if (result.total === 0) {
    output.line(`No sentence matches ${JSON.stringify(sanitizeLine(query))}.`);
    return;
  }
  output.line(
    `${plural(result.total, 'sentence')} match ${JSON.stringify(sanitizeLine(query))}; showing ${offset + 1}–${offset + result.hits.length}, best first.`,
  );
  result.hits.forEach((hit, index) => {
    output.line();
    output.line(
      `${offset + index + 1}. ${hit.documentTitle}  (documents/${hit.documentId} ${hit.sentenceId}, score ${hit.score.toFixed(2)})`,
    );
    output.line(`   ${hit.context.left}[${hit.context.match}]${hit.context.right}`);
  });
  const facets = [...result.facets.entityType.map((facet) => `${facet.label} ${facet.count}`)];
  if (facets.length) {
    output.line();
    output.line(`Entity types in matching sentences: ${facets.join(', ')}`);
  }
}

export function concordanceCommand(
  queries: CorpusQueries,
  term: string,
  options: JsonOption & { width?: number; sort?: 'left' | 'right' | 'document'; limit?: number },
  output: Output,
): void {
  const width = options.width ?? 40;
  const lines = queries.concordance(term, { width, sort: options.sort, limit: options.limit });
  if (options.json) {
    output.json(lines);
    return;
  }
  if (lines.length === 0) {
    output.line(`No occurrence of ${JSON.stringify(sanitizeLine(term))}.`);
    return;
  }
  const matchWidth = Math.max(...lines.map((line) => textWidth(sanitizeLine(line.context.match))));
  for (const line of lines) {
    const left = fit(truncateStart(sanitizeLine(line.context.left), width), width, 'right');
    const match = fit(sanitizeLine(line.context.match), matchWidth);
    const right = fit(truncate(sanitizeLine(line.context.right), width), width);
    output.line(`${left} ${match} ${right}  ${line.documentId} ${line.sentenceId}`);
  }
  output.line(`(${plural(lines.length, 'line')})`);
}

export function entitiesCommand(
  queries: CorpusQueries,
  options: JsonOption & { type?: EntityType; filter?: string },
  output: Output,
): void {
  const entities = queries.entities({ type: options.type, filter: options.filter });
  if (options.json) {
    output.json(entities);
    return;
  }
  const rows = [
    ['ID', 'TYPE', 'MENTIONS', 'DOCS', 'ORIGIN', 'NAME'],
    ...entities.map((entity) => [
      entity.id,
      entity.type,
      String(entity.mentionCount),
      String(entity.documentCount),
      entity.origin,
      entity.name,
    ]),
  ];
  for (const line of table(rows)) output.line(line);
  output.line(`(${plural(entities.length, 'entity', 'entities')})`);
}

export function entityCommand(
  queries: CorpusQueries,
  id: string,
  options: JsonOption & { width?: number },
  output: Output,
): void {
  const entity = queries.entity(id);
  if (!entity) throw unknownEntity(queries, id);
  const width = options.width ?? 40;
  const mentions = queries.mentionsOf(id, { width });
  const related = queries.cooccurrence(id);
  const events = queries.eventsOf(id);
  const documentIds = [...new Set(mentions.map((line) => line.documentId))].sort();
  if (options.json) {
    output.json({
      entity,
      mentionCount: mentions.length,
      documentIds,
      mentions,
      related,
      events,
    });
    return;
  }
  const style = ENTITY_TYPE_STYLE[entity.type];
  output.line(
    `${entity.name}  (${style.label}, ${originLabel(entity.origin)}, entities/${entity.id})`,
  );
  if (entity.aliases.length) {
    output.line(
      `Also: ${entity.aliases.map((alias) => `${alias.text} (${alias.kind})`).join('; ')}`,
    );
  }
  if (entity.description) output.line(`About: ${entity.description}`);
  for (const [scheme, value] of Object.entries(entity.externalIds))
    output.line(`${scheme}: ${value}`);
  if (entity.roles.length) {
    output.line();
    output.line('Roles and affiliations:');
    for (const role of entity.roles) {
      const organization = role.organizationId ? queries.entity(role.organizationId) : null;
      const where = role.evidence.map(
        (place) => `${place.documentId} ${place.span.start}-${place.span.end}`,
      );
      output.line(
        `  ${role.title}${organization ? `, ${organization.name}` : ''}  (stated in ${where.join('; ')})`,
      );
    }
  }
  output.line();
  output.line(
    `Mentions: ${plural(mentions.length, 'mention')} in ${plural(documentIds.length, 'document')}`,
  );
  for (const line of mentions) {
    const left = fit(truncateStart(sanitizeLine(line.context.left), width), width, 'right');
    output.line(
      `  ${left}[${line.context.match}]${truncate(sanitizeLine(line.context.right), width)}  ${line.documentId} ${line.sentenceId}`,
    );
  }
  output.line();
  output.line('Related (named in the same sentences):');
  if (related.length === 0) output.line('  none');
  const relatedRows = related.map((row) => {
    const other = queries.entity(row.entityId);
    return [
      `  ${other?.name ?? row.entityId}`,
      other?.type ?? '',
      `entities/${row.entityId}`,
      `${plural(row.sentenceCount, 'sentence')}, ${plural(row.documentCount, 'document')}`,
    ];
  });
  for (const line of table(relatedRows)) output.line(line);
  output.line();
  output.line('Events:');
  if (events.length === 0) output.line('  none recorded');
  for (const event of events) {
    output.line(`  ${formatDate(event.date)}  ${event.type}  ${event.summary}  (${event.id})`);
  }
}

function timelineRows(entries: readonly TimelineEntry[]): string[][] {
  return entries.map((entry) => [
    `  ${formatDate(entry.date)}`,
    entry.kind === 'event' ? (entry.eventType ?? 'event') : 'statement',
    `${entry.documentId} ${entry.sentenceId}`,
    entry.summary,
  ]);
}

export function timelineCommand(queries: CorpusQueries, options: JsonOption, output: Output): void {
  const timeline = queries.timeline();
  if (options.json) {
    output.json(timeline);
    return;
  }
  output.line(`In date order (${timeline.dated.length}); each date shows its precision:`);
  for (const line of table(timelineRows(timeline.dated))) output.line(line);
  output.line();
  output.line(
    `Undated (${timeline.undated.length}): the text does not say when, so they are not placed:`,
  );
  for (const entry of timeline.undated) {
    output.line(
      `  ${entry.kind === 'event' ? (entry.eventType ?? 'event') : 'statement'}  ${entry.documentId} ${entry.sentenceId}  ${entry.summary}`,
    );
    if (entry.date.status === 'unresolved') output.line(`      why: ${entry.date.reason}`);
  }
}

/** `genebelt` without a terminal: what the corpus holds, in two lines. */
export function summaryLines(queries: CorpusQueries): string[] {
  const overview = queries.overview();
  const range = overview.dateRange
    ? `, dated ${overview.dateRange.earliest.value} to ${overview.dateRange.latest.value}`
    : '';
  return [
    `genebelt: ${overview.name}: ${plural(overview.documentCount, 'document')}, ${plural(overview.entityCount, 'entity', 'entities')}, ${plural(overview.mentionCount, 'mention')}${range}.`,
    'There is no terminal on stdin, so the browser does not start; the subcommands below work anywhere.',
  ];
}
