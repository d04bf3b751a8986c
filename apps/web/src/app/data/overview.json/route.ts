import { corpusOverview, documentSummaries, entitySummaries } from '../../../lib/corpus';
import { compactJsonResponse } from '../../../lib/responses';

export const dynamic = 'force-static';

export function GET(): Response {
  return compactJsonResponse({
    overview: corpusOverview(),
    documents: documentSummaries(),
    entities: entitySummaries(),
  });
}
