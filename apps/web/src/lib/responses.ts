/** Responses of the data routes. */

export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

/**
 * A whole-corpus list (timeline, quotes, numbers, …) as JSON without indentation: at 10,000
 * documents these are tens of megabytes each, and indenting them doubled that for every build and
 * every download. Per-item files stay indented for reading.
 */
export function compactJsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

export function textResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { 'Content-Type': contentType } });
}

export function notFoundResponse(): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** The id in a file name such as `bgi-group.json`, or null when the name has another ending. */
export function idOfFile(file: string, ending: string): string | null {
  return file.endsWith(ending) ? file.slice(0, -ending.length) : null;
}
