import { documentSummaries } from '../../../lib/corpus';
import { jsonResponse } from '../../../lib/responses';

export const dynamic = 'force-static';

export function GET(): Response {
  return jsonResponse(documentSummaries());
}
