/**
 * Regenerates `schemas/<name>.schema.json` (JSON Schema draft 2020-12, from zod 4's own
 * `z.toJSONSchema`) and `schemas/types/<name>.d.ts` (from those files, by json-schema-to-typescript).
 * With `--check`, writes nothing and exits 1 when a committed file is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAll } from './render.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const check = process.argv.includes('--check');
const stale: string[] = [];
for (const { path, content } of await renderAll()) {
  const full = join(root, path);
  let current: string | undefined;
  try {
    current = readFileSync(full, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  if (check) stale.push(path);
  else {
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    console.log(`wrote ${path}`);
  }
}
if (check && stale.length > 0) {
  console.error(`Generated files are stale; run \`pnpm gen:schemas\` and commit:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
if (check) console.log('schemas/ is up to date');
