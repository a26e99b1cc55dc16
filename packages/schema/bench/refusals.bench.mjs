// How long refusing a large invalid document takes, on the built package (`pnpm build`, then
// `pnpm --filter @lsh-cyber/schema bench`). Outside the test command: timings depend on the machine.
//
// For each case: the median of several runs of safeParseScoreReport / safeParseChainModel on a value
// already parsed, with its CPU time, and as the baseline measured in the same run the median of
// JSON.parse of the same text (what reading the file costs anyway). A refusal should cost a small
// fraction of the parse; the one exception is an object of hundreds of thousands of keys where an
// object belongs, whose keys JavaScript can only read all at once. For those cases a second
// baseline is measured in the same run: the median of `Object.keys` of that object alone (V8 sorts
// a large object's keys into their insertion order on every listing, so no check of the object
// can be cheaper than that).

import { readFileSync } from 'node:fs';
import { safeParseChainModel, safeParseScoreReport } from '../dist/index.js';

const report = JSON.parse(readFileSync(new URL('../../../examples/score-report.json', import.meta.url), 'utf8'));
const keys = (n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
// Keys about as short as they get (`"a1b":0,`): a million of them fit in 9 MB of JSON.
const shortKeys = (n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [i.toString(36), 0]));
const withReport = (change) => {
  const doc = structuredClone(report);
  change(doc);
  return JSON.stringify(doc);
};
function chain(n, change = () => {}) {
  const organisations = Array.from({ length: n }, (_, i) => ({ id: `org-${i}`, name: `Organisatie ${i}`, role: 'lab', score: i % 101 }));
  const dependencies = Array.from({ length: n }, (_, i) => ({ from: `org-${i}`, to: `org-${(i * 7 + 1) % n}`, criticality: 0.5 }));
  const doc = { schemaVersion: 1, id: 'big', name: 'Big', organisations, dependencies };
  change(doc);
  return JSON.stringify(doc);
}

const cases = [
  [
    'score report, 2,700,000 empty contributions',
    safeParseScoreReport,
    () => withReport((d) => (d.contributions = Array(2_700_000).fill({}))),
  ],
  [
    'score report, a list of 4,000,000 numbers as overall',
    safeParseScoreReport,
    () => withReport((d) => (d.overall = Array(4_000_000).fill(1))),
  ],
  [
    'score report, an object of 500,000 keys as overall',
    safeParseScoreReport,
    () => withReport((d) => (d.overall = keys(500_000))),
    (v) => v.overall,
  ],
  [
    'score report, an object of 500,000 unknown keys as level',
    safeParseScoreReport,
    () => withReport((d) => (d.level = keys(500_000))),
    (v) => v.level,
  ],
  [
    'chain, an organisation of 1,000,000 short unknown keys',
    safeParseChainModel,
    () => chain(10, (d) => (d.organisations[0] = shortKeys(1_000_000))),
    (v) => v.organisations[0],
  ],
  [
    'chain, a list of 4,000,000 numbers as organisations',
    safeParseChainModel,
    () => chain(10, (d) => (d.organisations = Array(4_000_000).fill(1))),
  ],
  [
    'chain of 70,000, organisation 60,000 without a name',
    safeParseChainModel,
    () => chain(70_000, (d) => delete d.organisations[60_000].name),
  ],
  ['chain of 70,000, valid (accepted: the whole document is checked)', safeParseChainModel, () => chain(70_000)],
];

const collect = () => globalThis.gc?.();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const RUNS = 5;
console.log(`median of ${RUNS} runs; node ${process.version}`);
for (const [name, parse, make, largestObject] of cases) {
  const text = make();
  const wall = [];
  const cpu = [];
  const json = [];
  const listing = [];
  let result;
  for (let r = 0; r < RUNS; r++) {
    collect();
    let t0 = performance.now();
    const value = JSON.parse(text);
    json.push(performance.now() - t0);
    // No collection here: after a full collection of a heap of millions of objects, V8 sweeps it
    // lazily, and that sweeping would be charged to the parse.
    const c0 = process.cpuUsage();
    t0 = performance.now();
    result = parse(value);
    wall.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
    if (largestObject) {
      // The same value: V8 keeps no listing of a large object's keys, so it is sorted again here.
      t0 = performance.now();
      Object.keys(largestObject(value));
      listing.push(performance.now() - t0);
    }
  }
  const ms = median(wall);
  console.log(
    `${name} (${(text.length / 1e6).toFixed(1)} MB): ${result.success ? 'accepted' : `refused, ${result.error.issues.length} issues`} in ` +
      `${ms.toFixed(1)} ms (CPU ${median(cpu).toFixed(1)} ms); JSON.parse ${median(json).toFixed(1)} ms; ratio ${(ms / median(json)).toFixed(2)}` +
      (largestObject
        ? `; Object.keys of its largest object ${median(listing).toFixed(1)} ms; ratio ${(ms / median(listing)).toFixed(2)}`
        : ''),
  );
}
