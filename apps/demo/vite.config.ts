import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './csp.js';

// The sample data lives in the repository's examples/ folder; the app bundles it at build time.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { fs: { allow: ['../..'] } },
});
