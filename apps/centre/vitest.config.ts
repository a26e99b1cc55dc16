import { defineConfig } from 'vitest/config';

// One PostgreSQL server for the whole run (test/global-setup.ts); files run one after another so
// the 2-core machine is not asked to run two databases' worth of tests at once.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
