/**
 * Decides which GUM mentions are *named* person, organization or place mentions, and which part of
 * each is the name. GUM marks whole noun phrases (`U.S. President Donald Trump's`, `the United
 * States`), while a name proposer marks names (`Donald Trump`, `United States`), so the figures are
 * computed on the name inside each mention:
 *
 * 1. Only person, organization and place mentions count.
 * 2. The mention's head is its first token whose syntactic head lies outside the mention. The
 *    mention is named only if that head is a proper noun: XPOS `NNP` or `NNPS` (GUM tags name
 *    words such as `United` or `American` this way even where their UPOS is VERB or ADJ). GUM
 *    analyses `actor Dennis Hopper` and `Facebook creator Mark Zuckerberg` with the common noun as
 *    head and the name attached to it as `flat`; there the first such proper noun stands in for
 *    the head.
 * 3. A person mention headed by a plural proper noun is a group (`Afghans`, `Muslims`), not a name.
 * 4. The name is the run of proper nouns around the head, inside the mention. In organization and
 *    place names the run continues over joining words (`of`, `for`, `on`, `and`, `the`, `de`, `&`,
 *    …) and hyphens between proper nouns (`Daughters of the American Revolution`). A person's run
 *    stops at joining words and at other mentions nested in it (`U.S.` in `U.S. President Donald
 *    Trump`, `Education` in `Minister of Education Stefania Giannini`): they are not part of a
 *    personal name.
 * 5. Titles and honorifics that open a person's run are removed (`President`, `Ambassador`, `Mr.`),
 *    as in CoNLL/OntoNotes practice. If nothing but titles is left (`the President`), the mention
 *    is not named.
 * 6. A mention that has a smaller mention of the same type nested in it containing its head is not
 *    counted itself: it is a coordination (`Lee Cheuk-yan of the Labour Party and Frederick Fung of
 *    ADPL`) or an expansion of that smaller mention, whose name is the one that counts. Where the
 *    head lies in a nested mention of another type (GUM heads `US President Barack Obama` on its
 *    first word, `US`, a place), the last proper noun outside nested mentions stands in for it.
 */
import type { Span } from '@genebelt/model';

interface TokenLike {
  span: Span;
  form: string;
  xpos: string;
  head: number;
  deprel: string;
}

interface MentionLike {
  type: string;
  firstToken: number;
  lastToken: number;
}

export const NAMED_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place']);

const JOINING_WORDS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'on',
  'and',
  'the',
  'de',
  'du',
  'des',
  'del',
  'la',
  'le',
  'da',
  'di',
  'van',
  'von',
  '&',
  '-',
]);

const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'vice',
  'prime',
  'minister',
  'premier',
  'chancellor',
  'secretary',
  'ambassador',
  'senator',
  'sen',
  'rep',
  'representative',
  'congressman',
  'congresswoman',
  'governor',
  'gov',
  'mayor',
  'judge',
  'justice',
  'king',
  'queen',
  'prince',
  'princess',
  'emperor',
  'pope',
  'cardinal',
  'bishop',
  'archbishop',
  'reverend',
  'rev',
  'father',
  'rabbi',
  'imam',
  'sheikh',
  'general',
  'gen',
  'colonel',
  'col',
  'major',
  'captain',
  'capt',
  'lieutenant',
  'lt',
  'sergeant',
  'sgt',
  'admiral',
  'commander',
  'officer',
  'chief',
  'sheriff',
  'undersecretary',
  'chairman',
  'chairwoman',
  'director',
  'administrator',
  'commissioner',
  'spokesman',
  'spokeswoman',
  'coach',
  'detective',
  'inspector',
  'deputy',
  'executive',
]);

function isProperNoun(token: TokenLike | undefined): boolean {
  return token !== undefined && (token.xpos === 'NNP' || token.xpos === 'NNPS');
}

function isJoining(token: TokenLike | undefined): boolean {
  return token !== undefined && JOINING_WORDS.has(token.form.toLowerCase());
}

function isTitle(token: TokenLike | undefined): boolean {
  return token !== undefined && TITLES.has(token.form.toLowerCase().replace(/\.$/, ''));
}

function headOf(mention: MentionLike, tokens: readonly TokenLike[]): number {
  for (let index = mention.firstToken; index <= mention.lastToken; index += 1) {
    const head = tokens[index]?.head ?? -1;
    if (head < mention.firstToken || head > mention.lastToken) return index;
  }
  return mention.lastToken;
}

/** The syntactic head, or the first proper noun attached to a common-noun head as `flat`. */
function nameHeadOf(
  mention: MentionLike,
  tokens: readonly TokenLike[],
  mentions: readonly MentionLike[],
): number {
  const head = headOf(mention, tokens);
  const covering = mentions.filter(
    (other) =>
      other !== mention &&
      other.type !== mention.type &&
      other.firstToken >= mention.firstToken &&
      other.lastToken <= mention.lastToken &&
      other.firstToken <= head &&
      head <= other.lastToken,
  );
  if (covering.length > 0) {
    const nested = nestedOthers(mention, -1, mentions);
    for (let index = mention.lastToken; index >= mention.firstToken; index -= 1) {
      if (!nested.has(index) && isProperNoun(tokens[index])) return index;
    }
    return head;
  }
  if (isProperNoun(tokens[head])) return head;
  for (let index = mention.firstToken; index <= mention.lastToken; index += 1) {
    const token = tokens[index];
    if (token?.head === head && token.deprel === 'flat' && isProperNoun(token)) return index;
  }
  return head;
}

/** The name inside a gold mention, or null when the mention is not a named one (see above). */
export function nameSpanOf(
  mention: MentionLike,
  tokens: readonly TokenLike[],
  mentions: readonly MentionLike[],
): Span | null {
  if (!NAMED_TYPES.has(mention.type)) return null;
  const head = nameHeadOf(mention, tokens, mentions);
  const headToken = tokens[head];
  if (!isProperNoun(headToken)) return null;
  const isPerson = mention.type === 'person';
  if (isPerson && headToken?.xpos === 'NNPS') return null;
  if (hasSmallerMentionOverHead(mention, head, mentions)) return null;

  const blocked = isPerson ? nestedOthers(mention, head, mentions) : new Set<number>();
  const inside = (index: number) =>
    index >= mention.firstToken && index <= mention.lastToken && !blocked.has(index);

  let first = head;
  let last = head;
  for (;;) {
    const next = extend(first, -1);
    if (next === first) break;
    first = next;
  }
  for (;;) {
    const next = extend(last, 1);
    if (next === last) break;
    last = next;
  }
  if (isPerson) {
    while (first < last && isTitle(tokens[first])) first += 1;
    if (isTitle(tokens[first])) return null;
  }
  const start = tokens[first]?.span.start;
  const end = tokens[last]?.span.end;
  if (start === undefined || end === undefined || end <= start) return null;
  return { start, end };

  /** One step of the run from `edge` in `direction`, over joining words where allowed. */
  function extend(edge: number, direction: 1 | -1): number {
    let index = edge + direction;
    if (!inside(index)) return edge;
    if (isProperNoun(tokens[index])) return index;
    if (isPerson && tokens[index]?.xpos !== 'HYPH') return edge;
    while (inside(index) && isJoining(tokens[index]) && !isProperNoun(tokens[index])) {
      index += direction;
    }
    return inside(index) && isProperNoun(tokens[index]) ? index : edge;
  }
}

function hasSmallerMentionOverHead(
  mention: MentionLike,
  head: number,
  mentions: readonly MentionLike[],
): boolean {
  return mentions.some(
    (other) =>
      other !== mention &&
      other.type === mention.type &&
      other.firstToken >= mention.firstToken &&
      other.lastToken <= mention.lastToken &&
      other.lastToken - other.firstToken < mention.lastToken - mention.firstToken &&
      other.firstToken <= head &&
      head <= other.lastToken,
  );
}

/** Tokens of other mentions nested in `mention` that do not contain its head. */
function nestedOthers(
  mention: MentionLike,
  head: number,
  mentions: readonly MentionLike[],
): Set<number> {
  const blocked = new Set<number>();
  for (const other of mentions) {
    if (other === mention) continue;
    if (other.firstToken < mention.firstToken || other.lastToken > mention.lastToken) continue;
    if (other.firstToken <= head && head <= other.lastToken) continue;
    for (let index = other.firstToken; index <= other.lastToken; index += 1) blocked.add(index);
  }
  return blocked;
}
