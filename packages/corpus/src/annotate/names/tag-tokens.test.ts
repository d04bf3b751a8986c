import { describe, expect, it } from 'vitest';
import { isEnglishWord, tagTokens } from './tag-tokens.js';

describe('isEnglishWord', () => {
  it('knows common words and not most names, however much text was tagged before', () => {
    const check = () => [
      isEnglishWord('galaxy'),
      isEnglishWord('easy'),
      isEnglishWord('london'),
      isEnglishWord('tanaka'),
    ];
    expect(check()).toEqual([true, true, false, false]);
    // Tagging adds the words wink does not know to its lexicon; the answer must not change.
    tagTokens('Tanaka and Okonkwo-Ibekwe met Zyxwvut in Qwertyville.');
    expect(check()).toEqual([true, true, false, false]);
    expect(isEnglishWord('okonkwo-ibekwe')).toBe(false);
  });
});
