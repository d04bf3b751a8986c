/**
 * Parses the inline XML GUM keeps in a token's `XML=` MISC attribute, e.g.
 * `<hi rend:::"bold"><date when:::"2011-04-13">` or `</date></hi>`. GUM writes attributes as
 * `name:::"value"` because `=` is reserved in MISC.
 */

export type XmlTag =
  | { kind: 'open'; name: string; attributes: Record<string, string> }
  | { kind: 'close'; name: string };

const TAG = /<(\/?)([\w:-]+)([^>]*)>/g;
const ATTRIBUTE = /([\w:-]+?):::"([^"]*)"/g;

export function parseXmlTags(value: string): XmlTag[] {
  const tags: XmlTag[] = [];
  for (const match of value.matchAll(TAG)) {
    const name = match[2] ?? '';
    if (match[1] === '/') {
      tags.push({ kind: 'close', name });
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of (match[3] ?? '').matchAll(ATTRIBUTE)) {
      const key = attribute[1];
      if (key !== undefined) attributes[key] = attribute[2] ?? '';
    }
    tags.push({ kind: 'open', name, attributes });
  }
  return tags;
}
