import { entityData } from '../../../../lib/corpus';
import { idOfFile, jsonResponse, notFoundResponse } from '../../../../lib/responses';

// Served per request from the query API (an indexed lookup) rather than prerendered: at 10,000
// documents, prerendering one file per document costs the build a minute and saves the reader
// nothing.

/** /data/entities/<id>.json: the entity, every mention in context, its events and neighbours. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const id = idOfFile((await params).file, '.json');
  const data = id ? entityData(id) : null;
  return data ? jsonResponse(data) : notFoundResponse();
}
