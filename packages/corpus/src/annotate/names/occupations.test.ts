import { describe, expect, it } from 'vitest';
import { isOccupation } from './occupations.js';

describe('isOccupation', () => {
  it('knows listed nouns and the -ist and -ian occupations beyond the list', () => {
    for (const word of ['journalist', 'biologist', 'pianists', 'magician', 'historian', 'nurse']) {
      expect(isOccupation(word)).toBe(true);
    }
  });

  it('leaves out given names, nationalities, verbs and things with those endings', () => {
    for (const word of [
      'brian',
      'christian',
      'italian',
      'canadian',
      'insist',
      'playlist',
      'list',
    ]) {
      expect(isOccupation(word)).toBe(false);
    }
  });
});
