import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests spawn the built binary; a chain analysis or a .docx render can take a few seconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The type tests (test/**/*.test-d.ts) check that each --json output schema agrees with the engine's type.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
