import { defineConfig } from 'vitest/config';

// End-to-end tests share one Chromium per file and a 2-core machine: run files one after another.
// Every step waits for the state it needs, never for time; the timeouts below are generous bounds
// set once, so a busy machine makes the suite slower, not red.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 30_000, interval: 50 } },
  },
});
