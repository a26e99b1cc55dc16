// Benchmarks of @lsh-cyber/chain, on the built package (run `pnpm build` first, then `pnpm bench`).
//
// 1. A regional chain of 25,000 organisations and 125,000 dependencies: the full analysis
//    (propagate, exposure, single points of failure) must take at most 200 ms (median).
// 2. A national chain of 1,000,000 organisations and 5,000,000 dependencies: propagate on a
//    compiled chain must take at most 2 s (median); compileChain and peak memory are reported.
//
// Each figure is the median of several runs, with a garbage collection between runs (outside the
// timing) when node runs with --expose-gc. The baseline, measured in the same run, is one linear
// pass over the chain's incoming-dependency arrays: the least any propagation must do.
// `--quick` runs the regional part only.

import { cpus, loadavg } from 'node:os';
import { compileChain, exposure, generateChain, propagate, singlePointsOfFailure } from '../dist/index.js';

const quick = process.argv.includes('--quick');
const collect = () => globalThis.gc?.();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Times `f` `runs` times; returns wall and CPU medians in ms and the last result. */
function time(runs, f) {
  const wall = [];
  const cpu = [];
  let result;
  for (let r = 0; r < runs; r++) {
    collect();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu), runs: wall.map((x) => Math.round(x)), result };
}

/** One linear pass over the incoming-dependency arrays, reading a score per dependant. */
function baseline(chain, effective) {
  const { inStart, inFrom, inCriticality } = chain;
  let sum = 0;
  for (let w = 0; w < chain.size; w++) {
    const e = effective[w];
    for (let i = inStart[w]; i < inStart[w + 1]; i++) sum += inCriticality[i] * (100 - e) + effective[inFrom[i]];
  }
  return sum;
}

// Other processes on the machine inflate wall-clock times; the load average and CPU times say how much.
/** Bytes of the typed arrays a value holds, each buffer counted once. */
function typedBytes(value) {
  const buffers = new Set(
    Object.values(value)
      .filter((v) => ArrayBuffer.isView(v))
      .map((v) => v.buffer),
  );
  return [...buffers].reduce((sum, b) => sum + b.byteLength, 0);
}

const report = { cpus: cpus().length, loadAverageAtStart: loadavg()[0] };

{
  const model = generateChain({ organisations: 25_000, dependencies: 125_000, seed: 25 });
  const compile = time(5, () => compileChain(model));
  const chain = compile.result;
  // The parts are timed inside the same runs as the whole, so their medians are comparable.
  const part = { propagate: [], exposure: [], singlePointsOfFailure: [] };
  const analysis = time(11, () => {
    const t0 = performance.now();
    const result = propagate(chain);
    const t1 = performance.now();
    const who = exposure(result);
    const t2 = performance.now();
    const spof = singlePointsOfFailure(result);
    part.propagate.push(t1 - t0);
    part.exposure.push(t2 - t1);
    part.singlePointsOfFailure.push(performance.now() - t2);
    return { result, who, spof };
  });
  const base = time(11, () => baseline(chain, analysis.result.result.solution.effective));
  report.regional = {
    organisations: chain.size,
    dependencies: chain.dependencies,
    compileMs: compile.wall,
    fullAnalysisMs: analysis.wall,
    fullAnalysisCpuMs: analysis.cpu,
    fullAnalysisRuns: analysis.runs,
    propagateMs: median(part.propagate),
    exposureMs: median(part.exposure),
    singlePointsOfFailureMs: median(part.singlePointsOfFailure),
    baselineMs: base.wall,
    ratioToBaseline: analysis.wall / base.wall,
    failingOrganisations: analysis.result.spof.organisations.length,
    dependenciesWithoutAlternative: analysis.result.spof.withoutAlternative,
    target: 'full analysis <= 200 ms',
    met: analysis.wall <= 200,
  };
}

if (!quick) {
  const t0 = performance.now();
  let model = generateChain({ organisations: 1_000_000, dependencies: 5_000_000, seed: 1 });
  const generateMs = performance.now() - t0;
  const structure = time(3, () => compileChain(model, { validate: 'structure' }));
  const full = time(1, () => compileChain(model, { validate: 'full' }));
  const chain = structure.result;
  full.result = undefined;
  model = undefined;
  collect();
  const afterCompile = process.memoryUsage();
  const run = time(7, () => propagate(chain));
  const base = time(7, () => baseline(chain, run.result.solution.effective));
  const lowered = run.result.solution.effective.reduce((k, e, i) => k + (e < run.result.solution.own[i] ? 1 : 0), 0);
  report.national = {
    organisations: chain.size,
    dependencies: chain.dependencies,
    generateMs,
    compileStructureMs: structure.wall,
    compileStructureCpuMs: structure.cpu,
    compileStructureRuns: structure.runs,
    compileFullMs: full.wall,
    compileFullCpuMs: full.cpu,
    propagateMs: run.wall,
    propagateCpuMs: run.cpu,
    propagateRuns: run.runs,
    baselineMs: base.wall,
    ratioToBaseline: run.wall / base.wall,
    lowered,
    compiledTypedArrays: mb(typedBytes(chain)),
    resultTypedArrays: mb(typedBytes(run.result.solution)),
    heapAfterCompile: mb(afterCompile.heapUsed),
    typedArraysAfterCompile: mb(afterCompile.arrayBuffers),
    target: 'propagate <= 2000 ms',
    met: run.wall <= 2000,
  };
}

report.loadAverageAtEnd = loadavg()[0];
report.peakRss = mb(process.resourceUsage().maxRSS * 1024);
report.node = process.version;
console.log(JSON.stringify(report, (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 10) / 10 : v), 2));
