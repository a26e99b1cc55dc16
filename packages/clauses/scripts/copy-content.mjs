// Ships the clause library as JSON too (`@lsh-cyber/clauses/clauses.json`), so a region can start
// its own override file from it. Run by `pnpm build` after tsup.
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
copyFileSync(new URL('../content/clauses.json', import.meta.url), new URL('../dist/clauses.json', import.meta.url));
