import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareReports } from '../src/compare.js';
import { planRoadmap } from '../src/roadmap.js';
import { scoreAssessment } from '../src/score.js';
import { arbCatalogAndAssessment } from './arbitraries.js';
import { all, assess, mini } from './helpers.js';

const worst = all(mini, 'worst');

describe('compareReports', () => {
  const before = scoreAssessment(assess(mini, { ...worst, 'people.incident': 'yes' }), mini);
  const afterValues = { ...worst, 'gov.owner': 'yes', 'access.mfa': 'yes', 'backup.offline': 'yes' };
  const after = scoreAssessment({ ...assess(mini, afterValues), id: 'a-2' }, mini);

  it('reports overall, level and per-domain change', () => {
    const c = compareReports(before, after);
    expect(c.assessments).toEqual({ before: 'a-1', after: 'a-2' });
    expect(c.sameCatalogVersion).toBe(true);
    expect(c.overall.change).toBe(Math.round((after.overall - before.overall) * 10) / 10);
    expect(c.level).toEqual({ before: before.level.value, after: after.level.value, change: after.level.value - before.level.value });
    const people = c.domains.find((d) => d.id === 'people')!;
    expect(people).toMatchObject({ before: 33.3, after: 0, change: -33.3 });
    expect(c.domains.map((d) => d.id)).toEqual(mini.domains.map((d) => d.id));
  });

  it('lists gaps closed and opened', () => {
    const c = compareReports(before, after);
    expect(c.gapsClosed.map((g) => g.questionId)).toEqual(['gov.owner', 'access.mfa', 'backup.offline']);
    expect(c.gapsClosed.find((g) => g.questionId === 'access.mfa')).toEqual({
      questionId: 'access.mfa',
      domain: 'access',
      critical: true,
      before: 'not-in-place',
      after: 'in-place',
    });
    expect(c.gapsOpened.map((g) => g.questionId)).toEqual(['people.incident']);
    expect(c.measuresDone).toBeNull();
  });

  it('names the roadmap measures now done', () => {
    const roadmap = planRoadmap(before, mini, { budgetPerYear: 3000, years: 1 });
    const c = compareReports(before, after, { roadmap });
    expect(c.measuresDone).toEqual(['m.owner', 'm.mfa']);
  });

  it('without a roadmap, names the catalog measures newly in place', () => {
    const c = compareReports(before, after, { catalog: mini });
    expect(c.measuresDone).toEqual(['m.owner', 'm.mfa']);
  });

  it('gives no change when a report is compared with itself', () => {
    const c = compareReports(after, after);
    expect(c.overall.change).toBe(0);
    expect(c.gapsClosed).toEqual([]);
    expect(c.gapsOpened).toEqual([]);
    expect(c.domains.every((d) => d.change === 0 || d.change === null)).toBe(true);
  });
});

describe('compareReports properties (random catalogs and assessments)', () => {
  it('after putting some questions in place: no gap opened, exactly those gaps closed, nothing lower', () => {
    fc.assert(
      fc.property(
        // "na" answers are left alone: replacing one can bring a domain back into the score (§4 of the docs)
        arbCatalogAndAssessment.chain((x) =>
          fc
            .subarray(x.catalog.questions.map((q) => q.id).filter((id) => x.assessment.answers[id]?.value !== 'na'))
            .map((ids) => ({ ...x, ids })),
        ),
        ({ catalog, assessment, ids }) => {
          const answers = { ...assessment.answers };
          for (const id of ids)
            answers[id] = { value: catalog.questions.find((q) => q.id === id)!.options.find((o) => o.points === 1)!.value };
          const before = scoreAssessment(assessment, catalog);
          const after = scoreAssessment({ ...assessment, answers }, catalog);
          const c = compareReports(before, after, { catalog });
          expect(c.gapsOpened).toEqual([]);
          const wasGap = new Set(
            before.contributions
              .filter((x) => ['partly', 'not-in-place', 'unknown', 'unanswered'].includes(x.status))
              .map((x) => x.questionId),
          );
          expect(c.gapsClosed.map((g) => g.questionId)).toEqual(
            catalog.questions.map((q) => q.id).filter((id) => ids.includes(id) && wasGap.has(id)),
          );
          expect(c.level.change).toBeGreaterThanOrEqual(0);
          expect(c.overall.change).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
