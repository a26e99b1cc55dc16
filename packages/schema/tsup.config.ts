import { defineConfig } from 'tsup';

export default defineConfig({
  // Two entry points: the data contract, and the schemas of the command line's --json outputs, which
  // only readers of that output need (an app that imports the contract does not load them).
  entry: ['src/index.ts', 'src/outputs.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
});
