import { defineConfig } from 'tsup';

export default defineConfig({
  // bin.ts is the `lsh-cyber` executable; index.ts the programmatic entry (runCli); json-stream.ts
  // is built on its own for bench/json-stream.bench.mjs; failure-worker.ts is the worker thread
  // that `chain` settles single points of failure in.
  entry: ['src/index.ts', 'src/bin.ts', 'src/json-stream.ts', 'src/failure-worker.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
});
