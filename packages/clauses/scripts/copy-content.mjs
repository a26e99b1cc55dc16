// Ships the clause library as JSON too (`@lsh-cyber/clauses/clauses.json`), so a region can start
// its own override file from it, and the previous release (`clauses-1.0.0.json`), so a region can
// diff its contracts against it. Run by `pnpm build` after tsup.
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
for (const file of ['clauses.json', 'clauses-1.0.0.json'])
  copyFileSync(new URL(`../content/${file}`, import.meta.url), new URL(`../dist/${file}`, import.meta.url));
