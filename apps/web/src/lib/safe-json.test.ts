import { describe, expect, it } from 'vitest';
import { scriptSafeJson } from './safe-json';

describe('scriptSafeJson', () => {
  const hostile = {
    headline: 'Hi</script><script>window.__pwned = 1</script><!-- & \u2028',
  };

  it('leaves no character that can end a script element', () => {
    const json = scriptSafeJson(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('round-trips to the same value', () => {
    expect(JSON.parse(scriptSafeJson(hostile))).toEqual(hostile);
  });
});
