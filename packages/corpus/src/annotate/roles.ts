import type { Span } from '@genebelt/model';
import { PERSON_TITLES } from './names/name-cues.js';

/**
 * Roles as the text states them: "Qaiser Nawab, Chairman of the Belt and Road Initiative for
 * Sustainable Development" and "Mao Zhixia, BGI's Senior Official and Head of South Asia
 * Affairs". The title is kept word for word; the organisation is the mention that follows.
 */
export interface RoleMention {
  span: Span;
  entityId: string;
  type: string;
}

export interface RoleFinding {
  personId: string;
  title: string;
  organizationId: string;
  /** From the person's name to the organisation's name. */
  span: Span;
}

const TITLE_START = /^,\s+(?:the\s+)?(?=\p{Lu})/u;
/** News often writes a title after a name in lower case (`X, acting director of KEMRI`). */
const LOWER_TITLE_START = /^,\s+(?:the\s+)?(?=\p{Ll})/u;
/** A lower-case title must be short and hold a title word, or any phrase would do. */
const LOWER_TITLE_WORDS = 5;
const OF = /\s+of\s+(?:the\s+)?/gu;
const POSSESSIVE = /^['’]s\s+(?<title>\p{Lu}[^,;.()]{1,100}?)(?=\s*(?:[,;.()]|$))/u;
const ORGANISATIONS = new Set(['organization', 'outlet']);

export function findRoles(text: string, mentions: readonly RoleMention[]): RoleFinding[] {
  const findings: RoleFinding[] = [];
  const byStart = new Map(mentions.map((mention) => [mention.span.start, mention]));
  mentions.forEach((person, index) => {
    if (person.type !== 'person') return;
    const after = text.slice(person.span.end, person.span.end + 220);
    const capital = TITLE_START.exec(after);
    const lead = capital ?? LOWER_TITLE_START.exec(after);
    if (!lead) return;
    const titleStart = person.span.end + lead[0].length;

    // "X, ORG's TITLE": the next mention starts right after the comma.
    const next = mentions[index + 1];
    if (next && next.span.start === titleStart && ORGANISATIONS.has(next.type)) {
      const possessive = POSSESSIVE.exec(text.slice(next.span.end, next.span.end + 120));
      const title = possessive?.groups?.title;
      if (title) {
        findings.push({
          personId: person.entityId,
          title,
          organizationId: next.entityId,
          span: { start: person.span.start, end: next.span.end + possessive[0].length },
        });
        return;
      }
    }

    // "X, TITLE of [the] ORG": the last " of " within the title that an organisation follows,
    // so a title with an "of" of its own stays whole ("Director of the Executive Board of CCIEE").
    const window = text.slice(titleStart, titleStart + 200);
    const stop = window.search(/[;()]|,\s|\.\s|\.$/u);
    const limit = stop < 0 ? window.length : stop;
    let best: RoleFinding | null = null;
    for (const of of window.matchAll(OF)) {
      if (of.index > limit) break;
      const organisation = byStart.get(titleStart + of.index + of[0].length);
      if (!organisation || !ORGANISATIONS.has(organisation.type)) continue;
      const title = window.slice(0, of.index).trim();
      if (!title || title.includes(',')) break;
      if (!capital && !isLowerCaseTitle(title)) continue;
      best = {
        personId: person.entityId,
        title,
        organizationId: organisation.entityId,
        span: { start: person.span.start, end: organisation.span.end },
      };
    }
    if (best) findings.push(best);
  });
  return findings;
}

/** `acting director`, `chief executive`, `spokeswoman`: a few words, one of them a title. */
function isLowerCaseTitle(title: string): boolean {
  const words = title.toLowerCase().split(/\s+/u);
  if (words.length > LOWER_TITLE_WORDS || words[0] === 'a' || words[0] === 'an') return false;
  return words.some(
    (word) => PERSON_TITLES.has(word) || word === 'executive' || word === 'founder',
  );
}
