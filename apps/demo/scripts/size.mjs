// `pnpm size`: the gzip size of the JavaScript that index.html loads before anything lazy.
// Fails (exit 1) above the budget of 150 KB.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The initial-JavaScript budget, in bytes of gzip (150 KB). */
export const BUDGET_BYTES = 150 * 1024;

/**
 * Measures the scripts index.html loads at once (module entry and modulepreload links), plus its
 * stylesheets separately. Lazy chunks are not counted: they load only when a view needs them.
 * @param {string} dist
 */
export function measureInitial(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = new Set();
  const styles = new Set();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) scripts.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) scripts.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) styles.add(m[1]);
  const measure = (src) => {
    const bytes = readFileSync(join(dist, src.replace(/^\.?\//, '')));
    return { file: src, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const js = [...scripts].map(measure);
  const css = [...styles].map(measure);
  const sum = (xs) => xs.reduce((a, x) => a + x.gzip, 0);
  return { js, css, jsGzip: sum(js), cssGzip: sum(css) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  const r = measureInitial(dist);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const f of r.js) console.log(`  ${f.file}  ${kb(f.raw)} raw, ${kb(f.gzip)} gzip`);
  console.log(`Initial JavaScript: ${kb(r.jsGzip)} gzip (budget ${kb(BUDGET_BYTES)}); CSS ${kb(r.cssGzip)} gzip`);
  if (r.js.length === 0) {
    console.error('No script found in dist/index.html');
    process.exit(1);
  }
  if (r.jsGzip > BUDGET_BYTES) {
    console.error(`Over budget by ${kb(r.jsGzip - BUDGET_BYTES)}`);
    process.exit(1);
  }
}
