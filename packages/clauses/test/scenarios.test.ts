import { describe, expect, it } from 'vitest';
import { clauseLibrary as library } from '../src/library.js';
import { renderClausePack } from '../src/render.js';
import { selectClauses } from '../src/select.js';
import type { BuyerInput, ClausePack } from '../src/types.js';
import { docxParagraphs } from './fixtures/docx.js';
import { reportWith } from './fixtures/library.js';

// Fictional organisations. Domain and question ids are those of the LSH catalog (@lsh-cyber/catalog-lsh).
const hospital: BuyerInput = {
  id: 'ziekenhuis-west',
  name: 'Ziekenhuis Westland-Delft',
  subsector: 'hospital',
  sizeClass: 'large',
  nis2: 'essential',
  gdprController: true,
};
const wholesaler: BuyerInput = { id: 'groothandel-zuid', name: 'Farmagroothandel Zuid', nis2: 'important', gdprController: true };

const ids = (pack: ClausePack) => pack.clauses.map((c) => c.id);
const topics = (pack: ClausePack) => new Set(pack.clauses.map((c) => c.topic));
const get = (pack: ClausePack, id: string) => pack.clauses.find((c) => c.id === id);

describe('a SaaS EHR vendor that processes patient data, is vital and scored weak on incident response', () => {
  const pack = selectClauses({
    supplier: { id: 'dossierwolk', name: 'DossierWolk BV' },
    report: reportWith({ incident: 22, backup: 70, access: 65 }, [{ questionId: 'incident.plan', domain: 'incident' }]),
    dependency: { kind: ['saas', 'data-processor'], criticality: 0.95, data: ['patient', 'personal'] },
    buyer: hospital,
    library,
  });

  it('gets the strict tier and processor terms covering GDPR Art. 28(3)(a) to (h)', () => {
    expect(pack.tier).toBe('strict');
    const processor = pack.clauses.filter((c) => c.topic === 'processor-terms');
    expect(processor.length).toBeGreaterThanOrEqual(1);
    const cited = new Set(processor.flatMap((pc) => library.clauses.find((c) => c.id === pc.id)!.basis.map((b) => b.ref)));
    for (const letter of 'abcdefgh') expect(cited).toContain(`28(3)(${letter})`);
    expect(processor.find((c) => c.id === 'processor-instructions')!.reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'data', data: expect.arrayContaining(['patient']) })]),
    );
  });

  it('gets a short incident-notification deadline, well before the hospital must warn its CSIRT', () => {
    const notice = get(pack, 'incident-notification')!.params.noticeHours as number;
    expect(notice).toBeLessThanOrEqual(4);
    expect(notice).toBeLessThan(24);
  });

  it('gets audit rights', () => {
    expect(ids(pack)).toContain('audit-rights');
    expect(get(pack, 'audit-rights')!.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['criticality', 'data', 'buyer-duty']));
  });

  it('has its weak incident response named among the reasons', () => {
    const reasons = pack.clauses.flatMap((c) => c.reasons);
    expect(reasons).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'weak-domain', domain: 'incident', score: 22 })]));
  });

  it('renders in Word with the notification clause and its deadline filled in', async () => {
    const text = docxParagraphs(await renderClausePack(pack, { locale: 'nl', format: 'docx', library })).join('\n');
    expect(text).toContain('binnen 4 uur nadat');
    expect(text).toContain('DossierWolk BV');
  });
});

describe('a cold-chain logistics firm that receives no data', () => {
  const pack = selectClauses({
    supplier: { id: 'koelvracht', name: 'KoelVracht Transport' },
    dependency: { kind: 'logistics', criticality: 0.4 },
    buyer: wholesaler,
    library,
  });

  it('gets a short pack: the contract layer, conduct on site, incident notice, continuity and termination, no data or software clauses', () => {
    expect(pack.tier).toBe('baseline');
    expect(pack.clauses.length).toBeLessThanOrEqual(8);
    expect(ids(pack)).toEqual(
      expect.arrayContaining([
        'definitions',
        'precedence',
        'on-site-conduct',
        'incident-notification',
        'business-continuity',
        'termination',
      ]),
    );
    for (const t of ['processor-terms', 'sbom', 'data-location', 'encryption', 'vulnerability-patching', 'processing-annex'])
      expect(topics(pack)).not.toContain(t);
    expect(ids(pack)).not.toContain('security-baseline');
  });

  it('still gives a NIS2 buyer an incident notice well before 24 hours', () => {
    expect(get(pack, 'incident-notification')!.params.noticeHours).toBe(12);
    expect(get(pack, 'incident-notification')!.reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'adjusted', rule: 'notice-before-buyer-deadline', to: 12 })]),
    );
  });

  it('is much shorter than the pack of a vital EHR vendor', () => {
    const ehr = selectClauses({
      supplier: { id: 'e', name: 'E' },
      dependency: { kind: 'saas', criticality: 0.95, data: ['patient'] },
      buyer: wholesaler,
      library,
    });
    expect(pack.clauses.length * 4).toBeLessThan(ehr.clauses.length);
  });
});

describe('a medical-device maker', () => {
  const pack = selectClauses({
    supplier: { id: 'infuustech', name: 'InfuusTech Medical' },
    dependency: { kind: 'medical-device', criticality: 0.8 },
    buyer: hospital,
    library,
  });

  it('gets SBOM, patching and end-of-support clauses, and remote access', () => {
    for (const t of ['sbom', 'vulnerability-patching', 'end-of-support', 'remote-access']) expect(topics(pack)).toContain(t);
    expect(ids(pack)).toEqual(expect.arrayContaining(['sbom-medical-device', 'vulnerability-patching', 'end-of-support-medical-device']));
    expect(get(pack, 'vulnerability-patching')!.params).toMatchObject({ criticalPatchDays: 14, highPatchDays: 30, mediumPatchDays: 60 });
  });

  it('that also processes patient data and maintains devices remotely gets each obligation once, at its strictest, with the merge explained', () => {
    const multi = selectClauses({
      supplier: { id: 'infuustech', name: 'InfuusTech Medical' },
      dependency: [
        { kind: ['medical-device', 'software'], criticality: 0.8 },
        { kind: 'data-processor', criticality: 0.6, data: ['patient'] },
        { kind: 'managed-it', criticality: 0.95 },
      ],
      buyer: hospital,
      library,
    });
    expect(new Set(ids(multi)).size).toBe(multi.clauses.length);
    expect(multi.tier).toBe('strict');
    const patch = get(multi, 'vulnerability-patching')!;
    expect(patch.params).toMatchObject({ criticalPatchDays: 7, highPatchDays: 14, mediumPatchDays: 30 });
    expect(patch.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'merged', roles: expect.arrayContaining(['medical-device', 'managed-it']) }),
      ]),
    );
    expect(ids(multi)).toEqual(expect.arrayContaining(['sbom-medical-device', 'processor-instructions', 'remote-access']));
    // The software and the device SBOM clause share their parameters: the contract names one delivery period.
    expect(get(multi, 'sbom')!.params.sbomDeliveryDays).toBe(get(multi, 'sbom-medical-device')!.params.sbomDeliveryDays);
    const md = renderClausePack(multi, { locale: 'en', format: 'markdown', library });
    expect(md).toContain('Merged: the Supplier plays');
  });
});
