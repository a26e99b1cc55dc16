// Times `lsh-cyber chain` end to end (read, validate, compile, propagate, exposure, single points
// of failure, print) on generated chains, against a baseline measured in the same run: `node -e ""`
// (the cost of starting Node at all). Run after `pnpm build`: node bench/chain-cli.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChain } from '@lsh-cyber/chain';

const bin = join(dirname(fileURLToPath(import.meta.url)), '../dist/bin.js');
const runs = Number(process.env.RUNS ?? 5);
const sizes = [
  { organisations: 25_000, dependencies: 125_000 },
  { organisations: 200_000, dependencies: 1_000_000 },
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(args) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return median(times);
}

const dir = mkdtempSync(join(tmpdir(), 'lsh-cyber-bench-'));
try {
  const baseline = time(['-e', '']);
  console.log(`baseline node -e "": ${baseline.toFixed(0)} ms (median of ${runs})`);
  for (const size of sizes) {
    const file = join(dir, `chain-${size.organisations}.json`);
    writeFileSync(file, JSON.stringify(generateChain({ ...size, seed: 7 })));
    const mb = (statSync(file).size / 1024 / 1024).toFixed(1);
    const text = time([bin, 'chain', file]);
    const json = time([bin, 'chain', file, '--json']);
    console.log(
      `${size.organisations} organisations, ${size.dependencies} dependencies (${mb} MiB): ` +
        `text ${text.toFixed(0)} ms (${(text / baseline).toFixed(1)}x baseline), --json ${json.toFixed(0)} ms (${(json / baseline).toFixed(1)}x)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
