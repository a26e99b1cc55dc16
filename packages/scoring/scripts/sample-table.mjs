// Prints the two tables of docs/scoring.md §15: the sample assessments in examples/assessments
// scored with lshCatalog, and their three-year roadmaps and downtime estimates. Run after
// `pnpm build` (of this package and @lsh-cyber/catalog-lsh): `node scripts/sample-table.mjs`.
import { readdirSync, readFileSync } from 'node:fs';
import { lshCatalog } from '@lsh-cyber/catalog-lsh';
import { parseAssessment } from '@lsh-cyber/schema';
import { estimateDowntimeImpact, planRoadmap, scoreAssessment } from '../dist/index.js';

/** Illustrative yearly budgets per size class for the roadmap table. */
const BUDGET = { micro: 5_000, small: 20_000, medium: 60_000, large: 250_000 };
const CERT = { iso27001: 'ISO 27001', nen7510: 'NEN 7510', other: 'other' };

const dir = new URL('../../../examples/assessments/', import.meta.url);
const euros = (x) => x.toLocaleString('en');
const signed = (x) => (x === null ? '—' : x > 0 ? `+${x}` : x < 0 ? `−${-x}` : '0');
const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const a = parseAssessment(JSON.parse(readFileSync(new URL(f, dir), 'utf8')), { catalog: lshCatalog, file: f });
    return { f, a, r: scoreAssessment(a, lshCatalog) };
  })
  .sort((x, y) => y.r.overall - x.r.overall);

console.log(`Scored with ${lshCatalog.id} ${lshCatalog.version}:\n`);
console.log(
  '| sample | organisation | subsector, size | certified | overall | level (score level) | held down by | self | gap | unknown | weakest domain |',
);
console.log('| --- | --- | --- | --- | ---: | --- | --- | ---: | ---: | ---: | --- |');
for (const { f, a, r } of rows) {
  const weakest = r.domains.filter((d) => d.score !== null).sort((x, y) => x.score - y.score)[0];
  const held = r.level.cappedBy.length > 0 ? r.level.cappedBy.join(', ') : r.level.domainCap ? `domain ${r.level.domainCap.domain}` : '—';
  const certs = a.organisation.certifications.map((c) => CERT[c]).join(', ') || '—';
  console.log(
    `| ${f} | ${a.organisation.name} | ${r.subsector}, ${r.sizeClass} | ${certs} | ${r.overall} | ${r.level.value} ${r.level.name.en} (${r.level.uncapped}) | ${held} | ${r.selfRating ?? '—'} | ${signed(r.perceptionGap)} | ${r.counts.unknown} | ${weakest?.id ?? '—'} ${weakest?.score ?? ''} |`,
  );
}
console.log(
  '\n| sample | budget / year | year 1 · year 2 · year 3: measures (spent) → projected overall / level | not scheduled | cost per day | yearly loss now | after 3 years |',
);
console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: |');
for (const { f, a, r } of rows) {
  const budget = BUDGET[r.sizeClass];
  const plan = planRoadmap(r, lshCatalog, { budgetPerYear: budget, years: 3 });
  const d = estimateDowntimeImpact(a.organisation, r, plan);
  const years = plan.years
    .map((y) => `${y.measures.length} (€${euros(y.spent)}) → ${y.projected.overall}/${y.projected.level}`)
    .join(' · ');
  const loss = (l) => `${euros(l.yearlyLoss.low)}–${euros(l.yearlyLoss.high)}`;
  console.log(
    `| ${f} | ${euros(budget)} | ${years} | ${plan.notScheduled.length} | ${euros(d.costPerDay)}${d.estimated ? ' (est.)' : ''} | ${loss(d.before)} | ${loss(d.after)} |`,
  );
}
