import { corpusAnnotationsCsv } from '../../../lib/corpus';
import { textResponse } from '../../../lib/responses';

export const dynamic = 'force-static';

export function GET(): Response {
  return textResponse(corpusAnnotationsCsv(), 'text/csv; charset=utf-8; header=present');
}
