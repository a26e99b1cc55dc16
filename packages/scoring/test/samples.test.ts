import { readdirSync, readFileSync } from 'node:fs';
import { lshCatalog } from '@lsh-cyber/catalog-lsh';
import { parseAssessment, parseScoreReport } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { planRoadmap } from '../src/roadmap.js';
import { scoreAssessment } from '../src/score.js';

const dir = new URL('../../../examples/assessments/', import.meta.url);
const reports = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const assessment = parseAssessment(JSON.parse(readFileSync(new URL(f, dir), 'utf8')), { catalog: lshCatalog, file: f });
      return [f.replace(/\.json$/, ''), scoreAssessment(assessment, lshCatalog)] as const;
    }),
);
const overall = (name: string) => reports.get(name)!.overall;

describe('the sample assessments scored with lshCatalog', () => {
  it('gives valid reports and roadmaps for all six', () => {
    expect([...reports.keys()].sort()).toEqual([
      'biotech-startup',
      'contract-lab',
      'home-care',
      'hospital-it',
      'medtech-maker',
      'pharmacy',
    ]);
    for (const r of reports.values()) {
      expect(parseScoreReport(JSON.parse(JSON.stringify(r)))).toEqual(r);
      const roadmap = planRoadmap(r, lshCatalog, { budgetPerYear: 20_000, years: 3 });
      for (const y of roadmap.years) expect(y.spent).toBeLessThanOrEqual(20_000);
    }
  });

  it('orders them as docs/scoring.md §15 argues: hospital IT, medtech, contract lab, pharmacy and home care, start-up', () => {
    expect(overall('hospital-it')).toBeGreaterThan(overall('medtech-maker'));
    expect(overall('medtech-maker')).toBeGreaterThan(overall('contract-lab'));
    expect(overall('contract-lab')).toBeGreaterThan(Math.max(overall('pharmacy'), overall('home-care')));
    expect(Math.min(overall('pharmacy'), overall('home-care'))).toBeGreaterThan(overall('biotech-startup'));
    const levels = ['hospital-it', 'medtech-maker', 'contract-lab', 'pharmacy', 'home-care', 'biotech-startup'].map(
      (n) => reports.get(n)!.level.value,
    );
    expect([...levels].sort((a, b) => b - a)).toEqual(levels);
  });

  it('shows the start-up overestimating itself the most', () => {
    const startup = reports.get('biotech-startup')!;
    for (const r of reports.values()) expect(startup.perceptionGap!).toBeGreaterThanOrEqual(r.perceptionGap ?? Number.NEGATIVE_INFINITY);
    expect(startup.counts.unknown).toBeGreaterThan(0);
  });
});
