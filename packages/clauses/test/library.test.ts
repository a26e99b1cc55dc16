import { existsSync, readFileSync } from 'node:fs';
import { CLAUSE_SOURCES, DATA_KINDS, DEPENDENCY_KINDS, paramValueProblem, parseClauseLibrary, TIERS } from '@lsh-cyber/schema';
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

// The verbatim official lists live in reference/official/; the project's own lists (ISO Annex A) in reference/.
const reference = (file: string) => {
  const official = new URL(`../../../reference/official/${file}`, import.meta.url);
  return readFileSync(existsSync(official) ? official : new URL(`../../../reference/${file}`, import.meta.url), 'utf8');
};
const isoControls = new Set(
  reference('iso27001-2022-annex-a.txt')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[5-8]\.\d+$/.test(l)),
);
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
    // The contract layer (definitions, precedence, governing law) has nothing a supplier could show.
    if (!['definitions', 'precedence', 'governing-law'].includes(c.topic)) expect(c.evidence.length).toBeGreaterThan(0);
    expect(c.negotiation, 'must-have or negotiable').toBeDefined();
    if (c.negotiation?.position === 'negotiable') expect(c.negotiation.fallback?.en.length).toBeGreaterThan(20);
    expect(c.checklist?.nl.length).toBeGreaterThan(20);
    expect(c.checklist?.en.length).toBeGreaterThan(20);
    expect(c.version).toMatch(/^\d+\.\d+\.\d+$/);
    for (const p of c.params) {
      for (const value of Object.keys(p.optionLabels ?? {})) expect(p.options).toContain(value);
      if (p.type === 'enum') for (const o of p.options ?? []) expect(p.optionLabels?.[o], `${p.name} label for ${o}`).toBeDefined();
    }
  });

  it.each(library.clauses.map((c) => [c.id, c] as const))('%s cites only points its sources list, in their current edition', (_id, c) => {
    for (const b of c.basis) {
      const source = CLAUSE_SOURCES[b.source]!;
      expect(Object.keys(source.refs), `${b.source} ${b.ref}`).toContain(b.ref);
      if (b.source === 'iso27001') expect(isoControls.has(b.ref), `ISO ${b.ref}`).toBe(true);
      if (b.source === 'cra' && /^Art\. 14\b/.test(b.ref)) expect(b.appliesFrom).toBe('2026-09-11');
    }
  });

  it('lists, for every law it may cite, only points the official texts have', () => {
    const lines = (file: string) =>
      new Set(
        reference(file)
          .split('\n')
          .map((l) => l.split('\t')[0]!.trim()),
      );
    const gdpr = lines('gdpr-articles.txt');
    const nis2 = lines('nis2-articles.txt');
    const cra = lines('cra-articles.txt');
    const mdr = lines('mdr.txt');
    const nl = lines('nl-health-law.txt');
    const standards = reference('standards.txt');
    const article = (ref: string) => `Art. ${ref.replace(/\(.*/, '')}`;
    for (const ref of Object.keys(CLAUSE_SOURCES.gdpr!.refs)) {
      if (ref === 'Chapter V') continue;
      expect(gdpr.has(article(ref)) || gdpr.has(`Art. ${ref}`), `GDPR ${ref}`).toBe(true);
    }
    for (const ref of Object.keys(CLAUSE_SOURCES.nis2!.refs)) {
      if (ref.startsWith('Annex')) continue;
      expect(nis2.has(article(ref)), `NIS2 ${ref}`).toBe(true);
      if (/^2[13]\(\d\)\(/.test(ref)) expect(nis2.has(`Art. ${ref}`), `NIS2 ${ref}`).toBe(true);
    }
    for (const ref of Object.keys(CLAUSE_SOURCES.cra!.refs))
      if (ref.startsWith('Art.')) expect(cra.has(ref.replace(/\(.*/, '')), `CRA ${ref}`).toBe(true);
    for (const ref of Object.keys(CLAUSE_SOURCES.mdr!.refs)) expect(mdr.has(`MDR ${ref}`), `MDR ${ref}`).toBe(true);
    for (const ref of Object.keys(CLAUSE_SOURCES.ivdr!.refs)) expect(mdr.has(`IVDR ${ref}`), `IVDR ${ref}`).toBe(true);
    for (const ref of Object.keys(CLAUSE_SOURCES.begz!.refs)) expect(nl.has(`Begz ${ref}`), `Begz ${ref}`).toBe(true);
    expect(nl.has('Besluit bewaartermijn logging')).toBe(true);
    for (const id of ['nen7510', 'nen7512', 'nen7513', 'iec81001-5-1', 'iec80001-1', 'mdcg-2019-16', 'bio2'])
      for (const ref of Object.keys(CLAUSE_SOURCES[id]!.refs)) expect(standards, `${id} ${ref}`).toContain(ref);
    for (const id of ['scc-2021-914', 'scc-2021-915']) expect(standards).toContain(`(EU) ${id.slice(4).replace('-', '/')}`);
    // The shipped library cites the current NEN 7510 edition only; the replaced one stays valid for library 1.0.0.
    expect(standards).toContain('replaces NEN 7510-1:2017+A1:2020');
  });

  it.each(library.clauses.map((c) => [c.id, c] as const))(
    '%s declares every placeholder and uses every parameter in both languages',
    (_id, c) => {
      const names = c.params.map((p) => p.name);
      for (const locale of ['nl', 'en'] as const) {
        for (const used of [
          ...placeholders(c.body[locale]),
          ...placeholders(c.plain[locale]),
          ...placeholders(c.checklist?.[locale] ?? ''),
          ...placeholders(c.negotiation?.fallback?.[locale] ?? ''),
        ])
          expect(names).toContain(used);
        expect(new Set(placeholders(c.body[locale]))).toEqual(new Set(names));
      }
    },
  );

  it('carries the parameters the consistency rules read, with the practitioner defaults', () => {
    const defaults = (clause: string, name: string) => TIERS.map((t) => tierDefault(param(clause, name)!, t));
    expect(defaults('incident-notification', 'noticeHours')).toEqual([48, 24, 4]);
    expect(param('incident-notification', 'noticeHours')!.max).toBe(72);
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
