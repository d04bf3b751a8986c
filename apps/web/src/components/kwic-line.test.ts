import { describe, expect, it } from 'vitest';
import { leftForDisplay } from './kwic-line';

describe('leftForDisplay', () => {
  it('keeps the space before the match as a no-break space, which bidi reordering leaves in place', () => {
    expect(leftForDisplay('As a follow up to the ')).toBe('As a follow up to the\u00a0');
  });

  it('reads a paragraph break as one space and leaves a left context without a final space alone', () => {
    expect(leftForDisplay('end of one.\n\nStart ')).toBe('end of one. Start\u00a0');
    expect(leftForDisplay('“')).toBe('“');
    expect(leftForDisplay('')).toBe('');
  });
});
