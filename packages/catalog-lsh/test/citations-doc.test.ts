import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Question } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { lshCatalog } from '../src/index.js';
import { officialIds, repoRoot } from './support.js';

const doc = readFileSync(join(repoRoot, 'docs', 'catalog-citations.md'), 'utf8');

/** Every citation of a question, written as the doc writes it. */
function citations(q: Question): string[] {
  const r = q.references;
  return [
    ...(r.nis2 ?? []).map((x) => `NIS2 21(2)(${x})`),
    ...(r.nis2Articles ?? []).map((x) => `NIS2 Art. ${x}`),
    ...(r.iso27001 ?? []).map((x) => `ISO A.${x}`),
    ...(r.iso27001Clauses ?? []).map((x) => `ISO clause ${x}`),
    ...(r.nistCsf ?? []).map((x) => `NIST ${x}`),
    ...(r.gdpr ?? []).map((x) => `GDPR Art. ${x}`),
    ...(r.standards ?? []),
    ...(r.mdr ?? []),
    ...(r.nlHealthLaw ?? []),
  ];
}

const rows = new Map(
  doc
    .split('\n')
    .filter((l) => /^\| `[a-z0-9.-]+` /.test(l))
    .map((l) => {
      const cells = l.split(' | ');
      const id = /^\| `([^`]+)`/.exec(l)![1]!;
      return [id, { cites: [...cells[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), why: cells[2]!.replace(/ \|$/, '').trim() }] as const;
    }),
);

describe('docs/catalog-citations.md', () => {
  it('has one row per question of lsh-basisscan, in catalog order', () => {
    expect([...rows.keys()]).toEqual(lshCatalog.questions.map((q) => q.id));
  });

  it.each(lshCatalog.questions.map((q) => [q.id, q] as const))(
    '%s: lists exactly its citations, each with what it is about, and says why they fit',
    (id, q) => {
      const row = rows.get(id)!;
      expect(row.cites).toEqual(citations(q));
      expect(row.why.length, id).toBeGreaterThan(40);
    },
  );
});

describe('citations of lsh-basisscan', () => {
  const q = (id: string) => lshCatalog.questions.find((x) => x.id === id)!.references;

  it('validates every kind against its list in reference/', () => {
    const lists = {
      iso27001: officialIds('iso27001-2022-annex-a.txt'),
      iso27001Clauses: officialIds('iso27001-2022-clauses.txt'),
      nistCsf: officialIds('nist-csf-2.0-subcategories.txt'),
      nis2Articles: officialIds('nis2-articles.txt'),
      gdpr: officialIds('gdpr-articles.txt'),
      standards: officialIds('standards.txt'),
      mdr: officialIds('mdr-ivdr.txt'),
      nlHealthLaw: officialIds('nl-health-law.txt'),
    } as const;
    const bad: string[] = [];
    for (const item of [...lshCatalog.questions, ...lshCatalog.measures])
      for (const [kind, listed] of Object.entries(lists))
        for (const id of (item.references[kind as keyof typeof lists] ?? []) as string[])
          if (!listed.has(id)) bad.push(`${item.id}: ${kind} ${id}`);
    expect(bad).toEqual([]);
    expect(lists.standards.has('NEN 7510-1:2024')).toBe(true);
  });

  it('fixes the twelve citations the review found wrong in 1.0.0', () => {
    expect(q('risk.analysis').iso27001 ?? []).not.toContain('5.7');
    expect(q('risk.analysis').iso27001Clauses).toEqual(['6.1.2', '8.2']);
    expect(q('people.onboarding').iso27001).not.toContain('6.1');
    expect(q('lab.legacy').iso27001).not.toContain('8.19');
    expect(q('lab.inventory').iso27001).not.toContain('8.1');
    expect(q('lab.own-software').iso27001).not.toContain('8.4');
    expect(q('data.retention').gdpr).toEqual(['5(1)(e)']);
    expect(q('gov.board').nis2 ?? []).not.toContain('a');
    expect(q('gov.board').nis2Articles).toContain('20(1)');
    expect(q('people.board-training').nis2 ?? []).not.toContain('g');
    expect(q('people.board-training').nis2Articles).toContain('20(2)');
    expect(q('incident.reporting').nis2 ?? []).not.toContain('b');
    expect(q('incident.reporting').nis2Articles).toContain('23');
    expect(q('data.health-data').gdpr).toContain('35');
  });

  it('cites physical security (ISO 7.x) and screening (ISO 6.1) where the catalog asks about them', () => {
    expect(q('hygiene.physical').iso27001).toEqual(['7.1', '7.2', '7.3']);
    expect(q('people.screening').iso27001).toEqual(['6.1']);
  });
});
