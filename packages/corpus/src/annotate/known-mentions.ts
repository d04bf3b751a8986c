import type { EntityType, Span } from '@genebelt/model';

/**
 * Mentions of entities the knowledge base knows: every name and alias, longest match first, on
 * word boundaries, case as written. "Belt and Road Initiative for Sustainable Development" is
 * the organisation, never the initiative plus words, because the longer alias wins.
 */
export interface KnownName {
  entityId: string;
  type: EntityType;
  names: readonly string[];
}

export interface KnownMention {
  span: Span;
  entityId: string;
  type: EntityType;
}

interface Candidate {
  text: string;
  entityId: string;
  type: EntityType;
}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export class AliasIndex {
  /** Candidates by their first word, longest first. */
  private readonly byFirstWord = new Map<string, Candidate[]>();
  /**
   * A whole word of the text that is some name's first word. Jumping from one to the next skips
   * the other words without making a match object for each, which was most of the time here.
   */
  private readonly firstWord: RegExp | null;

  constructor(entries: readonly KnownName[]) {
    for (const entry of entries) {
      for (const name of new Set(entry.names)) {
        const first = name.match(WORD)?.[0];
        if (!first || !name.startsWith(first)) continue;
        const list = this.byFirstWord.get(first) ?? [];
        list.push({ text: name, entityId: entry.entityId, type: entry.type });
        this.byFirstWord.set(first, list);
      }
    }
    for (const list of this.byFirstWord.values()) {
      list.sort((a, b) => b.text.length - a.text.length || a.entityId.localeCompare(b.entityId));
    }
    const words = [...this.byFirstWord.keys()].sort((a, b) => b.length - a.length);
    this.firstWord =
      words.length === 0
        ? null
        : new RegExp(
            `(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
            'gu',
          );
  }

  get size(): number {
    return this.byFirstWord.size;
  }

  /** Non-overlapping mentions in `text`, in order. */
  find(text: string): KnownMention[] {
    const mentions: KnownMention[] = [];
    const pattern = this.firstWord;
    if (pattern === null) return mentions;
    pattern.lastIndex = 0;
    for (let word = pattern.exec(text); word; word = pattern.exec(text)) {
      // A word is what WORD matches: letters and digits, neither just before nor just after.
      const start = word.index;
      const before = start > 0 ? text.charAt(start - 1) : '';
      if (before && WORD_CHAR.test(before)) continue;
      const candidates = this.byFirstWord.get(word[0]);
      if (!candidates) continue;
      for (const candidate of candidates) {
        const end = start + candidate.text.length;
        if (!text.startsWith(candidate.text, start)) continue;
        if (end < text.length && WORD_CHAR.test(text.charAt(end))) continue;
        mentions.push({ span: { start, end }, entityId: candidate.entityId, type: candidate.type });
        // Words inside the mention are covered; the search goes on after it.
        pattern.lastIndex = end;
        break;
      }
    }
    return mentions;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
