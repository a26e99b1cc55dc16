import { DATA_KINDS, DEPENDENCY_KINDS, LshValidationError, paramValueProblem } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClauseError } from '../src/errors.js';
import { TOPIC_ORDER } from '../src/order.js';
import { isStricter } from '../src/params.js';
import { tierFor } from '../src/roles.js';
import { checkConsistency } from '../src/rules.js';
import { selectClauses } from '../src/select.js';
import type { BuyerInput, ClausePack, DependencyInput } from '../src/types.js';
import { fixtureLibrary as library, reportWith } from './fixtures/library.js';

const supplier = { id: 'sup', name: 'Leverancier BV' };
const plainBuyer: BuyerInput = { id: 'buyer', name: 'Lab BV' };
const nis2Buyer: BuyerInput = { id: 'umc', name: 'UMC', nis2: 'essential', gdprController: true };
const gdprBuyer: BuyerInput = { id: 'gp', name: 'Huisartsenpraktijk', nis2: 'none', gdprController: true };

const select = (
  dependency: DependencyInput | DependencyInput[],
  buyer: BuyerInput = plainBuyer,
  report?: Parameters<typeof selectClauses>[0]['report'],
) => selectClauses({ supplier, buyer, dependency, library, ...(report ? { report } : {}) });
const ids = (pack: ClausePack) => pack.clauses.map((c) => c.id);
const clause = (pack: ClausePack, id: string) => pack.clauses.find((c) => c.id === id);

describe('tiers', () => {
  it('follow criticality, and patient data raises to at least enhanced', () => {
    expect(tierFor(0.95, []).tier).toBe('strict');
    expect(tierFor(0.9, []).tier).toBe('strict');
    expect(tierFor(0.89, []).tier).toBe('enhanced');
    expect(tierFor(0.5, []).tier).toBe('enhanced');
    expect(tierFor(0.49, []).tier).toBe('baseline');
    expect(tierFor(0.1, ['patient']).tier).toBe('enhanced');
    expect(tierFor(0.1, ['personal', 'research']).tier).toBe('baseline');
  });

  it('treat a dependency without criticality as fully critical, as a chain does', () => {
    expect(select({ kind: 'saas' }).tier).toBe('strict');
  });

  it('set tier defaults on the parameters: stricter for a more critical supplier', () => {
    const at = (criticality: number) => clause(select({ kind: 'saas', criticality }), 'vulnerability-patching')!.params;
    expect(at(0.2)).toEqual({ criticalPatchDays: 30, highPatchDays: 60, mediumPatchDays: 90 });
    expect(at(0.6)).toEqual({ criticalPatchDays: 14, highPatchDays: 30, mediumPatchDays: 60 });
    expect(at(0.95)).toEqual({ criticalPatchDays: 7, highPatchDays: 14, mediumPatchDays: 30 });
  });

  it('leave out clauses of a stricter tier than the dependency calls for', () => {
    expect(ids(select({ kind: 'saas', criticality: 0.6 }))).not.toContain('cyber-insurance');
    expect(ids(select({ kind: 'saas', criticality: 0.95 }))).toContain('cyber-insurance');
    expect(ids(select({ kind: 'saas', criticality: 0.45 }))).not.toContain('audit-rights');
  });
});

describe('triggers', () => {
  it('respect the kinds a clause applies to', () => {
    const pack = select({ kind: 'logistics', criticality: 0.3 });
    expect(ids(pack)).toEqual(['security-baseline', 'incident-notification']);
    expect(ids(select({ kind: 'medical-device', criticality: 0.3 }))).toEqual(
      expect.arrayContaining(['sbom-device', 'vulnerability-patching', 'end-of-support', 'remote-access']),
    );
  });

  it('propose processor terms only when personal or patient data is shared, saying which', () => {
    expect(ids(select({ kind: 'logistics', criticality: 0.3, data: ['research'] }))).not.toContain('processor-terms');
    const c = clause(select({ kind: 'logistics', criticality: 0.3, data: ['personal', 'research'] }), 'processor-terms')!;
    expect(c.reasons).toEqual([expect.objectContaining({ kind: 'data', data: ['personal'] })]);
    expect(c.reasons[0]!.text.nl).toContain('persoonsgegevens');
    expect(c.reasons[0]!.text.en).toContain('personal data');
  });

  it('propose a clause for a weak domain below the threshold, not at it', () => {
    expect(ids(select({ kind: 'saas', criticality: 0.2 }, plainBuyer, reportWith({ backup: 49.5 })))).toContain('backup-restore');
    expect(ids(select({ kind: 'saas', criticality: 0.2 }, plainBuyer, reportWith({ backup: 50 })))).not.toContain('backup-restore');
    expect(ids(select({ kind: 'saas', criticality: 0.2 }, plainBuyer, reportWith({ backup: null })))).not.toContain('backup-restore');
    const reason = clause(select({ kind: 'saas', criticality: 0.2 }, plainBuyer, reportWith({ backup: 20 })), 'backup-restore')!
      .reasons[0]!;
    expect(reason).toMatchObject({ kind: 'weak-domain', domain: 'backup', score: 20, threshold: 50 });
    expect(reason.text.en).toContain('20 out of 100');
  });

  it('propose a clause for a critical gap in a listed domain and name the gap', () => {
    const report = reportWith({ backup: 80 }, [{ questionId: 'q-restore-test', domain: 'backup' }]);
    const c = clause(select({ kind: 'cloud', criticality: 0.2 }, plainBuyer, report), 'backup-restore')!;
    expect(c.reasons).toEqual([expect.objectContaining({ kind: 'critical-gap', questionId: 'q-restore-test', domain: 'backup' })]);
  });

  it("propose a clause for the buyer's legal duty and name it", () => {
    expect(ids(select({ kind: 'logistics', criticality: 0.3 }))).not.toContain('subcontractors');
    const c = clause(select({ kind: 'logistics', criticality: 0.3 }, nis2Buyer), 'subcontractors')!;
    expect(c.reasons).toEqual([expect.objectContaining({ kind: 'buyer-duty', duty: 'nis2' })]);
  });

  it('propose by criticality threshold and say so', () => {
    const c = clause(select({ kind: 'logistics', criticality: 0.75 }), 'audit-rights')!;
    expect(c.reasons).toEqual([expect.objectContaining({ kind: 'criticality', criticality: 0.75, minCriticality: 0.7 })]);
    expect(c.reasons[0]!.text.nl).toContain('75%');
  });
});

describe("the buyer's legal deadline", () => {
  it('shortens the notice for a NIS2 buyer to well before 24 hours, in every tier, and says so', () => {
    for (const criticality of [0.1, 0.6, 0.95]) {
      const c = clause(select({ kind: 'saas', criticality }, nis2Buyer), 'incident-notification')!;
      expect(c.params.noticeHours).toBeLessThan(24);
    }
    const c = clause(select({ kind: 'saas', criticality: 0.1 }, nis2Buyer), 'incident-notification')!;
    expect(c.params.noticeHours).toBe(12);
    expect(c.reasons.at(-1)).toMatchObject({
      kind: 'adjusted',
      rule: 'notice-before-buyer-deadline',
      param: 'noticeHours',
      from: 72,
      to: 12,
    });
    expect(c.reasons.at(-1)!.text.nl).toContain('72 uur naar 12 uur');
  });

  it('keeps a notice that already comes first: strict 4 hours stays 4', () => {
    const c = clause(select({ kind: 'saas', criticality: 0.95 }, nis2Buyer), 'incident-notification')!;
    expect(c.params.noticeHours).toBe(4);
    expect(c.reasons.some((r) => r.kind === 'adjusted')).toBe(false);
  });

  it('gives a GDPR controller a notice before 72 hours, and a buyer without duties the tier default', () => {
    expect(clause(select({ kind: 'saas', criticality: 0.1 }, gdprBuyer), 'incident-notification')!.params.noticeHours).toBe(36);
    expect(clause(select({ kind: 'saas', criticality: 0.1 }), 'incident-notification')!.params.noticeHours).toBe(72);
    expect(select({ kind: 'saas' }, gdprBuyer).buyer).toMatchObject({ duties: ['gdpr-controller'], deadlineHours: 72 });
  });

  it('refuses, naming clause, parameter and rule, when the bounds leave no room before the deadline', () => {
    const narrow = structuredClone(library);
    const p = narrow.clauses.find((c) => c.id === 'incident-notification')!.params[0]!;
    p.min = 30;
    p.defaults = { baseline: 72, enhanced: 48, strict: 30 };
    p.default = 72;
    try {
      selectClauses({ supplier, buyer: nis2Buyer, dependency: { kind: 'saas' }, library: narrow });
      expect.unreachable();
    } catch (e) {
      expect(ClauseError.isInstance(e)).toBe(true);
      expect((e as ClauseError).issues).toEqual([
        expect.objectContaining({ clause: 'incident-notification', param: 'noticeHours', rule: 'notice-before-buyer-deadline' }),
      ]);
    }
  });
});

describe('a supplier with several roles', () => {
  const medtech: DependencyInput[] = [
    { kind: 'medical-device', criticality: 0.95 },
    { kind: 'data-processor', criticality: 0.5, data: ['patient'] },
    { kind: 'managed-it', criticality: 0.3 },
  ];

  it('gets each clause once, with the strictest parameters, and the merge among the reasons', () => {
    const pack = select(medtech, nis2Buyer);
    expect(new Set(ids(pack)).size).toBe(pack.clauses.length);
    expect(pack.tier).toBe('strict');
    expect(pack.roles.map((r) => [r.id, r.tier])).toEqual([
      ['medical-device', 'strict'],
      ['data-processor', 'enhanced'],
      ['managed-it', 'baseline'],
    ]);
    const patch = clause(pack, 'vulnerability-patching')!;
    expect(patch.params).toEqual({ criticalPatchDays: 7, highPatchDays: 14, mediumPatchDays: 30 });
    const merged = patch.reasons.find((r) => r.kind === 'merged');
    expect(merged).toMatchObject({ kind: 'merged', roles: ['medical-device', 'managed-it'] });
    const remote = clause(pack, 'remote-access')!;
    expect(remote.params.sessionApproval).toBe(true);
  });

  it('takes a stricter value from a later role and names that role', () => {
    const pack = select([
      { kind: 'managed-it', criticality: 0.3 },
      { kind: 'medical-device', criticality: 0.95 },
    ]);
    const merged = clause(pack, 'remote-access')!.reasons.find((r) => r.kind === 'merged')!;
    expect(merged).toMatchObject({ params: [{ param: 'sessionApproval', value: true, from: 'medical-device' }] });
    expect(merged.text.en).toContain('Approval per session yes (medical device)');
  });

  it('accepts several kinds on one dependency, and labels repeated kinds', () => {
    const pack = select([
      { kind: ['saas', 'data-processor'], criticality: 0.6, data: ['patient'] },
      { kind: 'saas', criticality: 0.2 },
    ]);
    expect(pack.roles.map((r) => r.id)).toEqual(['saas', 'data-processor', 'saas#2']);
    expect(ids(pack)).toContain('processor-terms');
  });

  it('does not report a merge for a clause only one role triggers', () => {
    const pack = select(medtech);
    expect(clause(pack, 'sbom-device')!.reasons.map((r) => r.kind)).toEqual(['always']);
    expect(clause(pack, 'sbom-device')!.reasons[0]!.role).toBe('medical-device');
  });
});

describe('clauses on one topic', () => {
  it('share a parameter at its strictest value, and say so', () => {
    const pack = select([
      { kind: 'software', criticality: 0.2 },
      { kind: 'medical-device', criticality: 0.95 },
    ]);
    expect(clause(pack, 'sbom-device')!.params.sbomFormat).toBe('cyclonedx');
    const sbom = clause(pack, 'sbom')!;
    expect(sbom.params.sbomFormat).toBe('cyclonedx');
    expect(sbom.reasons.at(-1)).toMatchObject({
      kind: 'aligned',
      param: 'sbomFormat',
      from: 'either',
      to: 'cyclonedx',
      with: ['sbom-device'],
    });
    expect(sbom.reasons.at(-1)!.text.nl).toContain('wordt CycloneDX, de strengste waarde');
    expect(clause(pack, 'sbom-device')!.reasons.some((r) => r.kind === 'aligned')).toBe(false);
  });

  it('stay apart when they share no parameter', () => {
    const pack = select({ kind: 'saas', criticality: 0.6, data: ['patient'] });
    expect(pack.clauses.flatMap((c) => c.reasons).some((r) => r.kind === 'aligned')).toBe(false);
  });
});

describe('packs', () => {
  it('list clauses in contract order by topic', () => {
    const pack = select([{ kind: ['saas', 'medical-device'], criticality: 0.95, data: ['patient'] }], nis2Buyer);
    const ranks = pack.clauses.map((c) => TOPIC_ORDER.indexOf(c.topic));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(ids(pack)[0]).toBe('security-baseline');
    expect(ids(pack).at(-1)).toBe('cyber-insurance');
  });

  it('are plain JSON and deterministic', () => {
    const make = () => select({ kind: 'saas', criticality: 0.8, data: ['patient'] }, nis2Buyer, reportWith({ backup: 10 }));
    expect(JSON.parse(JSON.stringify(make()))).toEqual(make());
  });

  it('refuse malformed input with every problem and its path', () => {
    try {
      selectClauses({
        supplier: { id: '', name: 'x' },
        buyer: plainBuyer,
        dependency: [{ kind: 'spaceship' as never, criticality: 2, data: ['dna' as never] }],
        library,
      });
      expect.unreachable();
    } catch (e) {
      expect(LshValidationError.isInstance(e)).toBe(true);
      expect((e as LshValidationError).issues.map((i) => i.path)).toEqual([
        'supplier.id',
        'dependency.0.kind',
        'dependency.0.criticality',
        'dependency.0.data.0',
      ]);
    }
    expect(() => selectClauses({ supplier, buyer: plainBuyer, dependency: {}, report: {} as never, library })).toThrow(/report\.domains/);
    expect(() => selectClauses({ supplier, buyer: plainBuyer, dependency: [], library })).toThrow(/dependency: must name at least one/);
  });

  const dependency = fc.record({
    kind: fc.subarray([...DEPENDENCY_KINDS], { minLength: 1 }),
    criticality: fc.double({ min: 0, max: 1, noNaN: true }),
    data: fc.subarray([...DATA_KINDS]),
  });
  const buyer = fc.record({
    id: fc.constant('b'),
    name: fc.constant('B'),
    nis2: fc.constantFrom('essential' as const, 'important' as const, 'none' as const),
    gdprController: fc.boolean(),
  });

  it('always hold parameters within bounds and consistent with the buyer duties (property)', () => {
    fc.assert(
      fc.property(fc.array(dependency, { minLength: 1, maxLength: 3 }), buyer, (deps, b) => {
        const pack = selectClauses({ supplier, buyer: b, dependency: deps, library });
        for (const pc of pack.clauses) {
          const def = library.clauses.find((c) => c.id === pc.id)!;
          expect(Object.keys(pc.params).sort()).toEqual(def.params.map((p) => p.name).sort());
          for (const p of def.params) expect(paramValueProblem(p, pc.params[p.name])).toBeNull();
        }
        const values = Object.fromEntries(pack.clauses.map((c) => [c.id, c.params]));
        expect(checkConsistency(values, { buyerDeadlineHours: pack.buyer.deadlineHours })).toEqual([]);
      }),
    );
  });

  it('never get laxer for a more critical dependency (property)', () => {
    fc.assert(
      fc.property(dependency, fc.double({ min: 0, max: 1, noNaN: true }), buyer, (dep, extra, b) => {
        const lower = selectClauses({ supplier, buyer: b, dependency: dep, library });
        const higher = selectClauses({
          supplier,
          buyer: b,
          dependency: { ...dep, criticality: Math.min(1, dep.criticality + extra) },
          library,
        });
        expect(ids(higher)).toEqual(expect.arrayContaining(ids(lower)));
        for (const pc of lower.clauses) {
          const def = library.clauses.find((c) => c.id === pc.id)!;
          const hi = clause(higher, pc.id)!;
          for (const p of def.params) expect(isStricter(p, pc.params[p.name]!, hi.params[p.name]!)).toBe(false);
        }
      }),
    );
  });
});
