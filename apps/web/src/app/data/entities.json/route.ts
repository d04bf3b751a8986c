import { entitySummaries } from '../../../lib/corpus';
import { compactJsonResponse } from '../../../lib/responses';

export const dynamic = 'force-static';

export function GET(): Response {
  return compactJsonResponse(entitySummaries());
}
