import { corpusFileStream } from '../../../lib/corpus';

// Streamed from the store per request rather than prerendered: the file already is the download
// (the bytes the index was built from), and at 10,000 documents prerendering it meant parsing,
// validating and re-serialising some 300 MB in a build worker, and a second copy in the build.
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return new Response(corpusFileStream(), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
