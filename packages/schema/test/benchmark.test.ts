import { describe, expect, it } from 'vitest';
import { type BenchmarkSubmission, parseBenchmarkRelease, safeParseBenchmarkSubmission } from '../src/index.js';

const submission: BenchmarkSubmission = {
  schemaVersion: 1,
  subsector: 'biotech-rd',
  sizeClass: 'micro',
  region: 'Holland Rijnland',
  catalog: { id: 'lsh-basisscan', version: '1.0.0' },
  method: 'lsh-basisscan/1',
  overall: 42.5,
  level: 2,
  domains: [
    { id: 'governance', score: 50 },
    { id: 'backup', score: null },
  ],
  criticalGaps: ['backup-offline'],
  counts: { questions: 30, applicable: 28, answered: 25, unknown: 2, unanswered: 1, notApplicable: 1, excluded: 1 },
  selfRating: 3,
};

const problems = (input: unknown) => {
  const r = safeParseBenchmarkSubmission(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('BenchmarkSubmission', () => {
  it('accepts a reduced scan result', () => {
    expect(problems(submission)).toEqual([]);
  });

  it.each([
    ['organisation name', { name: 'Testlab B.V.' }],
    ['organisation id', { organisationId: 'org-1' }],
    ['free-text note', { note: 'call me' }],
    ['the whole level object', { level: { value: 2 } }],
  ])('refuses an extra or identifying field: %s', (_what, extra) => {
    expect(problems({ ...submission, ...extra }).length).toBeGreaterThan(0);
  });

  it('refuses extra fields nested in a domain or the counts', () => {
    expect(problems({ ...submission, domains: [{ id: 'governance', score: 50, title: { nl: 'x', en: 'x' } }] })).toEqual([
      expect.stringContaining('domains.0'),
    ]);
    expect(problems({ ...submission, counts: { ...submission.counts, notes: 1 } })[0]).toMatch(/^counts/);
  });

  it('refuses a free-text region: only the listed regions are accepted', () => {
    expect(problems({ ...submission, region: 'Kantoor van Jansen, Dorpsstraat 1' })[0]).toMatch(/^region: must be one of/);
  });
});

describe('BenchmarkRelease', () => {
  it('refuses a cell below the minimum group size', () => {
    const cell = {
      n: 4,
      overall: { q1: 30, median: 40, q3: 50 },
      bands: { '0-20': 0, '20-40': 2, '40-60': 2, '60-80': 0, '80-100': 0 },
      levels: { '1': 0, '2': 4, '3': 0, '4': 0, '5': 0 },
      domains: [],
      criticalGaps: [],
    };
    const release = { schemaVersion: 1, id: 'r1', publishedAt: '2026-12-01T10:00:00Z', k: 5, cells: [{ ...cell, n: 5 }] };
    expect(parseBenchmarkRelease(release).cells).toHaveLength(1);
    expect(() => parseBenchmarkRelease({ ...release, cells: [cell] })).toThrow(/cells\.0\.n/);
  });
});
