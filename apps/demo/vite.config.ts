import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { contentSecurityPolicy } from './csp.js';
import { centreOrigin } from './src/lib/centre-origin.js';

// The sample data lives in the repository's examples/ folder; the app bundles it at build time.
// VITE_CENTRE_URL (environment or .env files) names the centre the share step talks to; the CSP
// allows connections to that origin only.
export default defineConfig(({ mode }) => ({
  plugins: [react(), contentSecurityPolicy(centreOrigin(loadEnv(mode, process.cwd(), 'VITE_').VITE_CENTRE_URL))],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { fs: { allow: ['../..'] } },
}));
