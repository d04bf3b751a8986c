import { documentData } from '../../../../lib/corpus';
import { idOfFile, jsonResponse, notFoundResponse } from '../../../../lib/responses';

// Served per request from the query API (an indexed lookup) rather than prerendered: at 10,000
// documents, prerendering one file per document costs the build a minute and saves the reader
// nothing.

/** /data/documents/<id>.json: the document exactly as the model defines it. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const id = idOfFile((await params).file, '.json');
  const document = id ? documentData(id) : null;
  return document ? jsonResponse(document) : notFoundResponse();
}
