import type { OrganisationProfile } from '@lsh-cyber/schema';
import { parseOrganisationProfile } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { applicability, enterpriseSize } from '../src/index.js';
import { profile, sampleProfiles } from './helpers.js';

const care = (fields: Partial<OrganisationProfile>) => profile({ subsector: 'hospital', healthcareProvider: true, ...fields });
const device = (fields: Partial<OrganisationProfile>) =>
  profile({ subsector: 'electromedical-equipment', healthcareProvider: false, deviceMaker: 'mdr', ...fields });

describe('the EU size test with NIS2 (Recommendation 2003/361/EC; NIS2 Art. 2(1), 3)', () => {
  const cases: Array<[string, OrganisationProfile, string, string]> = [
    ['49 staff, small money: small', care({ headcount: 49, turnoverEur: 5e6, balanceSheetEur: 5e6 }), 'small', 'out'],
    ['50 staff: medium', care({ headcount: 50, sizeClass: 'medium', turnoverEur: 5e6, balanceSheetEur: 5e6 }), 'medium', 'important'],
    ['249 staff: medium', care({ headcount: 249, turnoverEur: 5e6, balanceSheetEur: 5e6 }), 'medium', 'important'],
    ['250 staff: large', care({ headcount: 250, turnoverEur: 5e6, balanceSheetEur: 5e6 }), 'large', 'essential'],
    ['turnover above €10 M, balance sheet below: small', care({ headcount: 20, turnoverEur: 12e6, balanceSheetEur: 9e6 }), 'small', 'out'],
    [
      'turnover and balance sheet above €10 M: medium',
      care({ headcount: 20, turnoverEur: 12e6, balanceSheetEur: 11e6 }),
      'medium',
      'important',
    ],
    ['exactly €10 M each is not above: small', care({ headcount: 20, turnoverEur: 10e6, balanceSheetEur: 10e6 }), 'small', 'out'],
    [
      'turnover above €50 M, balance sheet €43 M: medium',
      care({ headcount: 100, turnoverEur: 60e6, balanceSheetEur: 43e6 }),
      'medium',
      'important',
    ],
    [
      'turnover above €50 M and balance sheet above €43 M: large',
      care({ headcount: 100, turnoverEur: 51e6, balanceSheetEur: 44e6 }),
      'large',
      'essential',
    ],
    [
      'partner at 30 % adds 30 % of its staff: 40 + 0.3 × 40 = 52, medium',
      care({
        headcount: 40,
        turnoverEur: 2e6,
        balanceSheetEur: 2e6,
        groupEnterprises: [{ relation: 'partner', share: 0.3, headcount: 40, turnoverEur: 1e6, balanceSheetEur: 1e6 }],
      }),
      'medium',
      'important',
    ],
    [
      'partner at 20 % is autonomous and not counted: small',
      care({
        headcount: 40,
        turnoverEur: 2e6,
        balanceSheetEur: 2e6,
        groupEnterprises: [{ relation: 'partner', share: 0.2, headcount: 400, turnoverEur: 1e9, balanceSheetEur: 1e9 }],
      }),
      'small',
      'out',
    ],
    [
      'linked enterprise counts in full whatever the share: 10 + 300 = large',
      care({
        headcount: 10,
        turnoverEur: 1e6,
        balanceSheetEur: 1e6,
        groupEnterprises: [{ relation: 'linked', share: 0.51, headcount: 300, turnoverEur: 1e6, balanceSheetEur: 1e6 }],
      }),
      'large',
      'essential',
    ],
    [
      'linked enterprise lifts turnover and balance sheet above €10 M: medium',
      care({
        headcount: 10,
        turnoverEur: 6e6,
        balanceSheetEur: 6e6,
        groupEnterprises: [{ relation: 'linked', share: 1, headcount: 5, turnoverEur: 5e6, balanceSheetEur: 5e6 }],
      }),
      'medium',
      'important',
    ],
    [
      'Annex II device maker, 50 staff: important',
      device({ headcount: 50, turnoverEur: 1e6, balanceSheetEur: 1e6 }),
      'medium',
      'important',
    ],
    [
      'Annex II device maker, 400 staff: still important',
      device({ headcount: 400, turnoverEur: 1e6, balanceSheetEur: 1e6 }),
      'large',
      'important',
    ],
    ['Annex II device maker, 49 staff: out', device({ headcount: 49, turnoverEur: 1e6, balanceSheetEur: 1e6 }), 'small', 'out'],
  ];
  it.each(cases)('%s', (_name, p, size, status) => {
    expect(enterpriseSize(p).size).toBe(size);
    const nis2 = applicability(p).nis2;
    expect(nis2.status).toBe(status);
    expect(nis2.missing).toEqual([]);
    expect(nis2.reasons.every((r) => r.nl.length > 0 && r.en.length > 0)).toBe(true);
  });
});

describe('uncertain answers name what would decide them', () => {
  it('a small care provider without turnover or balance sheet: its size class already says fewer than 50 staff', () => {
    const nis2 = applicability(care({ sizeClass: 'small' })).nis2;
    expect(nis2.status).toBe('uncertain');
    expect(nis2.missing).toEqual(['turnoverEur', 'balanceSheetEur']);
  });
  it('a medium-sized care provider (by size class) that may be large', () => {
    const nis2 = applicability(care({ sizeClass: 'medium', turnoverEur: 60e6 })).nis2;
    expect(nis2.status).toBe('uncertain');
    // The size class (50-249) rules out 250 staff; only the balance sheet can still make it large.
    expect(nis2.missing).toEqual(['balanceSheetEur']);
  });
  it('a medium-sized Annex II maker is important whether or not it is large', () => {
    expect(applicability(device({ sizeClass: 'medium' })).nis2).toMatchObject({ status: 'important', missing: [] });
  });
  it('a maker of electromedical equipment that does not say whether it makes medical devices', () => {
    const nis2 = applicability(profile({ subsector: 'electromedical-equipment', healthcareProvider: false, headcount: 80 })).nis2;
    expect(nis2).toMatchObject({ status: 'uncertain', missing: ['deviceMaker'] });
  });
  it('a partner enterprise without a headcount leaves the staff count open', () => {
    const nis2 = applicability(
      care({
        headcount: 45,
        turnoverEur: 1e6,
        balanceSheetEur: 1e6,
        groupEnterprises: [{ relation: 'partner', share: 0.5, turnoverEur: 1e6, balanceSheetEur: 1e6 }],
      }),
    ).nis2;
    expect(nis2).toMatchObject({ status: 'uncertain' });
    expect(nis2.missing).toContain('groupEnterprises.headcount');
  });
});

describe('sectors', () => {
  it('a wholesaler or a school is not in NIS2 Annex I or II', () => {
    for (const subsector of ['pharma-wholesale', 'higher-education'] as const)
      expect(
        applicability(profile({ subsector, healthcareProvider: false, headcount: 500, turnoverEur: 1e8, balanceSheetEur: 1e8 })).nis2
          .status,
      ).toBe('out');
  });
  it('a large pharmaceutical manufacturer (NACE C21) is essential', () => {
    const a = applicability(profile({ subsector: 'pharma-products', healthcareProvider: false, headcount: 300 }));
    expect(a.nis2.status).toBe('essential');
    expect(a.nis2.reasons.some((r) => r.en.includes('Annex I point 5, fourth indent'))).toBe(true);
  });
  it('a stated designation lifts an "out" by size, with the reason', () => {
    const nis2 = applicability(care({ headcount: 12, turnoverEur: 1e6, balanceSheetEur: 1e6, nis2: 'essential' })).nis2;
    expect(nis2.status).toBe('essential');
    expect(nis2.reasons.some((r) => r.en.includes('Art. 2(2)-(3)'))).toBe(true);
  });
  it('a stated status that the figures contradict is flagged, and the figures win', () => {
    const nis2 = applicability(care({ headcount: 300, nis2: 'none' })).nis2;
    expect(nis2.status).toBe('essential');
    expect(nis2.reasons.some((r) => r.en.includes('Have this checked'))).toBe(true);
  });
});

describe('GDPR, MDR and CRA roles', () => {
  it.each([
    [{ gdprController: true, data: ['personal'] }, 'controller'],
    [{ gdprController: false, data: ['patient'] }, 'processor'],
    [{ gdprController: true, subsector: 'medical-lab', data: ['patient', 'research'] }, 'both'],
    [{ gdprController: false, data: ['research'] }, 'none'],
  ] as const)('%o is %s', (fields, role) => {
    expect(applicability(profile(fields as unknown as Partial<OrganisationProfile>)).gdpr.role).toBe(role);
  });
  it('MDR and IVDR makers are manufacturers; a device maker with digital products hears the CRA excludes its devices', () => {
    expect(applicability(device({ deviceMaker: 'ivdr' })).mdr).toMatchObject({ manufacturer: true, regulation: 'ivdr' });
    const cra = applicability(device({ digitalProducts: true })).cra;
    expect(cra.manufacturer).toBe(true);
    expect(cra.reasons.some((r) => r.en.includes('Art. 2(2)'))).toBe(true);
    expect(applicability(device({})).cra.manufacturer).toBe(false);
  });
});

describe('the six sample organisations', () => {
  const expected: Record<string, string> = {
    'biotech-startup.json': 'out',
    'contract-lab.json': 'out',
    'home-care.json': 'important',
    'hospital-it.json': 'essential',
    'medtech-maker.json': 'important',
    'pharmacy.json': 'out',
  };
  it.each(sampleProfiles())('$file validates and gets its NIS2 status', ({ file, profile: p }) => {
    expect(() => parseOrganisationProfile(p)).not.toThrow();
    expect(applicability(p).nis2.status).toBe(expected[file]);
  });
});

describe('schema', () => {
  it('refuses a share above 1 and an unknown device kind, with paths', () => {
    const bad = { ...profile(), groupEnterprises: [{ relation: 'partner', share: 30 }], deviceMaker: 'pacemaker' };
    expect(() => parseOrganisationProfile(bad)).toThrow(
      /groupEnterprises\.0\.share[\s\S]*deviceMaker|deviceMaker[\s\S]*groupEnterprises\.0\.share/,
    );
  });
});
