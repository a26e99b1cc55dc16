import { DATA_KINDS, DEPENDENCY_KINDS, paramValueProblem, SUBSECTORS } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseLibrary as library } from '../src/library.js';
import { renderClausePack } from '../src/render.js';
import { checkConsistency, RULES } from '../src/rules.js';
import { selectClauses } from '../src/select.js';

const byId = new Map(library.clauses.map((c) => [c.id, c]));
const dependency = fc.record(
  {
    kind: fc.subarray([...DEPENDENCY_KINDS], { minLength: 1, maxLength: 3 }),
    criticality: fc.double({ min: 0, max: 1, noNaN: true }),
    data: fc.subarray([...DATA_KINDS]),
  },
  { requiredKeys: ['kind', 'data'] },
);
const buyer = fc.record(
  {
    id: fc.constant('b'),
    name: fc.constant('B'),
    nis2: fc.constantFrom('essential' as const, 'important' as const, 'none' as const),
    gdprController: fc.boolean(),
    subsector: fc.constantFrom(...SUBSECTORS),
  },
  { requiredKeys: ['id', 'name'] },
);

describe('every pack, for generated requests (property)', () => {
  it('is within bounds and breaks no consistency rule; a supplier that receives personal data gets 28(3)(a)-(h) and the processing annex', () => {
    fc.assert(
      fc.property(fc.array(dependency, { minLength: 1, maxLength: 3 }), buyer, (deps, b) => {
        const pack = selectClauses({ supplier: { id: 's', name: 'S' }, buyer: b, dependency: deps, library });
        const ids = pack.clauses.map((c) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const pc of pack.clauses)
          for (const p of byId.get(pc.id)!.params) expect(paramValueProblem(p, pc.params[p.name]), `${pc.id}.${p.name}`).toBeNull();
        const values = Object.fromEntries(pack.clauses.map((c) => [c.id, c.params]));
        expect(checkConsistency(values, { buyerDeadlineHours: pack.buyer.deadlineHours, duties: pack.buyer.duties })).toEqual([]);

        const personal = deps.some((d) => d.data.includes('personal') || d.data.includes('patient'));
        const cited = new Set(
          pack.clauses.flatMap((pc) =>
            byId
              .get(pc.id)!
              .basis.filter((x) => x.source === 'gdpr')
              .map((x) => x.ref),
          ),
        );
        if (personal) {
          for (const letter of 'abcdefgh') expect(cited, `28(3)(${letter})`).toContain(`28(3)(${letter})`);
          expect(ids).toContain('processing-annex');
          if (b.gdprController !== false) expect(pack.buyer.duties).toContain('gdpr-controller');
        } else expect(ids).not.toContain('processing-annex');
        if (b.nis2 === 'essential' || b.nis2 === 'important') {
          const n = pack.clauses.find((c) => c.id === 'incident-notification')?.params;
          if (n) expect(n.noticeHours).toBeLessThan(24);
        }
        if (
          pack.buyer.duties.includes('care-provider') &&
          deps.some((d) => d.data.includes('patient') && d.kind.some((k) => k !== 'logistics' && k !== 'other'))
        )
          expect(ids).toContain('care-access-logging');
        if (!pack.buyer.duties.includes('nis2')) expect(ids).not.toContain('continuity-exercise');
      }),
      { numRuns: 400 },
    );
  });

  it('renders in Markdown without a placeholder left, for generated requests', () => {
    fc.assert(
      fc.property(dependency, buyer, fc.constantFrom('nl' as const, 'en' as const), (d, b, locale) => {
        const pack = selectClauses({ supplier: { id: 's', name: 'S' }, buyer: b, dependency: d, library });
        const md = renderClausePack(pack, { locale, format: 'markdown', library });
        expect(md).not.toMatch(/\{\{|\}\}/);
        expect(renderClausePack(pack, { locale, format: 'markdown', library, mode: 'checklist' })).not.toMatch(/\{\{|\}\}/);
      }),
      { numRuns: 60 },
    );
  });

  it('each new rule refuses the contradiction it names, and selection repairs it', () => {
    const broken = {
      exit: { returnDays: 30, deletionDays: 60 },
      'processor-deletion-return': { deletionDays: 30 },
      subcontractors: { noticeDays: 14 },
      'processor-subprocessors': { noticeDays: 30 },
      'subcontractor-register': { objectionDays: 30 },
      'audit-rights': { auditsPerYear: 1 },
      'processor-compliance-audits': { auditsPerYear: 2 },
      'data-location': { outsideAccess: 'forbidden' },
      'third-country-transfer': { requestNoticeHours: 24 },
      'incident-notification': { noticeHours: 12, assessmentHours: 72, finalReportDays: 30 },
      'vulnerability-patching': { criticalPatchDays: 2, exploitedHours: 72 },
      'care-access-logging': { accessLogYears: 5 },
      'log-retention': { logRetentionMonths: 84 },
    };
    const rules = new Set(checkConsistency(broken, { buyerDeadlineHours: 24, duties: ['nis2'] }).map((i) => i.rule));
    expect([...rules].sort()).toEqual(
      [
        'one-deletion-period',
        'one-subcontractor-notice',
        'objection-within-notice',
        'one-audit-limit',
        'location-allows-agreed-transfers',
        'assessment-before-nis2-notification',
        'final-report-before-nis2-final-report',
        'exploited-before-critical',
        'access-logs-kept-as-long-as-security-logs',
      ].sort(),
    );
    for (const rule of RULES) expect(rule.reads.length).toBeGreaterThan(0);
    // Without the transfer clause, the location clause must forbid access from outside the area.
    const alone = checkConsistency({ 'data-location': { outsideAccess: 'per-transfer-clause' } });
    expect(alone).toEqual([expect.objectContaining({ rule: 'location-allows-agreed-transfers', param: 'outsideAccess' })]);
  });
});
