import { describe, expect, it } from 'vitest';
import { recordDeviation } from '../src/deviations.js';
import { clauseLibrary as library } from '../src/library.js';
import { renderClausePack } from '../src/render.js';
import { checkConsistency } from '../src/rules.js';
import { selectClauses } from '../src/select.js';
import type { ClausePack } from '../src/types.js';
import { PRACTITIONER_SCENARIOS } from './fixtures/practitioner.js';

const packOf = (name: string): ClausePack => {
  const s = PRACTITIONER_SCENARIOS.find((x) => x.name === name)!;
  return selectClauses({ ...s.input, library });
};
const ids = (p: ClausePack) => p.clauses.map((c) => c.id);
const params = (p: ClausePack, id: string) => p.clauses.find((c) => c.id === id)?.params;
const cites = (p: ClausePack) =>
  new Set(p.clauses.flatMap((pc) => library.clauses.find((c) => c.id === pc.id)!.basis.map((b) => `${b.source} ${b.ref}`)));
const PROCESSOR = [
  'processor-instructions',
  'processor-confidentiality',
  'processor-security',
  'processor-subprocessors',
  'processor-data-subject-rights',
  'processor-assistance',
  'processor-deletion-return',
  'processor-compliance-audits',
  'processing-annex',
];
const DEVICE = ['secure-development-medical-device', 'device-vigilance', 'sbom-medical-device', 'end-of-support-medical-device'];
const IT_HEAVY = ['security-baseline', 'vulnerability-patching', 'cra-incident-reporting', 'sbom', 'encryption'];

describe('practitioner scenarios (what a Dutch procurement lawyer expects)', () => {
  it('are at least twelve, each consistent and renderable in both languages', () => {
    expect(PRACTITIONER_SCENARIOS.length).toBeGreaterThanOrEqual(12);
    for (const s of PRACTITIONER_SCENARIOS) {
      const p = selectClauses({ ...s.input, library });
      const values = Object.fromEntries(p.clauses.map((c) => [c.id, c.params]));
      expect(checkConsistency(values, { buyerDeadlineHours: p.buyer.deadlineHours, duties: p.buyer.duties }), s.name).toEqual([]);
      for (const locale of ['nl', 'en'] as const) expect(renderClausePack(p, { locale, format: 'markdown', library })).not.toMatch(/\{\{/);
    }
  });

  it('GP practice with a cloud EHR: processor terms and annex, NEN 7513 logging for 5 years, controller inferred, no joint exercise', () => {
    const p = packOf('GP practice with a cloud EHR');
    expect(ids(p)).toEqual(expect.arrayContaining([...PROCESSOR, 'care-access-logging', 'data-location', 'exit']));
    expect(params(p, 'care-access-logging')).toEqual({ accessLogYears: 5 });
    expect(p.buyer.duties).toEqual(['gdpr-controller', 'care-provider']);
    expect(params(p, 'incident-notification')!.noticeHours).toBeLessThan(72);
    expect(ids(p)).not.toContain('continuity-exercise');
    expect([...cites(p)]).toEqual(
      expect.arrayContaining(['nen7513 NEN 7513:2018', 'begz art. 5(1)', 'logging-retention Besluit vaststelling bewaartermijn logging']),
    );
  });

  it('CRO entered as kind "other": processor terms, location and exit by data; research confidentiality; no CRA or device clauses', () => {
    const p = packOf('CRO for a biotech start-up (kind other)');
    expect(ids(p)).toEqual(
      expect.arrayContaining([
        ...PROCESSOR,
        'data-location',
        'exit',
        'confidentiality-research-ip',
        'research-data-use',
        'vulnerability-patching',
      ]),
    );
    for (const id of ['cra-incident-reporting', 'sbom', ...DEVICE]) expect(ids(p)).not.toContain(id);
    expect(params(p, 'research-data-use')).toEqual({ secondaryUse: 'none' });
  });

  it("pharmacy's logistics: a short pack without data; processor terms once patient data goes along", () => {
    const without = packOf("pharmacy's logistics without patient data");
    expect(without.clauses.length).toBeLessThanOrEqual(10);
    expect(ids(without)).toEqual(expect.arrayContaining(['on-site-conduct', 'incident-notification', 'business-continuity']));
    for (const id of [...PROCESSOR, ...IT_HEAVY]) expect(ids(without)).not.toContain(id);
    const withData = packOf("pharmacy's home delivery with patient data");
    expect(ids(withData)).toEqual(expect.arrayContaining([...PROCESSOR, 'data-location', 'exit']));
    expect(withData.buyer.duties).toContain('gdpr-controller');
    // A courier's delivery list is no care information system.
    expect(ids(withData)).not.toContain('care-access-logging');
  });

  it('infusion pump: IEC 81001-5-1, MDS2/SBOM, vigilance, support period, exploited flaws in hours, MDR 18.8 for remote access, no CRA', () => {
    const p = packOf('infusion pump maker');
    expect(ids(p)).toEqual(expect.arrayContaining([...DEVICE, 'vulnerability-patching', 'remote-access']));
    expect(ids(p)).not.toContain('cra-incident-reporting');
    expect(ids(p)).not.toContain('secure-development');
    expect(params(p, 'vulnerability-patching')!.exploitedHours).toBe(24);
    const c = cites(p);
    for (const ref of [
      'iec81001-5-1 IEC 81001-5-1:2021',
      'mdr Art. 87',
      'mdr Art. 83',
      'mdr Annex I 18.8',
      'mdr Annex I 23.4(ab)',
      'mdcg-2019-16 MDCG 2019-16 Rev.1',
    ])
      expect(c.has(ref), ref).toBe(true);
    const remote = library.clauses.find((x) => x.id === 'remote-access')!;
    expect(remote.basis.map((b) => b.ref)).not.toContain('Annex I 17.4');
  });

  it('LIMS for a NIS2 laboratory: monitoring, keys, tests, NEN 7513, and notices timed to NIS2', () => {
    const p = packOf('LIMS for a medical laboratory');
    expect(ids(p)).toEqual(
      expect.arrayContaining(['security-monitoring', 'key-management', 'penetration-testing', 'care-access-logging', ...PROCESSOR]),
    );
    const n = params(p, 'incident-notification')!;
    expect(n.noticeHours).toBeLessThan(24);
    expect(n.assessmentHours).toBeLessThan(72);
    expect(n.finalReportDays).toBeLessThan(23);
  });

  it('home-care app with a US sub-processor: location points to the transfer clause, one notice period, the approval in the register', () => {
    const p = packOf('home-care app with a US sub-processor');
    expect(ids(p)).toEqual(
      expect.arrayContaining(['data-location', 'third-country-transfer', 'processor-subprocessors', 'subcontractors']),
    );
    expect(params(p, 'data-location')!.outsideAccess).toBe('per-transfer-clause');
    expect(params(p, 'subcontractors')!.noticeDays).toBe(params(p, 'processor-subprocessors')!.noticeDays);
    const c = cites(p);
    for (const ref of ['gdpr Chapter V', 'gdpr 46(2)(c)', 'scc-2021-914 Module 3', 'scc-2021-914 Clause 14'])
      expect(c.has(ref), ref).toBe(true);
    const agreed = recordDeviation(
      p,
      {
        clause: 'third-country-transfer',
        agreed: 'Sub-processor HostCo Inc. (United States) approved for hosting, under SCC module 3 with a transfer impact assessment.',
        reason: 'No EEA-only hosting at this price; data encrypted with keys held in the EEA.',
        agreedOn: '2026-11-20',
        approvedBy: 'M. de Vries, privacy officer',
      },
      { library },
    );
    const md = renderClausePack(agreed, { locale: 'en', format: 'markdown', library });
    expect(md).toContain('Register of agreed deviations');
    expect(md).toContain('HostCo Inc. (United States) approved');
  });

  it('managed IT provider: remote access via the gateway with session control, access reviews, monitoring, logging', () => {
    const p = packOf('managed IT provider for a hospital');
    expect(ids(p)).toEqual(
      expect.arrayContaining([
        'remote-access',
        'remote-access-session-control',
        'privileged-access-review',
        'security-monitoring',
        'log-retention',
        'care-access-logging',
      ]),
    );
    expect(params(p, 'remote-access')!.remoteAccessMethod).toBe('buyer-gateway');
    expect(params(p, 'audit-rights')!.auditsPerYear).toBe(params(p, 'processor-compliance-audits')!.auditsPerYear);
  });

  it('payroll: processor terms with the controller role inferred, no care or device clauses', () => {
    const p = packOf('payroll provider');
    expect(ids(p)).toEqual(expect.arrayContaining([...PROCESSOR, 'exit']));
    expect(p.buyer.duties).toEqual(['gdpr-controller']);
    expect(params(p, 'incident-notification')!.noticeHours).toBeLessThan(72);
    for (const id of ['care-access-logging', ...DEVICE, 'sbom']) expect(ids(p)).not.toContain(id);
    // The flag overrides the inference.
    const s = PRACTITIONER_SCENARIOS.find((x) => x.name === 'payroll provider')!;
    const flagged = selectClauses({ ...s.input, buyer: { ...s.input.buyer, gdprController: false }, library });
    expect(flagged.buyer.duties).toEqual([]);
  });

  it('eQMS for a 10-person medtech: IP confidentiality, no secondary use, and a one-page checklist of the must-haves', () => {
    const p = packOf('eQMS for a 10-person medtech');
    expect(ids(p)).toEqual(expect.arrayContaining(['confidentiality-research-ip', 'research-data-use', 'exit', ...PROCESSOR]));
    const checklist = renderClausePack(p, { locale: 'nl', format: 'markdown', library, mode: 'checklist' });
    const items = checklist.split('\n').filter((l) => l.startsWith('- [ ]'));
    expect(items.length).toBeGreaterThan(10);
    expect(items.length).toBeLessThanOrEqual(40);
    expect(checklist).toContain('Ook de moeite van vragen waard (onderhandelbaar)');
  });

  it('on-premise PACS with remote support: gateway, approval and recording, IEC 81001-5-1, NEN 7513, processor terms', () => {
    const p = packOf('on-premise PACS with remote support');
    expect(ids(p)).toEqual(
      expect.arrayContaining([
        'remote-access',
        'remote-access-session-control',
        'secure-development-medical-device',
        'care-access-logging',
        ...PROCESSOR,
      ]),
    );
    expect(params(p, 'remote-access-session-control')!.sessionApproval).toBe('approve');
  });

  it('cleaning contractor: a short pack about conduct on site; no standard, patching, CRA or processor terms', () => {
    const p = packOf('cleaning contractor');
    expect(p.clauses.length).toBeLessThanOrEqual(8);
    expect(ids(p)).toEqual(
      expect.arrayContaining(['on-site-conduct', 'incident-notification', 'definitions', 'precedence', 'termination']),
    );
    for (const id of [...IT_HEAVY, ...PROCESSOR, 'continuity-exercise', 'business-continuity']) expect(ids(p)).not.toContain(id);
  });

  it('external laboratory: monitoring, key management and penetration tests apply to a lab service', () => {
    const p = packOf('external laboratory');
    expect(ids(p)).toEqual(
      expect.arrayContaining(['security-monitoring', 'key-management', 'penetration-testing', 'backup-restore', ...PROCESSOR]),
    );
    expect(ids(p)).not.toContain('continuity-exercise');
  });
});
