// Timing shared by the benchmarks: the median of several runs, with a garbage collection before
// each run when node runs with --expose-gc.

const collect = () => globalThis.gc?.();

/** The median of a list of numbers. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The median wall time (ms) of `runs` runs of `f`, and the result of the last run. */
export function time(runs, f) {
  const wall = [];
  let result;
  for (let r = 0; r < runs; r++) {
    collect();
    const t0 = performance.now();
    result = f();
    wall.push(performance.now() - t0);
  }
  return { ms: median(wall), result };
}
