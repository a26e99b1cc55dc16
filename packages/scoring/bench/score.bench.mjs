// Scores already-parsed assessments against the default catalog (lshCatalog from
// @lsh-cyber/catalog-lsh; the test fixture when that package is not built) and reports the median of
// several runs: scoring alone, parsing with the catalog plus scoring, and a baseline measured in the
// same run (JSON.stringify of the same assessments). Run after `pnpm build`: `pnpm bench`
// (RUNS=n and MS=milliseconds per run change the defaults; CATALOG=path scores against another catalog).
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseAssessment, parseCatalog } from '@lsh-cyber/schema';
import { scoreAssessment } from '../dist/index.js';

const RUNS = Number(process.env.RUNS ?? 7);
const MS_PER_RUN = Number(process.env.MS ?? 1000);
const COUNT = 2000;

async function loadCatalog() {
  if (process.env.CATALOG)
    return { name: process.env.CATALOG, catalog: parseCatalog(JSON.parse(readFileSync(process.env.CATALOG, 'utf8'))) };
  try {
    const { lshCatalog } = await import('@lsh-cyber/catalog-lsh');
    return { name: '@lsh-cyber/catalog-lsh lshCatalog', catalog: lshCatalog };
  } catch {
    const url = new URL('../test/fixtures/mini.catalog.json', import.meta.url);
    return { name: 'test/fixtures/mini.catalog.json (lshCatalog not built)', catalog: parseCatalog(JSON.parse(readFileSync(url, 'utf8'))) };
  }
}

// A small seeded generator (mulberry32), so every run scores the same assessments.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBSECTORS = ['biotech-rd', 'medical-lab', 'pharmacy', 'hospital', 'other-care', 'electromedical-equipment'];
const SIZES = ['micro', 'small', 'medium', 'large'];

function makeAssessments(catalog, n) {
  const random = rng(42);
  const out = [];
  for (let i = 0; i < n; i++) {
    const answers = {};
    for (const q of catalog.questions) {
      const r = random();
      if (r < 0.05) continue;
      if (r < 0.12) answers[q.id] = { value: 'unknown' };
      else if (r < 0.17 && q.notApplicableAllowed) answers[q.id] = { value: 'na' };
      else answers[q.id] = { value: q.options[Math.floor(random() * q.options.length)].value };
    }
    out.push({
      schemaVersion: 1,
      id: `bench-${i}`,
      organisation: {
        id: `org-${i}`,
        name: `Organisation ${i}`,
        subsector: SUBSECTORS[i % SUBSECTORS.length],
        sizeClass: SIZES[i % SIZES.length],
        data: ['personal'],
        certifications: [],
      },
      catalog: { id: catalog.id, version: catalog.version },
      answers,
      selfRating: 1 + (i % 5),
      createdAt: '2026-03-01T09:30:00Z',
      updatedAt: '2026-03-01T09:30:00Z',
    });
  }
  return out;
}

// Rates are per second of this process's CPU time (user + system, GC threads included), so that other
// work on a shared machine does not count against us; wall-clock rates are printed beside them.
// A full garbage collection before every run, so no run pays for the garbage of the one before.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

function rate(fn, items) {
  gc();
  let n = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let now = start;
  while (now - start < MS_PER_RUN) {
    for (const x of items) fn(x);
    n += items.length;
    now = performance.now();
  }
  const cpu = process.cpuUsage(cpu0);
  return { cpu: n / ((cpu.user + cpu.system) / 1e6), wall: n / ((now - start) / 1000) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (r) => Math.round(r).toLocaleString('en').padStart(10);

const { name, catalog } = await loadCatalog();
const raw = makeAssessments(catalog, COUNT);
const parsed = raw.map((a) => parseAssessment(a, { catalog }));
let sink = 0;
const score = (a) => {
  sink += scoreAssessment(a, catalog).overall;
};
// Each case: the function and the assessments it runs over. Scoring 2,000 different parsed
// assessments in turn is memory-bound (their answers do not fit in the CPU caches); scoring the same
// 100 in turn is what happens when each assessment is scored right after it was parsed or received.
const hot = parsed.slice(0, 100);
const cases = {
  'baseline: JSON.stringify(assessment)': [(a) => (sink += JSON.stringify(a).length), parsed],
  'scoreAssessment, 2,000 parsed assessments': [score, parsed],
  'scoreAssessment, 100 parsed assessments (in cache)': [score, hot],
  'parseAssessment with catalog + scoreAssessment': [
    (a) => (sink += scoreAssessment(parseAssessment(a, { catalog }), catalog).overall),
    raw,
  ],
};
for (const [fn, items] of Object.values(cases)) rate(fn, items.slice(0, 200)); // warm-up

// Runs are interleaved (baseline, score, parse + score, baseline, ...) so that a busy moment on the
// machine hits all three alike; each figure is the median of its runs.
const runs = Object.fromEntries(Object.keys(cases).map((k) => [k, { cpu: [], wall: [] }]));
for (let r = 0; r < RUNS; r++) {
  for (const [label, [fn, items]] of Object.entries(cases)) {
    const x = rate(fn, items);
    runs[label].cpu.push(x.cpu);
    runs[label].wall.push(x.wall);
  }
}
const results = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, { cpu: median(v.cpu), wall: median(v.wall) }]));
const base = results['baseline: JSON.stringify(assessment)'].cpu;
const reportBytes = JSON.stringify(scoreAssessment(parsed[0], catalog)).length;
const { loadavg } = await import('node:os');
console.log(`catalog: ${name} (${catalog.questions.length} questions, ${catalog.domains.length} domains)`);
console.log(`node ${process.version}, ${RUNS} runs of ${MS_PER_RUN} ms, ${COUNT} assessments, report ~${reportBytes} bytes of JSON`);
console.log(
  `load average at the end: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} (other processes share the CPU; see the per-CPU-second figures)`,
);
console.log(`${''.padEnd(50)} ${'per CPU s'.padStart(10)}   ${'per wall s'.padStart(10)}   ratio to baseline (CPU)`);
for (const [label, r] of Object.entries(results)) {
  console.log(`${label.padEnd(50)} ${fmt(r.cpu)}   ${fmt(r.wall)}   ${(r.cpu / base).toFixed(3)}`);
}
if (sink === Number.NEGATIVE_INFINITY) console.log(sink);
