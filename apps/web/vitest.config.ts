import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    // The end-to-end files each build or start the site; run files one after another so two
    // builds never compete for the same two cores.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 600_000,
  },
});
