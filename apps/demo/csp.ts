import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: only its own files. No inline or injected script,
 * no eval, no connection to any other site (the app has no server of its own; only a configured
 * centre, see {@link contentSecurityPolicyFor}), no frames, no
 * plugins, no forms posting anywhere. Styles: the app's stylesheet, plus the style attributes React
 * and sigma.js set from script (allowed by CSSOM, so 'unsafe-inline' is not needed). Images: its own,
 * and `data:`/`blob:` for canvases and downloads.
 */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicyFor(undefined);

/**
 * The policy for a build: with a centre configured (`VITE_CENTRE_URL`), `connect-src` adds that one
 * origin and nothing else, so the share step and the real peers can reach it.
 */
export function contentSecurityPolicyFor(centreOrigin: string | undefined): string {
  return policy(centreOrigin ? `connect-src 'self' ${centreOrigin}` : "connect-src 'self'");
}

function policy(connect: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    connect,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * Writes the policy into index.html as a `<meta http-equiv>` at build time, so it holds on any
 * static host. Not in development: Vite's dev server injects inline scripts of its own.
 */
export function contentSecurityPolicy(centreOrigin?: string): Plugin {
  const content = contentSecurityPolicyFor(centreOrigin);
  return {
    name: 'lsh-cyber-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, before any script, so it governs everything the page loads.
      handler: (html) =>
        html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${content}" />`),
    },
  };
}
