import { allQuotes } from '../../../lib/corpus';
import { compactJsonResponse } from '../../../lib/responses';

export const dynamic = 'force-static';

export function GET(): Response {
  return compactJsonResponse(
    allQuotes().map((row) => ({
      documentId: row.documentId,
      quote: row.quote,
      parts: row.parts,
      text: row.text,
      speaker: row.speaker,
    })),
  );
}
