import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseAssessment, safeParseChainModel, safeParseOrganisationProfile } from '../src/index.js';

const issuesOf = (r: { success: boolean; error?: { issues: readonly { code?: string }[] } }) => (r.success ? [] : r.error!.issues);

describe('issue codes', () => {
  it('gives every problem in any JSON value a stable code, so interfaces can translate it', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        for (const parse of [safeParseAssessment, safeParseChainModel, safeParseOrganisationProfile]) {
          for (const issue of issuesOf(parse(value))) expect(issue.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives every problem of a near-miss document a code too', () => {
    const near = {
      schemaVersion: 1,
      id: 'x',
      organisation: { id: 'o', name: '', subsector: 'space', sizeClass: 'micro', data: ['patient', 'patient'], certifications: [] },
      catalog: { id: 'c', version: 'one' },
      answers: { 'q-a': { value: 3 } },
      createdAt: 'yesterday',
      updatedAt: '2026-01-01T00:00:00Z',
      extra: true,
    };
    const issues = issuesOf(safeParseAssessment(near));
    expect(issues.length).toBeGreaterThan(4);
    for (const issue of issues) expect(issue.code, JSON.stringify(issue)).toBeTruthy();
  });
});
