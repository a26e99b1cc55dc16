import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests spawn the built binary; a chain analysis or a .docx render can take a few seconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
