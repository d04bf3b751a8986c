/**
 * Loads the date scorer (`score-dates.ts`, written separately) if it is there, so the names
 * evaluation runs whether or not it exists yet.
 */
import type { EvalDocument } from './conllu.js';

export interface DateScores {
  detected: number;
  gold: number;
  predicted: number;
  detectionPrecision: number;
  detectionRecall: number;
  resolutionAccuracy: number;
  rows?: unknown;
}

export type DateScorer =
  | { available: true; score: (documents: EvalDocument[]) => DateScores }
  | { available: false; reason: string };

export async function loadDateScorer(): Promise<DateScorer> {
  try {
    // A variable specifier keeps the type checker from requiring the module to exist.
    const specifier = './score-dates.js';
    const module: unknown = await import(specifier);
    const score = (module as { scoreDates?: unknown }).scoreDates;
    if (typeof score !== 'function') {
      return { available: false, reason: 'score-dates.ts does not export scoreDates' };
    }
    return { available: true, score: (documents) => score(documents) as DateScores };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { available: false, reason: message ?? 'score-dates.ts could not be loaded' };
  }
}
