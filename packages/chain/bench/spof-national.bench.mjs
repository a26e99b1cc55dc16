// Single points of failure on generated sector chains (`generateChain`: one hub per 1,000
// organisations, five dependencies per organisation) and on a line of sole dependencies, on the
// built package (`pnpm build`, then `node --expose-gc bench/spof-national.bench.mjs`; SIZES lists
// the chain sizes, RUNS the runs per size).
//
// For each chain: the median of RUNS runs of singlePointsOfFailure on a propagation result, and,
// as the baseline measured in the same run, the median of propagate on the same compiled chain
// (one pass over it). Settling every failure from scratch grows with hubs × size, about n²/1000
// on these chains (8.6 s at 200,000 before failures were settled in a forest); a line of n sole
// dependencies has n²/2 drops in all, and should still grow linearly.

import { compileChain, generateChain, propagate, singlePointsOfFailure } from '../dist/index.js';
import { time } from './timing.mjs';

const runs = Number(process.env.RUNS ?? 3);
const sizes = (process.env.SIZES ?? '50000,100000,200000').split(',').map(Number);
function line(n) {
  const organisations = [];
  const dependencies = [];
  for (let i = 0; i < n; i++) {
    organisations.push({ id: `o${i}`, name: `O${i}`, role: 'x', score: 80 });
    if (i > 0) dependencies.push({ from: `o${i - 1}`, to: `o${i}` });
  }
  return { schemaVersion: 1, id: 'line', name: 'Line', organisations, dependencies };
}

console.log(`median of ${runs} runs; node ${process.version}`);
for (const [kind, make] of [
  ['generated chain', (n) => generateChain({ organisations: n, dependencies: 5 * n, seed: 11 })],
  ['line of sole dependencies', line],
]) {
  let previous = null;
  for (const n of sizes) {
    const chain = compileChain(make(n), { validate: 'structure' });
    const base = time(runs, () => propagate(chain));
    const result = base.result;
    const spof = time(runs, () => singlePointsOfFailure(result, { limit: 1 }));
    const top = spof.result.organisations[0];
    const growth = previous ? ` growth ${(spof.ms / previous.ms / (n / previous.n)).toFixed(2)}` : '';
    console.log(
      `${kind}, ${n.toLocaleString('en-GB')} organisations: ${spof.ms.toFixed(0)} ms; propagate ${base.ms.toFixed(0)} ms; ` +
        `ratio ${(spof.ms / base.ms).toFixed(1)}${growth}; most affected ${top ? top.affected.toLocaleString('en-GB') : 0}`,
    );
    previous = { n, ms: spof.ms };
  }
}
