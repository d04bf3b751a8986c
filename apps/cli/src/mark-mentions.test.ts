import type { EntityType } from '@genebelt/model';
import { describe, expect, it } from 'vitest';
import { markMentions } from './mark-mentions.js';

const text = 'Exhibits at the University of Southern Indiana and in Evansville.';
const at = (name: string, entityId: string) => {
  const start = text.indexOf(name);
  return { span: { start, end: start + name.length }, entityId };
};
const types = new Map<string, EntityType>([
  ['usi', 'organization'],
  ['southern-indiana', 'place'],
  ['evansville', 'place'],
]);

describe('markMentions', () => {
  it('marks mentions, a name inside another nested within it', () => {
    const mentions = [
      at('Evansville', 'evansville'),
      at('Southern Indiana', 'southern-indiana'),
      at('University of Southern Indiana', 'usi'),
    ];
    expect(markMentions(text, 0, text.length, mentions, types)).toBe(
      'Exhibits at the [University of [Southern Indiana|L]|O] and in [Evansville|L].',
    );
  });

  it('leaves out a mention that crosses an earlier one, and keeps to the range', () => {
    const crossing = at('Indiana and in', 'evansville');
    const mentions = [at('University of Southern Indiana', 'usi'), crossing];
    expect(markMentions(text, 0, text.length, mentions, types)).toBe(
      'Exhibits at the [University of Southern Indiana|O] and in Evansville.',
    );
    expect(markMentions(text, 0, 11, mentions, types)).toBe('Exhibits at');
  });
});
