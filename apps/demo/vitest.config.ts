import { defineConfig } from 'vitest/config';

// End-to-end tests share one Chromium per file and a 2-core machine: run files one after another.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
