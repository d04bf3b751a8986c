import { wholeCorpus } from '../../../lib/corpus';
import { corpusJsonLines } from '../../../lib/exports';
import { textResponse } from '../../../lib/responses';

export const dynamic = 'force-static';

export function GET(): Response {
  return textResponse(corpusJsonLines(wholeCorpus()), 'application/jsonl; charset=utf-8');
}
