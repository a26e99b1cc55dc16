import { type Assessment, type Catalog, parseScoreReport } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../src/score.js';
import { arbAssessment, arbCatalog, arbCatalogAndAssessment } from './arbitraries.js';
import { mini } from './helpers.js';

const RUNS = { numRuns: 300 };

function withAnswer(a: Assessment, id: string, value: string | undefined): Assessment {
  const answers = { ...a.answers };
  if (value === undefined) delete answers[id];
  else answers[id] = { value };
  return { ...a, answers };
}

function currentPoints(catalog: Catalog, a: Assessment, qi: number): number | null {
  const q = catalog.questions[qi]!;
  const v = a.answers[q.id]?.value;
  if (v === 'na') return null;
  return q.options.find((o) => o.value === v)?.points ?? 0;
}

/** A random catalog and assessment plus one question and one option with more points than its current answer. */
const arbRaise = arbCatalogAndAssessment.chain(({ catalog, assessment }) =>
  fc.nat({ max: catalog.questions.length - 1 }).chain((qi) => {
    const now = currentPoints(catalog, assessment, qi);
    const higher = catalog.questions[qi]!.options.filter((o) => now !== null && o.points > now);
    const pick = higher.length === 0 ? fc.constant(null) : fc.constantFrom(...higher.map((o) => o.value));
    return pick.map((value) => ({ catalog, assessment, qi, value }));
  }),
);

describe('scoreAssessment properties (random catalogs and assessments)', () => {
  it('keeps every score in range and produces a valid ScoreReport', () => {
    fc.assert(
      fc.property(arbCatalogAndAssessment, ({ catalog, assessment }) => {
        const r = scoreAssessment(assessment, catalog);
        expect(r.overall).toBeGreaterThanOrEqual(0);
        expect(r.overall).toBeLessThanOrEqual(100);
        expect(r.level.value).toBeGreaterThanOrEqual(1);
        expect(r.level.value).toBeLessThanOrEqual(5);
        for (const d of r.domains) if (d.score !== null) expect(d.score >= 0 && d.score <= 100).toBe(true);
        for (const x of [...r.frameworks.nis2, ...r.frameworks.iso27001])
          if (x.score !== null) expect(x.score >= 0 && x.score <= 100).toBe(true);
        expect(r.counts.applicable).toBe(r.counts.answered + r.counts.unknown + r.counts.unanswered);
        expect(r.counts.questions).toBe(r.counts.applicable + r.counts.notApplicable + r.counts.excluded);
        parseScoreReport(r);
      }),
      RUNS,
    );
  });

  it('never lowers overall, a domain score or the level when one answer is raised to an option with more points', () => {
    fc.assert(
      fc.property(arbRaise, ({ catalog, assessment, qi, value }) => {
        fc.pre(value !== null);
        const before = scoreAssessment(assessment, catalog);
        const after = scoreAssessment(withAnswer(assessment, catalog.questions[qi]!.id, value!), catalog);
        expect(after.overall).toBeGreaterThanOrEqual(before.overall);
        expect(after.level.value).toBeGreaterThanOrEqual(before.level.value);
        before.domains.forEach((d, i) => {
          const a = after.domains[i]!;
          expect(a.status).toBe(d.status);
          if (d.score !== null) expect(a.score!).toBeGreaterThanOrEqual(d.score);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(
      fc.property(
        arbCatalogAndAssessment.chain((x) =>
          fc
            .shuffledSubarray(Object.keys(x.assessment.answers), { minLength: Object.keys(x.assessment.answers).length })
            .map((order) => ({ ...x, order })),
        ),
        ({ catalog, assessment, order }) => {
          const answers: Assessment['answers'] = {};
          for (const k of order) answers[k] = assessment.answers[k]!;
          const shuffled = { ...assessment, answers };
          expect(JSON.stringify(scoreAssessment(shuffled, catalog))).toBe(JSON.stringify(scoreAssessment(assessment, catalog)));
        },
      ),
      RUNS,
    );
  });

  it('gives byte-identical JSON for the same input, also for a deep copy of catalog and assessment', () => {
    fc.assert(
      fc.property(arbCatalogAndAssessment, ({ catalog, assessment }) => {
        const once = JSON.stringify(scoreAssessment(assessment, catalog));
        expect(JSON.stringify(scoreAssessment(assessment, catalog))).toBe(once);
        expect(JSON.stringify(scoreAssessment(structuredClone(assessment), structuredClone(catalog)))).toBe(once);
      }),
      RUNS,
    );
  });

  it('keeps 100 when all else is at its best and one allowed question is "na"', () => {
    const arb = arbCatalog
      .filter((c) => c.questions.some((q) => q.notApplicableAllowed))
      .chain((catalog) =>
        fc.record({
          catalog: fc.constant(catalog),
          base: arbAssessment(catalog),
          qi: fc.constantFrom(...catalog.questions.flatMap((q, i) => (q.notApplicableAllowed ? [i] : []))),
        }),
      );
    fc.assert(
      fc.property(arb, ({ catalog, base, qi }) => {
        const answers: Assessment['answers'] = {};
        for (const q of catalog.questions) answers[q.id] = { value: q.options.find((o) => o.points === 1)!.value };
        answers[catalog.questions[qi]!.id] = { value: 'na' };
        const r = scoreAssessment({ ...base, answers }, catalog);
        if (r.status === 'scored') {
          expect(r.overall).toBe(100);
          expect(r.level.value).toBe(5);
        } else {
          // nothing left to score: reported as too little data, never as a flattering 100
          expect(r.overall).toBe(0);
          expect(r.domains.every((d) => d.status !== 'scored')).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('gives 0 with unknown equal to applicable when every answer is "unknown"', () => {
    fc.assert(
      fc.property(
        arbCatalogAndAssessment.map(({ catalog, assessment }) => {
          const answers: Assessment['answers'] = {};
          for (const q of catalog.questions) answers[q.id] = { value: 'unknown' };
          return { catalog, assessment: { ...assessment, answers } };
        }),
        ({ catalog, assessment }) => {
          const r = scoreAssessment(assessment, catalog);
          expect(r.overall).toBe(0);
          expect(r.counts.unknown).toBe(r.counts.applicable);
          expect(r.level.value).toBe(1);
        },
      ),
      RUNS,
    );
  });

  it('gives 100 and level 5 at the best options, 0 and level 1 at the worst', () => {
    fc.assert(
      fc.property(arbCatalogAndAssessment, fc.boolean(), ({ catalog, assessment }, best) => {
        const answers: Assessment['answers'] = {};
        for (const q of catalog.questions) answers[q.id] = { value: q.options.find((o) => o.points === (best ? 1 : 0))!.value };
        const r = scoreAssessment({ ...assessment, answers }, catalog);
        if (r.status === 'insufficient-data') return;
        expect(r.overall).toBe(best ? 100 : 0);
        expect(r.level.value).toBe(best ? 5 : 1);
      }),
      RUNS,
    );
  });

  it('explains every point: earned adds up to overall (within 0.05) and earned + lost to 100, in whole hundredths', () => {
    fc.assert(
      fc.property(arbCatalogAndAssessment, ({ catalog, assessment }) => {
        const r = scoreAssessment(assessment, catalog);
        const earned = r.contributions.reduce((s, c) => s + Math.round(c.earned * 100), 0);
        const lost = r.contributions.reduce((s, c) => s + Math.round(c.lost * 100), 0);
        if (r.status === 'scored') {
          expect(Math.abs(earned - r.overall * 100)).toBeLessThanOrEqual(5 + 1e-6);
          expect(earned + lost).toBe(10_000);
        } else expect(earned + lost).toBe(0);
        for (const c of r.contributions) expect(Number.isInteger(Math.round(c.earned * 100)) && c.earned >= 0 && c.lost >= 0).toBe(true);
      }),
      RUNS,
    );
  });

  it('holds the same properties on the fixture catalog with random assessments', () => {
    fc.assert(
      fc.property(arbAssessment(mini), (a) => {
        const r = scoreAssessment(a, mini);
        parseScoreReport(r);
        expect(r.perceptionGap).toBe(a.selfRating === undefined ? null : a.selfRating - r.level.value);
      }),
      RUNS,
    );
  });
});
