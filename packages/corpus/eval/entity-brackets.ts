/**
 * Parses the value of GUM's `Entity=` MISC attribute, which opens and closes mentions with
 * brackets: `(id-type-infstat-salience-centering-minspan-link-identity` opens, `id)` closes, and
 * a bracket closed on the same token, `(id-...)`, is a one-token mention.
 *
 * The fields a bracket carries are declared by the document's `# global.Entity` header, which has
 * changed between GUM versions: the news files here have `salience`, some interview files do not
 * (`GRP-etype-infstat-centering-minspan-link-identity`), so the identity's position is read from
 * the header (`identityFieldOf`) rather than assumed.
 */

export interface EntityOpen {
  kind: 'open';
  id: string;
  type: string;
  /** The Wikipedia title GUM links the entity to, or null when it has none. */
  identity: string | null;
  /** True when the mention also closes on this token. */
  closesHere: boolean;
}

export interface EntityClose {
  kind: 'close';
  id: string;
}

export type EntityBracket = EntityOpen | EntityClose;

// Fields after the id in the news files' layout: type, infstat, salience, centering, minspan,
// link, identity.
export const DEFAULT_IDENTITY_FIELD = 6;

/**
 * The position of the identity among the fields after the id, from a `# global.Entity` header's
 * value (`GRP-etype-infstat-centering-minspan-link-identity` gives 5), or null when the header
 * names no identity field.
 */
export function identityFieldOf(header: string): number | null {
  const fields = header.trim().split('-').slice(1);
  const index = fields.indexOf('identity');
  return index < 0 ? null : index;
}

export function parseEntityBrackets(
  value: string,
  /** Where the identity sits among the fields after the id; null when there is none. */
  identityField: number | null = DEFAULT_IDENTITY_FIELD,
): EntityBracket[] {
  const brackets: EntityBracket[] = [];
  let index = 0;
  while (index < value.length) {
    const char = value[index];
    if (char === '(') {
      let end = index + 1;
      while (end < value.length && value[end] !== '(' && value[end] !== ')') end += 1;
      const body = value.slice(index + 1, end);
      const closesHere = value[end] === ')';
      brackets.push(openBracket(body, closesHere, identityField));
      index = closesHere ? end + 1 : end;
      continue;
    }
    let end = index;
    while (end < value.length && value[end] !== ')' && value[end] !== '(') end += 1;
    if (value[end] === ')') {
      const id = value.slice(index, end);
      if (id.length > 0) brackets.push({ kind: 'close', id });
      index = end + 1;
    } else {
      index = end;
    }
  }
  return brackets;
}

function openBracket(body: string, closesHere: boolean, identityField: number | null): EntityOpen {
  const fields = body.split('-');
  const id = fields[0] ?? '';
  const rest = fields.slice(1);
  // The identity is the last field and may itself contain hyphens only if GUM left them unescaped,
  // so everything from its position on is joined back together.
  const identityParts = identityField === null ? [] : rest.slice(identityField);
  const identity = identityParts.length > 0 ? decodeIdentity(identityParts.join('-')) : null;
  return { kind: 'open', id, type: rest[0] ?? '', identity, closesHere };
}

function decodeIdentity(raw: string): string | null {
  if (raw.length === 0) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
