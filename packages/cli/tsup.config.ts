import { defineConfig } from 'tsup';

export default defineConfig({
  // bin.ts is the `lsh-cyber` executable; index.ts the programmatic entry (runCli).
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
});
