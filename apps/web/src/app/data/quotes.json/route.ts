import { allQuotes } from '../../../lib/corpus';
import { jsonResponse } from '../../../lib/responses';

export const dynamic = 'force-static';

export function GET(): Response {
  return jsonResponse(
    allQuotes().map((row) => ({ documentId: row.documentId, quote: row.quote, speaker: row.speaker })),
  );
}
