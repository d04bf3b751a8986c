/**
 * Exact-span scoring of proposed names against GUM's named person, organization and place
 * mentions (see `named-mentions.ts` for which mentions count and which part of each is the name).
 * A prediction is right only if its span is exactly a gold name span; typed figures also need the
 * same type. Gold names are counted once per span and type, so an outer and an inner mention that
 * share a name are one target.
 */
import type { Span } from '@genebelt/model';
import type { NameCandidate, NameType } from '../src/annotate/names/index.js';
import type { EvalDocument } from './conllu.js';

export const NAME_TYPES: readonly NameType[] = ['person', 'organization', 'place'];

export interface Figures {
  correct: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface NameScores {
  byType: Record<NameType, Figures>;
  /** Micro-averaged over the three types: span and type must both match. */
  typed: Figures;
  /** Span only, whatever the types. */
  untyped: Figures;
}

export interface NameError {
  document: string;
  kind: 'missed' | 'spurious' | 'wrong type';
  text: string;
  span: Span;
  /** The gold type for missed and wrongly typed names, the predicted one for spurious names. */
  type: string;
  /** The predicted type of a wrongly typed name. */
  predictedType?: string;
}

export interface ScoredDocument {
  document: EvalDocument;
  predictions: readonly NameCandidate[];
}

interface Counts {
  correct: number;
  predicted: number;
  gold: number;
}

const key = (span: Span) => `${span.start}:${span.end}`;

function isNameType(type: string): type is NameType {
  return (NAME_TYPES as readonly string[]).includes(type);
}

/** The gold names of a document: span key -> types (a span can rarely carry two types). */
export function goldNames(
  document: EvalDocument,
): Map<string, { span: Span; types: Set<NameType> }> {
  const names = new Map<string, { span: Span; types: Set<NameType> }>();
  for (const mention of document.mentions) {
    if (!mention.isNamed || mention.nameSpan === null || !isNameType(mention.type)) continue;
    const entry = names.get(key(mention.nameSpan)) ?? { span: mention.nameSpan, types: new Set() };
    entry.types.add(mention.type);
    names.set(key(mention.nameSpan), entry);
  }
  return names;
}

export function scoreNames(documents: readonly ScoredDocument[]): NameScores {
  const byType = Object.fromEntries(
    NAME_TYPES.map((type) => [type, { correct: 0, predicted: 0, gold: 0 }]),
  ) as Record<NameType, Counts>;
  const untyped: Counts = { correct: 0, predicted: 0, gold: 0 };

  for (const { document, predictions } of documents) {
    const gold = goldNames(document);
    for (const { types } of gold.values()) {
      untyped.gold += 1;
      for (const type of types) byType[type].gold += 1;
    }
    const seen = new Set<string>();
    for (const prediction of predictions) {
      const spanKey = key(prediction.span);
      if (seen.has(spanKey)) continue;
      seen.add(spanKey);
      untyped.predicted += 1;
      byType[prediction.type].predicted += 1;
      const match = gold.get(spanKey);
      if (match === undefined) continue;
      untyped.correct += 1;
      if (match.types.has(prediction.type)) byType[prediction.type].correct += 1;
    }
  }

  const typed = NAME_TYPES.reduce<Counts>(
    (sum, type) => ({
      correct: sum.correct + byType[type].correct,
      predicted: sum.predicted + byType[type].predicted,
      gold: sum.gold + byType[type].gold,
    }),
    { correct: 0, predicted: 0, gold: 0 },
  );
  return {
    byType: {
      person: figures(byType.person),
      organization: figures(byType.organization),
      place: figures(byType.place),
    },
    typed: figures(typed),
    untyped: figures(untyped),
  };
}

/** Every missed, spurious and wrongly typed name, for reading errors on development documents. */
export function nameErrors(documents: readonly ScoredDocument[]): NameError[] {
  const errors: NameError[] = [];
  for (const { document, predictions } of documents) {
    const gold = goldNames(document);
    const predicted = new Map(predictions.map((prediction) => [key(prediction.span), prediction]));
    const text = (span: Span) => document.text.slice(span.start, span.end);
    for (const [spanKey, { span, types }] of gold) {
      const prediction = predicted.get(spanKey);
      const [goldType = ''] = types;
      if (prediction === undefined) {
        errors.push({
          document: document.name,
          kind: 'missed',
          text: text(span),
          span,
          type: goldType,
        });
      } else if (!types.has(prediction.type)) {
        errors.push({
          document: document.name,
          kind: 'wrong type',
          text: text(span),
          span,
          type: goldType,
          predictedType: prediction.type,
        });
      }
    }
    for (const [spanKey, prediction] of predicted) {
      if (gold.has(spanKey)) continue;
      errors.push({
        document: document.name,
        kind: 'spurious',
        text: text(prediction.span),
        span: prediction.span,
        type: prediction.type,
      });
    }
  }
  return errors;
}

function figures({ correct, predicted, gold }: Counts): Figures {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { correct, predicted, gold, precision, recall, f1 };
}
