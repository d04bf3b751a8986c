import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@genebelt/source'] },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The consumer proof packs and installs the package; give it room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
