import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './csp.js';

// The sample data lives in the repository's examples/ folder; the app bundles it at build time.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  resolve: {
    // @lsh-cyber/chain's CSV import/export uses csv-parse and csv-stringify, whose Node builds touch
    // `Buffer` when loaded. Their browser builds carry what they need, so the chain view loads in a browser.
    alias: [
      { find: /^csv-parse\/sync$/, replacement: 'csv-parse/browser/esm/sync' },
      { find: /^csv-stringify\/sync$/, replacement: 'csv-stringify/browser/esm/sync' },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { fs: { allow: ['../..'] } },
});
