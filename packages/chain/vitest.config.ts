import { defineConfig } from 'vitest/config';

// Property tests run thousands of cases, bounded by their number of runs, never by time; the
// timeout is set once here and generously, so a busy machine slows the suite without failing it.
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 120_000 } });
