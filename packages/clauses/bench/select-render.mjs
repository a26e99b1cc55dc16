// Run after `pnpm build`: node bench/select-render.mjs
// Median time per call of selection and each rendering, and the ratio to a baseline measured in the
// same run: a deep copy of the clause library through JSON (the cost of merely touching all content).
import { performance } from 'node:perf_hooks';
import { clauseLibrary, renderClausePack, selectClauses } from '../dist/index.js';

const input = {
  supplier: { id: 'dossierwolk', name: 'DossierWolk BV' },
  buyer: { id: 'ziekenhuis', name: 'Ziekenhuis West', nis2: 'essential', gdprController: true },
  dependency: [
    { kind: ['saas', 'data-processor'], criticality: 0.95, data: ['patient', 'personal'] },
    { kind: ['medical-device', 'managed-it'], criticality: 0.7 },
  ],
  report: { domains: [{ id: 'incident', title: { nl: 'Incidenten', en: 'Incidents' }, score: 20 }], criticalGaps: [] },
};
const pack = selectClauses(input);

async function median(fn, runs = 7, inner = 20) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (let i = 0; i < inner; i++) await fn();
    times.push((performance.now() - t0) / inner);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const cases = {
  'baseline: JSON copy of the library': () => JSON.parse(JSON.stringify(clauseLibrary)),
  selectClauses: () => selectClauses(input),
  'render markdown': () => renderClausePack(pack, { locale: 'nl', format: 'markdown' }),
  'render html': () => renderClausePack(pack, { locale: 'nl', format: 'html' }),
  'render docx': () => renderClausePack(pack, { locale: 'nl', format: 'docx' }),
};
for (const fn of Object.values(cases)) await fn(); // warm up
const results = {};
for (const [name, fn] of Object.entries(cases)) results[name] = await median(fn, 7, name.includes('docx') ? 5 : 20);
const base = results['baseline: JSON copy of the library'];
console.log(`library: ${clauseLibrary.clauses.length} clauses; pack: ${pack.clauses.length} clauses`);
for (const [name, ms] of Object.entries(results))
  console.log(`${name.padEnd(36)} ${ms.toFixed(3).padStart(8)} ms  ×${(ms / base).toFixed(2)}`);
const docx = await renderClausePack(pack, { locale: 'nl', format: 'docx' });
const md = renderClausePack(pack, { locale: 'nl', format: 'markdown' });
const html = renderClausePack(pack, { locale: 'nl', format: 'html' });
console.log(`sizes: markdown ${md.length} chars, html ${html.length} chars, docx ${docx.byteLength} bytes`);
