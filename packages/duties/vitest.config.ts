import { defineConfig } from 'vitest/config';

// Property tests are bounded by their number of runs (numRuns), never by time. The timeout is set
// once here and generously, so a busy machine (a shared CI runner, turbo running other packages'
// tests in parallel) slows the suite down without failing it.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
