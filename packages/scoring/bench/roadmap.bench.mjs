// Times planRoadmap on generated catalogs of 1,000, 4,000 and 10,000 questions and measures (the
// schema's maximum), one year with a budget that never binds (what `lsh-cyber score` asks for), and
// reports the median of several runs, the growth from one size to the next (O(n log n) grows a
// little over 4x from 1k to 4k and 2.5x from 4k to 10k; the old rescanning planner grew about 16x
// and 6x) and a baseline measured in the same run: scoreAssessment on the same catalog, a linear
// pass. Run after `pnpm build`: `pnpm bench:roadmap` (RUNS=n changes the number of runs).
import { parseAssessment, parseCatalog } from '@lsh-cyber/schema';
import { planRoadmap, scoreAssessment } from '../dist/index.js';
import { generateCatalogAndAssessment } from './catalog-generator.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const SIZES = [1_000, 4_000, 10_000];

function median(fn) {
  fn(); // warm-up, not timed
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

console.log(`planRoadmap, one year, unbounded budget; median of ${RUNS} runs; node ${process.version}`);
let previous = null;
for (const n of SIZES) {
  const generated = generateCatalogAndAssessment({ questions: n, measures: n, seed: 7 });
  const catalog = parseCatalog(generated.catalog);
  const assessment = parseAssessment(generated.assessment);
  const report = scoreAssessment(assessment, catalog);
  const options = { budgetPerYear: 1e12, years: 1, sizeClass: assessment.organisation.sizeClass };
  const planned = planRoadmap(report, catalog, options).years[0].measures.length;
  const plan = median(() => planRoadmap(report, catalog, options));
  const score = median(() => scoreAssessment(assessment, catalog));
  const growth = previous ? `, ${(plan / previous.plan).toFixed(1)}x the ${previous.n.toLocaleString('en-GB')} time` : '';
  console.log(
    `${n.toLocaleString('en-GB').padStart(6)} measures: ${plan.toFixed(1)} ms (${planned} planned)${growth}; ` +
      `scoring the same catalog ${score.toFixed(1)} ms, ratio ${(plan / score).toFixed(1)}`,
  );
  previous = { n, plan };
}
