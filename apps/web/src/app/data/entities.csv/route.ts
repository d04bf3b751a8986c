import { entitySummaries } from '../../../lib/corpus';
import { csvTable } from '../../../lib/csv';
import { textResponse } from '../../../lib/responses';

export const dynamic = 'force-static';

export function GET(): Response {
  const rows = entitySummaries().map((entity) => [
    entity.id,
    entity.type,
    entity.name,
    entity.origin,
    entity.mentionCount,
    entity.documentCount,
  ]);
  const header = ['id', 'type', 'name', 'origin', 'mentions', 'documents'];
  return textResponse(csvTable(header, rows), 'text/csv; charset=utf-8; header=present');
}
