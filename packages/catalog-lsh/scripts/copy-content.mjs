// Ships the catalogs as plain JSON next to the bundle, so `@lsh-cyber/catalog-lsh/lsh.catalog.json`
// works for consumers that do not run JavaScript (another region's tooling, a JSON Schema validator).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'content');
const to = join(root, 'dist');
mkdirSync(to, { recursive: true });
const files = readdirSync(from).filter((f) => f.endsWith('.catalog.json'));
for (const f of files) copyFileSync(join(from, f), join(to, f));
console.log(`copied ${files.length} catalog file(s) to dist/`);
