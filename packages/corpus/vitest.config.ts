import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@genebelt/source'] },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
