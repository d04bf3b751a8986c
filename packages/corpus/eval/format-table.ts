/** Plain-text tables of the evaluation figures. */
import type { DateScores } from './load-date-scorer.js';
import { type Figures, NAME_TYPES, type NameScores } from './score-names.js';

const percent = (value: number) => `${(value * 100).toFixed(1)}`.padStart(6);
const count = (value: number) => String(value).padStart(6);

function row(label: string, figures: Figures): string {
  return `  ${label.padEnd(22)}${percent(figures.precision)}${percent(figures.recall)}${percent(
    figures.f1,
  )}${count(figures.correct)}${count(figures.predicted)}${count(figures.gold)}`;
}

export function formatNameScores(scores: NameScores): string {
  const lines = [
    `  ${'names (exact span)'.padEnd(22)}${['P', 'R', 'F1', 'ok', 'pred', 'gold']
      .map((heading) => heading.padStart(6))
      .join('')}`,
    ...NAME_TYPES.map((type) => row(type, scores.byType[type])),
    row('typed, micro-average', scores.typed),
    row('untyped', scores.untyped),
  ];
  return lines.join('\n');
}

export function formatDateScores(scores: DateScores): string {
  return [
    `  dates: ${scores.gold} gold, ${scores.predicted} predicted, ${scores.detected} detected`,
    `    detection P ${percent(scores.detectionPrecision).trim()}  R ${percent(
      scores.detectionRecall,
    ).trim()}  resolution accuracy ${percent(scores.resolutionAccuracy).trim()}`,
  ].join('\n');
}

/**
 * Typed figures per document, so a rule's gain can be seen to come from several documents rather
 * than from one (`--by-document`).
 */
export function formatDocumentScores(
  rows: readonly { document: string; scores: NameScores }[],
): string {
  const lines = [
    `  ${'typed, per document'.padEnd(22)}${['P', 'R', 'F1', 'ok', 'pred', 'gold']
      .map((heading) => heading.padStart(6))
      .join('')}`,
    ...rows.map(({ document, scores }) => row(document, scores.typed)),
  ];
  return lines.join('\n');
}
