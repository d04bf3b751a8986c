import type { NextRequest } from 'next/server';
import { normalisePage, normaliseQuery, searchCorpus } from '../../../lib/corpus';
import { jsonResponse } from '../../../lib/responses';

/** The data behind /search: the query API's SearchResult for the same query and page. */
export function GET(request: NextRequest): Response {
  const params = request.nextUrl.searchParams;
  const query = normaliseQuery(params.get('q') ?? undefined);
  const page = normalisePage(params.get('page') ?? undefined);
  return jsonResponse(
    query
      ? searchCorpus(query, page)
      : { query, total: 0, hits: [], facets: { entityType: [], document: [], year: [] } },
  );
}
