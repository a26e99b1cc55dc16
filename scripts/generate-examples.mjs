// Derives the example documents that come from the engines, so they never drift from them:
// - examples/catalog.json: the generic SME catalog, the starting point for a region that forks content;
// - examples/score-report.json: the score report of examples/assessments/biotech-startup.json;
// - the own score of every organisation in examples/zuid-holland-chain.json that names a sample
//   assessment (`assessment: "asm-<org id>"`) is that assessment's overall score;
// - examples/chain-csv/*.csv: the same chain as CSV.
// With --check, writes nothing and exits 1 when a committed file differs. Needs the packages built.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lshCatalog, smeCatalog } from '@lsh-cyber/catalog-lsh';
import { toCsv } from '@lsh-cyber/chain';
import { parseAssessment } from '@lsh-cyber/schema';
import { scoreAssessment } from '@lsh-cyber/scoring';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const stale = [];
const emit = (path, value) => {
  const text = typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`;
  const full = join(root, path);
  let current;
  try {
    current = readFileSync(full, 'utf8');
  } catch {}
  if (current === text) return;
  if (check) stale.push(path);
  else {
    writeFileSync(full, text);
    console.log(`wrote ${path}`);
  }
};

emit('examples/catalog.json', { $schema: '../schemas/catalog.schema.json', ...smeCatalog });

const dir = join(root, 'examples', 'assessments');
const reports = new Map();
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const assessment = parseAssessment(JSON.parse(readFileSync(join(dir, file), 'utf8')), { catalog: lshCatalog, file });
  reports.set(assessment.id, { file, report: scoreAssessment(assessment, lshCatalog) });
}

const startup = [...reports.values()].find((r) => r.file === 'biotech-startup.json');
emit('examples/score-report.json', { $schema: '../schemas/score-report.schema.json', ...startup.report });

const chainPath = 'examples/zuid-holland-chain.json';
const chain = JSON.parse(readFileSync(join(root, chainPath), 'utf8'));
for (const org of chain.organisations) {
  if (!org.assessment) continue;
  const found = reports.get(org.assessment);
  if (!found) throw new Error(`${chainPath}: organisation ${org.id} names assessment ${org.assessment}, which examples/assessments lacks`);
  org.score = found.report.overall;
}
emit(chainPath, chain);
const csv = toCsv(chain);
emit('examples/chain-csv/organisations.csv', csv.organisations);
emit('examples/chain-csv/dependencies.csv', csv.dependencies);

if (check && stale.length) {
  console.error(`Example files are stale; run \`pnpm examples:generate\` and commit:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
if (check) console.log('examples/ is up to date');
