import type { NextRequest } from 'next/server';
import { citation } from '../../../lib/corpus';
import { jsonResponse } from '../../../lib/responses';

/**
 * /data/cite.json?document=<id>&start=<n>&end=<n>: the query API's citation of any span of a
 * document (offsets in UTF-16 code units of its normalised text). The document page's "copy
 * citation" buttons ask it for a sentence's citation, so pages need not carry one per sentence.
 */
export function GET(request: NextRequest): Response {
  const params = request.nextUrl.searchParams;
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  const result =
    Number.isInteger(start) && Number.isInteger(end)
      ? citation(params.get('document') ?? '', start, end)
      : null;
  return result
    ? jsonResponse(result)
    : new Response('{"error":"no such document, or the span is not inside its text"}\n', {
        status: 400,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      });
}
