// Runs every ```js block of every package README as an ES module inside that package, so the
// "runnable example" each README promises keeps running. Needs the packages built.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
let failed = 0;
let ran = 0;
for (const dir of ['packages', 'apps'].flatMap((d) => readdirSync(join(root, d)).map((p) => join(root, d, p)))) {
  const readme = join(dir, 'README.md');
  if (!existsSync(readme)) continue;
  const blocks = [...readFileSync(readme, 'utf8').matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
  blocks.forEach((code, i) => {
    const file = join(dir, `.readme-example-${i}.mjs`);
    writeFileSync(file, code);
    const run = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    rmSync(file);
    ran++;
    if (run.status !== 0) {
      failed++;
      console.error(`✗ ${readme} example ${i + 1} failed:\n${run.stderr || run.stdout}`);
    } else console.log(`✓ ${readme.replace(`${root}/`, '')} example ${i + 1}`);
  });
}
console.log(`${ran - failed}/${ran} README examples ran`);
process.exit(failed ? 1 : 0);
