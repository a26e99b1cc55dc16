import { readFileSync } from 'node:fs';
import {
  DATA_KINDS,
  DEPENDENCY_KINDS,
  GDPR_PROVISIONS,
  NIS2_PROVISIONS,
  paramValueProblem,
  parseClauseLibrary,
  TIERS,
} from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLibraryDefaults } from '../src/check.js';
import { clauseLibrary as library } from '../src/library.js';
import { TOPIC_ORDER } from '../src/order.js';
import { isStricter, tierDefault } from '../src/params.js';
import { checkConsistency } from '../src/rules.js';
import { selectClauses } from '../src/select.js';
import { assertRendersAll } from './fixtures/render-all.js';
import { assertRulesDecide } from './fixtures/rule-property.js';

const reference = (file: string) => readFileSync(new URL(`../../../reference/${file}`, import.meta.url), 'utf8');
const isoControls = new Set(
  reference('iso27001-2022-annex-a.txt')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[5-8]\.\d+$/.test(l)),
);
const lawText = reference('nis2-gdpr.md');
/** Article numbers the law reference names, as "Article 33" or within a range "Articles 32–36". */
const articlesNamed = new Set<string>([
  ...[...lawText.matchAll(/Article (\d+)/g)].map((m) => m[1]!),
  ...[...lawText.matchAll(/Articles (\d+)[–-](\d+)/g)].flatMap((m) => {
    const out: string[] = [];
    for (let n = Number(m[1]); n <= Number(m[2]); n++) out.push(String(n));
    return out;
  }),
]);
const placeholders = (s: string) => [...s.matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => m[1]);
const param = (clause: string, name: string) => library.clauses.find((c) => c.id === clause)?.params.find((p) => p.name === name);

describe('the shipped clause library', () => {
  it('is a valid ClauseLibrary of at least 30 clauses', () => {
    expect(parseClauseLibrary(JSON.parse(JSON.stringify(library)))).toEqual(library);
    expect(library.clauses.length).toBeGreaterThanOrEqual(30);
    expect(isoControls.size).toBe(93);
  });

  it.each(library.clauses.map((c) => [c.id, c] as const))('%s has both languages, a basis, evidence and a valid version', (_id, c) => {
    for (const text of [c.title, c.body, c.plain, ...c.params.map((p) => p.label), ...c.evidence.map((e) => e.description)]) {
      expect(text.nl.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
    expect(c.body.nl).not.toBe(c.body.en);
    expect(c.plain.nl).not.toBe(c.plain.en);
    expect(c.basis.length).toBeGreaterThan(0);
    expect(c.evidence.length).toBeGreaterThan(0);
    expect(c.version).toMatch(/^\d+\.\d+\.\d+$/);
    for (const p of c.params) {
      for (const value of Object.keys(p.optionLabels ?? {})) expect(p.options).toContain(value);
      if (p.type === 'enum') for (const o of p.options ?? []) expect(p.optionLabels?.[o], `${p.name} label for ${o}`).toBeDefined();
    }
  });

  it.each(library.clauses.map((c) => [c.id, c] as const))('%s cites only identifiers from the official lists', (_id, c) => {
    for (const b of c.basis) {
      if (b.source === 'iso27001') expect(isoControls.has(b.ref), `ISO ${b.ref}`).toBe(true);
      if (b.source === 'nis2') {
        expect(NIS2_PROVISIONS).toContain(b.ref);
        if (b.ref.startsWith('21(2)(')) expect(lawText).toContain(`- (${b.ref.at(-2)})`);
        else if (!b.ref.startsWith('Annex')) expect(articlesNamed).toContain(b.ref.replace(/\(.*/, ''));
      }
      if (b.source === 'gdpr') {
        expect(GDPR_PROVISIONS).toContain(b.ref);
        expect(articlesNamed).toContain(b.ref.replace(/\(.*/, ''));
      }
      if (b.source === 'cra' && /^Art\. 14\b/.test(b.ref)) expect(b.appliesFrom).toBe('2026-09-11');
    }
  });

  it.each(library.clauses.map((c) => [c.id, c] as const))(
    '%s declares every placeholder and uses every parameter in both languages',
    (_id, c) => {
      const names = c.params.map((p) => p.name);
      for (const locale of ['nl', 'en'] as const) {
        for (const used of [...placeholders(c.body[locale]), ...placeholders(c.plain[locale])]) expect(names).toContain(used);
        expect(new Set(placeholders(c.body[locale]))).toEqual(new Set(names));
      }
    },
  );

  it('carries the parameters the consistency rules read, with the practitioner defaults', () => {
    const defaults = (clause: string, name: string) => TIERS.map((t) => tierDefault(param(clause, name)!, t));
    expect(defaults('incident-notification', 'noticeHours')).toEqual([72, 24, 4]);
    expect(param('incident-notification', 'noticeHours')).toMatchObject({ type: 'duration', unit: 'hours' });
    expect(defaults('vulnerability-patching', 'criticalPatchDays')).toEqual([30, 14, 7]);
    for (const n of ['criticalPatchDays', 'highPatchDays', 'mediumPatchDays'])
      expect(param('vulnerability-patching', n)).toMatchObject({ type: 'duration', unit: 'days' });
    for (const n of ['backupIntervalHours', 'rpoHours', 'rtoHours'])
      expect(param('backup-restore', n)).toMatchObject({ type: 'duration', unit: 'hours' });
  });

  it("has every tier's defaults pass the consistency rules", () => {
    expect(checkLibraryDefaults(library)).toEqual([]);
  });

  it('never gets laxer from baseline to enhanced to strict', () => {
    for (const c of library.clauses) {
      for (const p of c.params) {
        const [b, e, s] = TIERS.map((t) => tierDefault(p, t));
        expect(isStricter(p, b!, e!), `${c.id}.${p.name} baseline → enhanced`).toBe(false);
        expect(isStricter(p, e!, s!), `${c.id}.${p.name} enhanced → strict`).toBe(false);
      }
    }
  });

  it('refuses random values that break a rule naming clause, parameter and rule, and accepts the rest (property)', () => {
    assertRulesDecide(library);
  });

  it('yields, for any supplier and buyer, a pack within bounds and consistent with the buyer duties (property)', () => {
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
    fc.assert(
      fc.property(fc.array(dependency, { minLength: 1, maxLength: 3 }), buyer, (deps, b) => {
        const pack = selectClauses({ supplier: { id: 's', name: 'S' }, buyer: b, dependency: deps, library });
        expect(new Set(pack.clauses.map((c) => c.id)).size).toBe(pack.clauses.length);
        for (const pc of pack.clauses) {
          for (const p of library.clauses.find((c) => c.id === pc.id)!.params) expect(paramValueProblem(p, pc.params[p.name])).toBeNull();
        }
        const values = Object.fromEntries(pack.clauses.map((c) => [c.id, c.params]));
        expect(checkConsistency(values, { buyerDeadlineHours: pack.buyer.deadlineHours })).toEqual([]);
        const notice = pack.clauses.find((c) => c.id === 'incident-notification')?.params.noticeHours;
        if (b.nis2 !== 'none') expect(notice).toBeLessThan(24);
      }),
      { numRuns: 150 },
    );
  });

  it('has a place in the contract order for every topic', () => {
    for (const c of library.clauses) expect(TOPIC_ORDER).toContain(c.topic);
  });

  it('renders every clause with its defaults in all three formats and both languages', { timeout: 60_000 }, async () => {
    await assertRendersAll(library);
  });
});
