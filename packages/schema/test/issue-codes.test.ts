import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIssueCode, safeParseAssessment, safeParseChainModel, safeParseOrganisationProfile } from '../src/index.js';

const issuesOf = (r: { success: boolean; error?: { issues: readonly { path: string; code?: string }[] } }) =>
  r.success ? [] : r.error!.issues;

describe('issue codes', () => {
  it('gives every problem in any JSON value a stable code, so interfaces can translate it', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        for (const parse of [safeParseAssessment, safeParseChainModel, safeParseOrganisationProfile]) {
          for (const issue of issuesOf(parse(value))) expect(isIssueCode(issue.code), JSON.stringify(issue)).toBe(true);
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
    // Each by a code that names its rule, so it can be said in Dutch; none falls back to `invalid`.
    for (const issue of issues) {
      expect(isIssueCode(issue.code), JSON.stringify(issue)).toBe(true);
      expect(issue.code).not.toBe('invalid');
    }
    expect(issues.find((i) => i.path === 'organisation.data')?.code).toBe('listed-twice');
  });
});
