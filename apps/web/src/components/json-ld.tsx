import { scriptSafeJson } from '../lib/safe-json';

/**
 * Structured data for search engines. The JSON is a text child, never HTML: `<`, `>` and `&` are
 * escaped as \u sequences, so a headline containing </script> stays inside the string.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json">{scriptSafeJson(data)}</script>;
}
