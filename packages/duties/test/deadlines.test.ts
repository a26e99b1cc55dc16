import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Deadline, DutiesError, deadlines, formatAmsterdam, fromAmsterdamLocal, type Incident } from '../src/index.js';
import { profile } from './helpers.js';

// A large hospital (NIS2 essential, GDPR controller) and a medium device maker that also sells
// other digital products (NIS2 important, MDR and CRA manufacturer, GDPR controller).
const hospital = profile({ headcount: 900, healthcareProvider: true });
const maker = profile({
  subsector: 'electromedical-equipment',
  healthcareProvider: false,
  deviceMaker: 'mdr',
  digitalProducts: true,
  headcount: 60,
  turnoverEur: 1e6,
  balanceSheetEur: 1e6,
});
const processor = profile({ subsector: 'other', gdprController: false, data: ['patient'], healthcareProvider: false });

const byDuty = (list: Deadline[]) => Object.fromEntries(list.map((d) => [d.duty, d]));

describe('every clock, from the moment the law starts it', () => {
  // Thursday 1 October 2026, 10:00 in Amsterdam (summer time, UTC+2).
  const awareAt = '2026-10-01T10:00:00+02:00';
  const cases: Array<[string, typeof hospital, Partial<Incident>, string, string, string]> = [
    [
      'NIS2 early warning: 24 h after aware',
      hospital,
      { significant: true },
      'nis2.early-warning',
      '2026-10-01T08:00:00.000Z',
      '2026-10-02T08:00:00.000Z',
    ],
    [
      'NIS2 notification: 72 h after aware',
      hospital,
      { significant: true },
      'nis2.notification',
      '2026-10-01T08:00:00.000Z',
      '2026-10-04T08:00:00.000Z',
    ],
    [
      'NIS2 final report: one month after the notification sent',
      hospital,
      { significant: true, notifiedAt: '2026-10-03T16:30:00+02:00' },
      'nis2.final-report',
      '2026-10-03T14:30:00.000Z',
      '2026-11-03T15:30:00.000Z',
    ],
    [
      'GDPR Art. 33(1): 72 h after aware',
      hospital,
      { personalData: true },
      'gdpr.authority',
      '2026-10-01T08:00:00.000Z',
      '2026-10-04T08:00:00.000Z',
    ],
    [
      'GDPR Art. 34: without undue delay',
      hospital,
      { personalData: true },
      'gdpr.data-subjects',
      '2026-10-01T08:00:00.000Z',
      '2026-10-01T08:00:00.000Z',
    ],
    [
      'GDPR Art. 33(2) processor: without undue delay',
      processor,
      { personalData: true },
      'gdpr.controller',
      '2026-10-01T08:00:00.000Z',
      '2026-10-01T08:00:00.000Z',
    ],
    [
      'MDR Art. 87(4): 2 days',
      maker,
      { deviceIncident: 'public-health-threat' },
      'mdr.public-health-threat',
      '2026-10-01T08:00:00.000Z',
      '2026-10-03T08:00:00.000Z',
    ],
    [
      'MDR Art. 87(5): 10 days',
      maker,
      { deviceIncident: 'death-or-deterioration' },
      'mdr.death-or-deterioration',
      '2026-10-01T08:00:00.000Z',
      '2026-10-11T08:00:00.000Z',
    ],
    [
      'MDR Art. 87(3): 15 days, across the end of summer time: still 10:00 local',
      maker,
      { deviceIncident: 'other' },
      'mdr.serious-incident',
      '2026-10-01T08:00:00.000Z',
      '2026-10-16T08:00:00.000Z',
    ],
    [
      'CRA Art. 14(2)(a): 24 h',
      maker,
      { exploitedVulnerability: true },
      'cra.vulnerability.early-warning',
      '2026-10-01T08:00:00.000Z',
      '2026-10-02T08:00:00.000Z',
    ],
    [
      'CRA Art. 14(2)(b): 72 h',
      maker,
      { exploitedVulnerability: true },
      'cra.vulnerability.notification',
      '2026-10-01T08:00:00.000Z',
      '2026-10-04T08:00:00.000Z',
    ],
    [
      'CRA Art. 14(2)(c): 14 days after the fix, across the end of summer time',
      maker,
      { exploitedVulnerability: true, fixAvailableAt: '2026-10-20T12:00:00+02:00' },
      'cra.vulnerability.final-report',
      '2026-10-20T10:00:00.000Z',
      '2026-11-03T11:00:00.000Z',
    ],
    [
      'CRA Art. 14(4)(a): 24 h',
      maker,
      { severeIncident: true },
      'cra.incident.early-warning',
      '2026-10-01T08:00:00.000Z',
      '2026-10-02T08:00:00.000Z',
    ],
    [
      'CRA Art. 14(4)(b): 72 h',
      maker,
      { severeIncident: true },
      'cra.incident.notification',
      '2026-10-01T08:00:00.000Z',
      '2026-10-04T08:00:00.000Z',
    ],
    [
      'CRA Art. 14(4)(c): one month after the notification',
      maker,
      { severeIncident: true, notifiedAt: '2026-10-02T09:00:00+02:00' },
      'cra.incident.final-report',
      '2026-10-02T07:00:00.000Z',
      '2026-11-02T08:00:00.000Z',
    ],
  ];
  it.each(cases)('%s', (_name, p, extra, duty, startsAt, due) => {
    const found = byDuty(deadlines(p, { awareAt, ...extra }))[duty];
    expect(found).toMatchObject({ startsAt, due });
  });
});

describe('daylight saving time', () => {
  it('24 hours across the spring change end an hour later on the Amsterdam clock', () => {
    // Saturday 28 March 2026 10:00 CET; clocks go forward on Sunday 29 March at 02:00.
    const [early] = deadlines(hospital, { awareAt: '2026-03-28T10:00:00+01:00', significant: true });
    expect(early).toMatchObject({ duty: 'nis2.early-warning', due: '2026-03-29T09:00:00.000Z' });
    expect(formatAmsterdam(early!.due, 'nl')).toMatch(/^zondag 29 maart 2026.*11:00 \(CEST\)$/);
    expect(formatAmsterdam(early!.due, 'en')).toMatch(/^Sunday,? 29 March 2026.*11:00 \(CEST\)$/);
  });
  it('72 hours across the autumn change end an hour earlier on the Amsterdam clock', () => {
    const d = byDuty(deadlines(hospital, { awareAt: '2026-10-24T12:00:00+02:00', significant: true }))['nis2.notification'];
    expect(d?.due).toBe('2026-10-27T10:00:00.000Z');
    expect(formatAmsterdam(d!.due, 'en')).toMatch(/^Tuesday,? 27 October 2026.*11:00 \(CET\)$/);
  });
  it('days keep the wall-clock time across the spring change (15 days from 10:00 CET is 10:00 CEST)', () => {
    const d = byDuty(deadlines(maker, { awareAt: '2026-03-20T10:00:00+01:00', deviceIncident: 'other' }))['mdr.serious-incident'];
    expect(d?.due).toBe('2026-04-04T08:00:00.000Z');
  });
  it('a month from 31 January ends on the last day of February', () => {
    const d = byDuty(
      deadlines(hospital, { awareAt: '2027-01-29T09:00:00+01:00', notifiedAt: '2027-01-31T09:00:00+01:00', significant: true }),
    )['nis2.final-report'];
    expect(d?.due).toBe('2027-02-28T08:00:00.000Z');
  });
  it('a period that ends in the hour skipped in spring moves on by that hour', () => {
    // 10 days from Thursday 19 March 2026 02:30 CET is 29 March 02:30, which Amsterdam skips: 03:30 CEST.
    const d = byDuty(deadlines(maker, { awareAt: '2026-03-19T02:30:00+01:00', deviceIncident: 'death-or-deterioration' }))[
      'mdr.death-or-deterioration'
    ];
    expect(d?.due).toBe('2026-03-29T01:30:00.000Z');
  });
  it('a period that ends in the hour repeated in autumn takes its first, earlier occurrence', () => {
    // 15 days from Saturday 10 October 2026 02:30 CEST is 25 October 02:30, which occurs twice: 02:30 CEST.
    const d = byDuty(deadlines(maker, { awareAt: '2026-10-10T02:30:00+02:00', deviceIncident: 'other' }))['mdr.serious-incident'];
    expect(d?.due).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('clocks that start at the notification or the fix', () => {
  it('without a notification sent, the final report runs from the latest legal moment to send it, marked provisional', () => {
    const d = byDuty(deadlines(hospital, { awareAt: '2026-10-01T10:00:00+02:00', significant: true }));
    expect(d['nis2.final-report']).toMatchObject({ startsAt: d['nis2.notification']?.due, provisional: true, startsWhen: 'notified' });
    expect(d['nis2.final-report']?.due).toBe('2026-11-04T09:00:00.000Z');
  });
  it('an early notification brings the final report forward', () => {
    const late = byDuty(deadlines(hospital, { awareAt: '2026-10-01T10:00:00+02:00', significant: true }))['nis2.final-report'];
    const early = byDuty(
      deadlines(hospital, { awareAt: '2026-10-01T10:00:00+02:00', notifiedAt: '2026-10-01T18:00:00+02:00', significant: true }),
    )['nis2.final-report'];
    expect(early).toMatchObject({ provisional: false, due: '2026-11-01T17:00:00.000Z' });
    expect(early!.due < late!.due).toBe(true);
  });
  it('no CRA final report on a vulnerability until a fix is available', () => {
    const d = byDuty(deadlines(maker, { awareAt: '2026-10-01T10:00:00+02:00', exploitedVulnerability: true }));
    expect(d['cra.vulnerability.final-report']).toBeUndefined();
    expect(d['cra.vulnerability.notification']).toBeDefined();
  });
  it('a fix that existed before awareness counts from awareness', () => {
    const d = byDuty(
      deadlines(maker, { awareAt: '2026-10-01T10:00:00+02:00', fixAvailableAt: '2026-09-15T10:00:00+02:00', exploitedVulnerability: true }),
    );
    expect(d['cra.vulnerability.final-report']).toMatchObject({ startsAt: '2026-10-01T08:00:00.000Z', due: '2026-10-15T08:00:00.000Z' });
  });
});

describe('which clocks run', () => {
  it('none for an organisation outside NIS2 with a non-significant incident without personal data', () => {
    expect(
      deadlines(profile({ headcount: 5, turnoverEur: 1, balanceSheetEur: 1, gdprController: true }), { awareAt: '2026-10-01T10:00:00Z' }),
    ).toEqual([]);
  });
  it('no CRA clocks for an incident noticed before 11 September 2026 (CRA Art. 71(2))', () => {
    const before = deadlines(maker, { awareAt: '2026-09-10T23:59:00+02:00', severeIncident: true });
    const after = deadlines(maker, { awareAt: '2026-09-11T00:00:00+02:00', severeIncident: true });
    expect(before.filter((d) => d.regime === 'cra')).toEqual([]);
    expect(after.filter((d) => d.regime === 'cra').length).toBe(3);
  });
  it('NIS2 clocks only for a significant incident of an in-scope entity', () => {
    expect(deadlines(hospital, { awareAt: '2026-10-01T10:00:00Z', significant: false }).some((d) => d.regime === 'nis2')).toBe(false);
  });
});

describe('bad incidents', () => {
  it('reports every problem with its path', () => {
    try {
      deadlines(hospital, {
        awareAt: '1 oktober',
        notifiedAt: 'gisteren',
        significant: 'yes',
        deviceIncident: 'fire',
        extra: 1,
      } as unknown as Incident);
      expect.unreachable();
    } catch (error) {
      expect(DutiesError.isInstance(error)).toBe(true);
      expect((error as DutiesError).issues.map((i) => i.path).sort()).toEqual(
        ['incident.awareAt', 'incident.deviceIncident', 'incident.extra', 'incident.notifiedAt', 'incident.significant'].sort(),
      );
    }
  });
  it('refuses a time without a time zone and a notification before awareness', () => {
    expect(() => deadlines(hospital, { awareAt: '2026-10-01T10:00:00' })).toThrow(/awareAt: must be a date and time with time zone/);
    expect(() => deadlines(hospital, { awareAt: '2026-10-02T10:00:00Z', notifiedAt: '2026-10-01T10:00:00Z' })).toThrow(
      /notifiedAt: is before awareAt/,
    );
  });
  it('refuses __proto__ as a field instead of reading it', () => {
    const hostile = JSON.parse('{"awareAt":"2026-10-01T10:00:00Z","__proto__":{"significant":true}}');
    expect(() => deadlines(hospital, hostile)).toThrow(/incident.__proto__: is not a known field/);
  });
});

describe('properties', () => {
  const start = Date.parse('2026-01-01T00:00:00Z');
  const span = 3 * 365 * 24 * 3_600_000;
  const instant = fc.integer({ min: 0, max: span }).map((ms) => start + ms);
  const incidentArb = fc.record({
    aware: instant,
    notifyAfter: fc.option(fc.integer({ min: 0, max: 60 * 24 * 3_600_000 }), { nil: undefined }),
    fix: fc.option(instant, { nil: undefined }),
    personalData: fc.boolean(),
    significant: fc.boolean(),
    deviceIncident: fc.constantFrom(undefined, 'death-or-deterioration', 'public-health-threat', 'other'),
    exploitedVulnerability: fc.boolean(),
    severeIncident: fc.boolean(),
  });
  type Generated = typeof incidentArb extends fc.Arbitrary<infer T> ? T : never;
  const toIncident = (r: Generated, aware: number): Incident => ({
    awareAt: new Date(aware).toISOString(),
    ...(r.notifyAfter !== undefined ? { notifiedAt: new Date(r.aware + r.notifyAfter).toISOString() } : {}),
    ...(r.fix !== undefined ? { fixAvailableAt: new Date(r.fix).toISOString() } : {}),
    personalData: r.personalData,
    significant: r.significant,
    deviceIncident: r.deviceIncident,
    exploitedVulnerability: r.exploitedVulnerability,
    severeIncident: r.severeIncident,
  });
  const orgs = [hospital, maker, processor];

  it('no due time is ever before its start', () => {
    fc.assert(
      fc.property(incidentArb, fc.constantFrom(...orgs), (r, p) => {
        for (const d of deadlines(p, toIncident(r, r.aware))) expect(Date.parse(d.due)).toBeGreaterThanOrEqual(Date.parse(d.startsAt));
      }),
      { numRuns: 300 },
    );
  });

  it('an earlier awareAt never makes a due time later', () => {
    fc.assert(
      fc.property(incidentArb, fc.integer({ min: 1, max: 30 * 24 * 3_600_000 }), fc.constantFrom(...orgs), (r, earlierBy, p) => {
        const later = byDuty(deadlines(p, toIncident(r, r.aware)));
        const earlier = deadlines(p, toIncident(r, r.aware - earlierBy));
        for (const d of earlier) {
          const same = later[d.duty];
          if (same) expect(Date.parse(d.due)).toBeLessThanOrEqual(Date.parse(same.due));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('times typed on an Amsterdam clock', () => {
  it.each([
    ['2026-01-15T09:30', '2026-01-15T08:30:00.000Z'],
    ['2026-07-15T09:30', '2026-07-15T07:30:00.000Z'],
    ['2026-03-29T02:30', '2026-03-29T01:30:00.000Z'],
    ['2026-10-25T02:30', '2026-10-25T00:30:00.000Z'],
  ])('%s is %s', (local, utc) => {
    expect(fromAmsterdamLocal(local)).toBe(utc);
  });
  it.each(['2026-02-30T10:00', '2026-10-24', '10:00', '2026-10-24T25:00'])('%s is refused', (text) => {
    expect(fromAmsterdamLocal(text)).toBeNull();
  });
});
