import { corpusOverview, documentSummaries, entitySummaries } from '../../../lib/corpus';
import { jsonResponse } from '../../../lib/responses';

export const dynamic = 'force-static';

export function GET(): Response {
  return jsonResponse({
    overview: corpusOverview(),
    documents: documentSummaries(),
    entities: entitySummaries(),
  });
}
