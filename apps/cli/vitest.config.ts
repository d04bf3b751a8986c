import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Ink renders only the final frame when it thinks it runs in CI (is-in-ci reads CI), and
    // these tests read every frame; the end-to-end test still drives the real binary in tmux.
    env: { CI: 'false' },
  },
});
