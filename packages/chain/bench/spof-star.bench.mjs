// Single points of failure on one large group of alternatives (a "star": a hospital with n
// interchangeable cloud providers), on the built package (`pnpm build`, then
// `node bench/spof-star.bench.mjs`). Before the failure solver ranked group members, each
// failure re-evaluated the whole group, so the time grew with n²; now it should grow with n.
//
// For each n: the median of several runs of singlePointsOfFailure on a propagation result, and,
// as the baseline measured in the same run, the median of propagate on the same compiled chain
// (one linear pass). The growth column is the time's ratio to the previous n's, divided by the
// ratio of the n's: about 1 for linear growth, about 2 per doubling for quadratic growth.

import { compileChain, propagate, singlePointsOfFailure } from '../dist/index.js';
import { time } from './timing.mjs';

function star(n) {
  const organisations = [{ id: 'hospital', name: 'Hospital', role: 'hospital', score: 90 }];
  const dependencies = [];
  for (let i = 0; i < n; i++) {
    organisations.push({ id: `cloud-${i}`, name: `Cloud ${i}`, role: 'cloud', score: (i * 7919) % 100 });
    dependencies.push({ from: 'hospital', to: `cloud-${i}`, group: 'hosting' });
  }
  return { schemaVersion: 1, id: 'star', name: 'Star', organisations, dependencies };
}

const rows = [];
let previous;
for (const n of [10_000, 20_000, 40_000, 200_000]) {
  const chain = compileChain(star(n), { validate: 'structure' });
  const base = time(7, () => propagate(chain));
  const spof = time(7, () => singlePointsOfFailure(base.result));
  const row = {
    alternatives: n,
    singlePointsOfFailureMs: Number(spof.ms.toFixed(1)),
    propagateMs: Number(base.ms.toFixed(2)),
    ratioToPropagate: Number((spof.ms / base.ms).toFixed(1)),
    growth: previous ? Number((spof.ms / previous.ms / (n / previous.n)).toFixed(2)) : null,
  };
  previous = { n, ms: spof.ms };
  rows.push(row);
}
console.table(rows);
console.log(JSON.stringify(rows));
