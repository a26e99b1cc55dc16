// Copies the generated JSON Schemas into dist/ so the package ships them (never list ../../schemas in `files`).
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const from = join(here, '..', '..', '..', 'schemas');
const to = join(here, '..', 'dist', 'schemas');
mkdirSync(to, { recursive: true });
for (const f of readdirSync(from)) if (f.endsWith('.schema.json')) cpSync(join(from, f), join(to, f));
