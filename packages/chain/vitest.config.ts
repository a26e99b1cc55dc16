import { defineConfig } from 'vitest/config';

// Property tests run thousands of cases; the machine is shared, so allow them time.
export default defineConfig({ test: { testTimeout: 120_000 } });
