import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Catalog, parseCatalog, SIZE_CLASSES } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { catalogs, lshCatalog, previousCatalogs, smeCatalog } from '../src/index.js';
import { allTexts, officialIds } from './support.js';

const iso = officialIds('iso27001-2022-annex-a.txt');
const nist = officialIds('nist-csf-2.0-subcategories.txt');
const NIS2_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];

// Help texts mark their example with this phrase, so a test can tell that every one has one.
const EXAMPLE_MARKER = { nl: 'Bijvoorbeeld:', en: 'For example:' };

const both: [string, Catalog, string][] = [
  ['lsh-basisscan', lshCatalog, '2.0.0'],
  ['sme-basisscan', smeCatalog, '2.0.0'],
];

describe('the official identifier lists', () => {
  it('are read in full from reference/', () => {
    expect(iso.size).toBe(93);
    expect(nist.size).toBe(106);
  });
});

describe.each(both)('%s', (id, catalog, version) => {
  it('is a valid Catalog, unchanged by parsing', () => {
    expect(parseCatalog(catalog)).toEqual(catalog);
    expect(catalog.id).toBe(id);
    expect(catalog.version).toBe(version);
  });

  it('matches the JSON file in content/ that the package ships', () => {
    const file = id === 'lsh-basisscan' ? 'lsh.catalog.json' : 'sme.catalog.json';
    const onDisk = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'content', file), 'utf8'));
    expect(onDisk).toEqual(catalog);
  });

  it('cites only ISO/IEC 27001:2022 Annex A controls and NIST CSF 2.0 subcategories from the official lists', () => {
    const items = [...catalog.questions, ...catalog.measures];
    const badIso = items.flatMap((x) => (x.references.iso27001 ?? []).filter((c) => !iso.has(c)).map((c) => `${x.id}: ${c}`));
    const badNist = items.flatMap((x) => (x.references.nistCsf ?? []).filter((c) => !nist.has(c)).map((c) => `${x.id}: ${c}`));
    expect(badIso).toEqual([]);
    expect(badNist).toEqual([]);
  });

  it('has every question cite ISO/IEC 27001:2022 (an Annex A control or a clause) and a NIST subcategory, and link to a measure', () => {
    const missing = catalog.questions.filter(
      (q) =>
        !(q.references.iso27001?.length || q.references.iso27001Clauses?.length) ||
        !q.references.nistCsf?.length ||
        q.measures.length === 0,
    );
    expect(missing.map((q) => q.id)).toEqual([]);
  });

  it('links every question to existing measures, and every measure is linked by some question', () => {
    const measureIds = new Set(catalog.measures.map((m) => m.id));
    const linked = new Set(catalog.questions.flatMap((q) => q.measures));
    expect(catalog.questions.flatMap((q) => q.measures.filter((m) => !measureIds.has(m)))).toEqual([]);
    expect([...measureIds].filter((m) => !linked.has(m))).toEqual([]);
  });

  it('gives every measure steps, an audience and a cost for every size class, cheaper or equal for smaller organisations', () => {
    for (const m of catalog.measures) {
      expect(m.steps.length, m.id).toBeGreaterThanOrEqual(3);
      expect(m.steps.length, m.id).toBeLessThanOrEqual(7);
      expect(m.audience.length, m.id).toBeGreaterThan(0);
      expect(Object.keys(m.cost).sort(), m.id).toEqual([...SIZE_CLASSES].sort());
      for (let i = 1; i < SIZE_CLASSES.length; i++) {
        const smaller = m.cost[SIZE_CLASSES[i - 1]!];
        const larger = m.cost[SIZE_CLASSES[i]!];
        expect(smaller.oneOff + smaller.yearly, `${m.id} ${SIZE_CLASSES[i]}`).toBeLessThanOrEqual(larger.oneOff + larger.yearly);
        expect(smaller.effortDays, `${m.id} ${SIZE_CLASSES[i]}`).toBeLessThanOrEqual(larger.effortDays);
      }
    }
  });

  it('names existing help for every measure, each with a name, a link and a note', () => {
    const without = catalog.measures.filter((m) => !m.help?.length);
    expect(without.map((m) => m.id)).toEqual([]);
    for (const m of catalog.measures)
      for (const h of m.help ?? []) {
        expect(h.name.trim(), m.id).not.toBe('');
        expect(h.url, `${m.id}: ${h.name}`).toMatch(/^https:\/\/[a-z0-9.-]+\.nl$/);
        expect(h.note, `${m.id}: ${h.name}`).toBeDefined();
      }
  });

  it('has every text in Dutch and English, non-empty, the Dutch different from the English', () => {
    const texts = allTexts(catalog);
    expect(texts.length).toBeGreaterThan(catalog.questions.length * 3);
    // A glossary term such as "VPN" is the same word in both languages; everything else differs.
    const bad = texts.filter(
      (x) => x.nl.trim() === '' || x.en.trim() === '' || (x.nl.trim() === x.en.trim() && !/^glossary\.\d+\.term$/.test(x.path)),
    );
    expect(bad.map((x) => `${x.path}: ${x.nl}`)).toEqual([]);
  });

  it('gives every question a help text with an example in both languages', () => {
    const without = catalog.questions.filter((q) => !q.help.nl.includes(EXAMPLE_MARKER.nl) || !q.help.en.includes(EXAMPLE_MARKER.en));
    expect(without.map((q) => q.id)).toEqual([]);
  });

  it('mixes yes/no questions with maturity scales', () => {
    const sizes = new Set(catalog.questions.map((q) => q.options.length));
    expect(sizes.has(2)).toBe(true);
    expect([...sizes].some((n) => n >= 3)).toBe(true);
  });

  it('keeps option points in order, so each next option is at least as good as the one before', () => {
    for (const q of catalog.questions) {
      const points = q.options.map((o) => o.points);
      expect(points, q.id).toEqual([...points].sort((a, b) => a - b));
    }
  });

  it('offers "not applicable" only with a hint in the help text on when to choose it', () => {
    for (const q of catalog.questions.filter((q) => q.notApplicableAllowed)) {
      expect(q.help.nl, q.id).toContain('niet van toepassing');
      expect(q.help.en, q.id).toContain('not applicable');
    }
  });
});

describe('lsh-basisscan', () => {
  const c = lshCatalog;

  it('has 40 to 70 questions in 8 to 12 domains, and 20 to 60 measures', () => {
    expect(c.questions.length).toBeGreaterThanOrEqual(40);
    expect(c.questions.length).toBeLessThanOrEqual(70);
    expect(c.domains.length).toBeGreaterThanOrEqual(8);
    expect(c.domains.length).toBeLessThanOrEqual(12);
    expect(c.measures.length).toBeGreaterThanOrEqual(20);
    expect(c.measures.length).toBeLessThanOrEqual(60);
  });

  it('has every domain hold at least three questions that apply to everyone', () => {
    for (const d of c.domains) {
      const general = c.questions.filter((q) => q.domain === d.id && !q.appliesTo);
      expect(general.length, d.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('covers every NIS2 Article 21(2) letter, (a) to (j), with at least one question', () => {
    const covered = new Set(c.questions.flatMap((q) => q.references.nis2 ?? []));
    expect([...covered].sort()).toEqual(NIS2_LETTERS);
  });

  it('cites the GDPR articles on storage limitation, health data, records, processors, security, breaches, DPIA and the DPO', () => {
    const cited = new Set(c.questions.flatMap((q) => q.references.gdpr ?? []));
    for (const a of ['5(1)(e)', '9', '28(3)', '30', '32', '33', '34', '35', '37']) expect(cited, a).toContain(a);
  });

  it('cites NIS2 Article 20 for the board and Article 23 for reporting, NEN 7510-1:2024, NEN 7512, NEN 7513 and the MDR', () => {
    const refs = c.questions.map((q) => q.references);
    const nis2 = new Set(refs.flatMap((r) => r.nis2Articles ?? []));
    for (const a of ['20(1)', '20(2)', '23']) expect(nis2, a).toContain(a);
    const standards = new Set(refs.flatMap((r) => r.standards ?? []));
    for (const s of ['NEN 7510-1:2024', 'NEN 7512:2022', 'NEN 7513:2018', 'NTA 7516:2019', 'IEC 81001-5-1:2021'])
      expect(standards, s).toContain(s);
    const mdr = new Set(refs.flatMap((r) => r.mdr ?? []));
    for (const a of ['MDR Art. 87', 'MDR Annex I 17.2', 'IVDR Annex I 16.2']) expect(mdr, a).toContain(a);
  });

  it('marks 6 to 10 questions critical, each a knock-out control the sector cannot do without', () => {
    const critical = c.questions.filter((q) => q.critical).map((q) => q.id);
    expect(critical.length).toBeGreaterThanOrEqual(6);
    expect(critical.length).toBeLessThanOrEqual(10);
    for (const id of [
      'gov.responsible',
      'access.mfa-email',
      'access.mfa-remote',
      'hygiene.updates',
      'backup.offline',
      'backup.restore-test',
      'incident.plan',
    ])
      expect(critical).toContain(id);
  });

  it('limits some questions by subsector or size, and allows "not applicable" only on a minority', () => {
    const limited = c.questions.filter((q) => q.appliesTo);
    expect(limited.length).toBeGreaterThanOrEqual(2);
    expect(limited.some((q) => q.appliesTo?.subsectors?.includes('electromedical-equipment'))).toBe(true);
    expect(limited.some((q) => q.appliesTo?.sizeClasses)).toBe(true);
    const na = c.questions.filter((q) => q.notApplicableAllowed);
    expect(na.length).toBeGreaterThan(0);
    expect(na.length).toBeLessThan(c.questions.length / 2);
    // A critical control never lets a whole organisation opt out, except remote access, which a cloud-only firm lacks.
    expect(na.filter((q) => q.critical).map((q) => q.id)).toEqual(['access.mfa-remote']);
  });

  // Each sector theme of the study is carried by named questions; renaming or dropping one breaks this on purpose.
  const THEMES: Record<string, string[]> = {
    'physical security': ['hygiene.physical'],
    'logging of who opened a patient record (NEN 7513)': ['access.record-logging'],
    'screening and the VOG': ['people.screening'],
    'mobile devices and WhatsApp in home care': ['hygiene.mobile'],
    'knowledge security and export control': ['people.knowledge-security'],
    'GxP data integrity and long retention': ['data.integrity', 'data.retention'],
    'secure e-mail (NTA 7516)': ['data.sharing'],
    'MDS2 forms when buying devices': ['lab.procurement'],
    'UZI card and other personal care logins': ['access.care-login'],
    'the DPO and the record of processing': ['data.dpo', 'data.register'],
    'patient and research data': ['data.location', 'data.health-data', 'data.sharing'],
    'intellectual property': ['data.ip'],
    'connected lab instruments and medical devices': ['lab.inventory', 'lab.isolation', 'lab.legacy', 'lab.product-security'],
    suppliers: ['suppliers.critical', 'suppliers.contracts', 'suppliers.processor-agreements', 'suppliers.assurance', 'lab.vendor-access'],
    'cloud and SaaS': ['suppliers.cloud', 'suppliers.exit'],
    'backups and ransomware recovery': ['backup.coverage', 'backup.offline', 'backup.restore-test', 'backup.continuity'],
    'MFA and access rights': ['access.mfa-email', 'access.mfa-remote', 'access.admin', 'access.leavers', 'access.review'],
    'awareness and training from board to lab floor': ['people.awareness', 'people.board-training', 'people.reporting'],
    'incident response and reporting duties': ['incident.plan', 'incident.reporting', 'incident.contacts', 'incident.exercise'],
    governance: ['gov.responsible', 'gov.board', 'gov.plan', 'gov.effectiveness'],
  };

  it.each(Object.entries(THEMES))('covers the sector theme "%s"', (_theme, ids) => {
    const questionIds = new Set(c.questions.map((q) => q.id));
    for (const id of ids) expect(questionIds, id).toContain(id);
  });

  it('names the reporting deadlines of NIS2 Article 23 and GDPR Article 33 where it asks about reporting', () => {
    const q = c.questions.find((x) => x.id === 'incident.reporting')!;
    expect(q.help.nl).toMatch(/24 uur/);
    expect(q.help.nl).toMatch(/72 uur/);
    expect(q.help.en).toMatch(/24 hours/);
    expect(q.help.en).toMatch(/72 hours/);
  });

  it('includes the measures the study asked for', () => {
    const ids = new Set(c.measures.map((m) => m.id));
    for (const id of ['incident-protocol', 'awareness', 'supplier-terms', 'crown-jewels', 'security-plan']) expect(ids).toContain(id);
  });

  it('gives every measure one outcome: its summary is one sentence, and no measure is linked by questions of more than two domains', () => {
    for (const m of c.measures) {
      expect(m.summary!.nl.split(/(?<=[.!?])\s+/).length, m.id).toBe(1);
      const domains = new Set(c.questions.filter((q) => q.measures.includes(m.id)).map((q) => q.domain));
      expect(domains.size, m.id).toBeLessThanOrEqual(2);
    }
  });

  it('links each question to the one measure that fixes it', () => {
    expect(c.questions.filter((q) => q.measures.length !== 1).map((q) => q.id)).toEqual([]);
  });

  it('keeps prerequisite chains short: at most two measures deep', () => {
    const byId = new Map(c.measures.map((m) => [m.id, m]));
    const depth = (id: string): number => Math.max(0, ...byId.get(id)!.prerequisites.map((p) => 1 + depth(p)));
    for (const m of c.measures) expect(depth(m.id), m.id).toBeLessThanOrEqual(2);
  });

  it('states its cost assumptions once: excluding VAT, the supplier rate, hours per day and the headcount per size class', () => {
    const basis = c.costBasis!;
    expect(basis.vat).toBe('excluded');
    expect(basis.supplierHourlyRate).toBeGreaterThan(0);
    expect(basis.headcount.large).toBeGreaterThanOrEqual(1000);
    expect(basis.assumptions.nl).toMatch(/zonder btw/);
    expect(basis.assumptions.en).toMatch(/excluding VAT/);
    expect(basis.assumptions.nl).toContain(`€${basis.supplierHourlyRate}`);
  });

  it('prices the measures a micro firm cannot do alone with the outside help it needs, so none of those is free', () => {
    const byId = new Map(c.measures.map((m) => [m.id, m]));
    for (const id of [
      'product-security',
      'device-baseline',
      'patching',
      'remote-access',
      'cloud-settings',
      'lab-isolation',
      'backup',
      'mfa',
    ]) {
      const micro = byId.get(id)!.cost.micro;
      expect(micro.oneOff + micro.yearly, id).toBeGreaterThan(0);
    }
    // A penetration test before CE marking alone costs several thousand euros.
    expect(byId.get('product-security')!.cost.micro.oneOff).toBeGreaterThanOrEqual(10_000);
    // A 2,000-staff hospital: a security team, not a part-time officer.
    expect(byId.get('security-officer')!.cost.large.yearly).toBeGreaterThanOrEqual(250_000);
  });

  it('makes a restore test and an offline copy wait for a backup', () => {
    const byId = new Map(c.measures.map((m) => [m.id, m]));
    expect(byId.get('restore-test')?.prerequisites).toContain('backup');
    expect(byId.get('backup-offline')?.prerequisites).toContain('backup');
  });

  it('keeps the cheapest first steps cheap for a micro organisation', () => {
    const byId = new Map(c.measures.map((m) => [m.id, m]));
    for (const id of ['mfa', 'incident-protocol', 'crown-jewels', 'threat-warnings']) {
      const micro = byId.get(id)!.cost.micro;
      expect(micro.oneOff + micro.yearly, id).toBeLessThanOrEqual(2000);
      expect(micro.effortDays, id).toBeLessThanOrEqual(2);
    }
  });

  it('shows the device-maker questions to the subsectors where medical devices, medical software and in-house IVD tests are made', () => {
    const q = (id: string) => c.questions.find((x) => x.id === id)!;
    const product = q('lab.product-security').appliesTo!.subsectors!;
    for (const s of [
      'electromedical-equipment',
      'medical-instruments',
      'biotech-rd',
      'health-rd',
      'medical-lab',
      'hospital',
      'university-medical-centre',
    ] as const)
      expect(product, s).toContain(s);
    // Makers of measuring and optical instruments are mostly no medical-device makers, so the MDR question is not theirs...
    expect(product).not.toContain('measuring-equipment');
    expect(product).not.toContain('optical-instruments');
    // ...but their products with software fall under the Cyber Resilience Act, so vulnerability handling is.
    expect(q('lab.vulnerability-handling').appliesTo!.subsectors).toEqual(
      expect.arrayContaining(['measuring-equipment', 'optical-instruments', ...product]),
    );
    expect(q('lab.product-security').notApplicableAllowed).toBe(true);
  });
});

describe('sme-basisscan', () => {
  it('is a small catalog of its own, with knock-out controls of its own', () => {
    expect(smeCatalog.questions.length).toBeGreaterThanOrEqual(12);
    expect(smeCatalog.questions.length).toBeLessThanOrEqual(16);
    expect(smeCatalog.domains.length).toBeGreaterThanOrEqual(4);
    expect(smeCatalog.domains.length).toBeLessThanOrEqual(5);
    expect(smeCatalog.id).not.toBe(lshCatalog.id);
    const critical = smeCatalog.questions.filter((q) => q.critical).length;
    expect(critical).toBeGreaterThanOrEqual(3);
    expect(critical).toBeLessThanOrEqual(6);
  });
});

describe('catalogs', () => {
  it('lists both catalogs, the LSH catalog first', () => {
    expect(catalogs.map((c) => c.id)).toEqual(['lsh-basisscan', 'sme-basisscan']);
    expect(Object.isFrozen(catalogs)).toBe(true);
  });

  it('still ships the 1.0.0 versions, valid and unchanged, so existing assessments can be scored', () => {
    expect(previousCatalogs.map((c) => `${c.id} ${c.version}`)).toEqual(['lsh-basisscan 1.0.0', 'sme-basisscan 1.0.0']);
    for (const c of previousCatalogs) expect(parseCatalog(c)).toEqual(c);
    expect(Object.isFrozen(previousCatalogs)).toBe(true);
  });
});

describe('README.md', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

  it('states the current counts of both catalogs', () => {
    const l = lshCatalog;
    expect(readme).toContain(`${l.questions.length} questions in ${l.domains.length} domains, ${l.measures.length} measures`);
    const s = smeCatalog;
    expect(readme).toContain(`(${s.questions.length} questions, ${s.domains.length} domains, ${s.measures.length} measures)`);
  });

  it('lists exactly the critical questions of lsh-basisscan', () => {
    const line = readme.split('\n\n').find((p) => p.startsWith('**Critical (knock-out) questions**'))!;
    const listed = [...line.matchAll(/`([a-z0-9.-]+)`/g)].map((m) => m[1]);
    expect(listed).toEqual(lshCatalog.questions.filter((q) => q.critical).map((q) => q.id));
  });

  it('has a row for every domain of lsh-basisscan', () => {
    for (const d of lshCatalog.domains) expect(readme).toMatch(new RegExp(`^\\| \`${d.id}\` +\\|`, 'm'));
  });
});
