import { documentSummaries } from '../../../lib/corpus';
import { csvTable } from '../../../lib/csv';
import { textResponse } from '../../../lib/responses';

export const dynamic = 'force-static';

export function GET(): Response {
  const rows = documentSummaries().map((document) => [
    document.id,
    document.title,
    document.publisher,
    document.published.status === 'resolved' ? document.published.date.value : null,
    document.published.status === 'resolved' ? document.published.date.precision : null,
    document.counts.sentences,
    document.counts.mentions,
    document.counts.entities,
    document.counts.temporalExpressions,
    document.counts.quotes,
    document.counts.quantities,
  ]);
  const header = [
    'id',
    'title',
    'publisher',
    'published',
    'published_precision',
    'sentences',
    'mentions',
    'entities',
    'dates',
    'quotes',
    'quantities',
  ];
  return textResponse(csvTable(header, rows), 'text/csv; charset=utf-8; header=present');
}
