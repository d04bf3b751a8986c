import { wholeCorpus } from '../../../lib/corpus';
import { annotationsCsv } from '../../../lib/exports';
import { textResponse } from '../../../lib/responses';

export const dynamic = 'force-static';

export function GET(): Response {
  return textResponse(annotationsCsv(wholeCorpus()), 'text/csv; charset=utf-8; header=present');
}
