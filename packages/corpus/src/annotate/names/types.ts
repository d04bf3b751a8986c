import type { Span } from '@genebelt/model';

export type NameType = 'person' | 'organization' | 'place';

export interface NameCandidate {
  span: Span;
  type: NameType;
  /** How sure the proposer is, from 0 to 1; rules found on clearer cues score higher. */
  confidence: number;
  /** `rule` when a word list or a pattern typed the name, `model` when a guess from shape did. */
  origin: 'rule' | 'model';
  /** Why the name got its type, for a reviewer (`ends in "Institute"`, `follows "Mr."`). */
  reason: string;
  /**
   * For an acronym the text defines (`Kenya Medical Research Institute (KEMRI)`), the name it
   * stands for, as first written: both name one entity.
   */
  abbreviates?: string;
}

export interface ProposeNamesOptions {
  /** Lower-cased known names (from the curated knowledge base) and their types; may be empty. */
  gazetteer?: ReadonlyMap<string, NameType>;
}
