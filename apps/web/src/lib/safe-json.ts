/**
 * JSON that is safe inside an HTML <script> element (JSON-LD): `<`, `>` and `&` become \u escapes
 * so no text can close the element or open a comment, and U+2028/U+2029 are escaped for old
 * JavaScript parsers. The result is still JSON and parses to the same value.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
