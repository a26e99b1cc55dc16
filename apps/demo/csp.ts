import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: only its own files. No inline or injected script,
 * no eval, no connection to any other site (the app has no server to talk to), no frames, no
 * plugins, no forms posting anywhere. Styles: the app's stylesheet, plus the style attributes React
 * and sigma.js set from script (allowed by CSSOM, so 'unsafe-inline' is not needed). Images: its own,
 * and `data:`/`blob:` for canvases and downloads.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Writes the policy into index.html as a `<meta http-equiv>` at build time, so it holds on any
 * static host. Not in development: Vite's dev server injects inline scripts of its own.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'lsh-cyber-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, before any script, so it governs everything the page loads.
      handler: (html) =>
        html.replace(
          /(<meta charset="[^"]*"\s*\/?>)/i,
          `$1\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}
