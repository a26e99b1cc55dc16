import { DutiesError, type DutiesIssue } from './errors.js';

/** What kind of serious incident a device maker faces (MDR Art. 87(3)-(5), IVDR Art. 82(3)-(5)). */
export type DeviceIncident = 'death-or-deterioration' | 'public-health-threat' | 'other';

/** The moments and nature of an incident, as the organisation knows them. */
export interface Incident {
  /** When the organisation became aware of the incident (ISO 8601 with offset). */
  awareAt: string;
  /** When the NIS2 or CRA incident notification was sent, if it was. */
  notifiedAt?: string | undefined;
  /** When a corrective or mitigating measure for the exploited vulnerability became available, if it has. */
  fixAvailableAt?: string | undefined;
  /** Personal data are involved (a personal data breach, GDPR Art. 4(12)). */
  personalData?: boolean | undefined;
  /** A significant incident in the sense of NIS2 Art. 23(3). */
  significant?: boolean | undefined;
  /** A serious incident with a device the organisation manufactures, and which kind. */
  deviceIncident?: DeviceIncident | undefined;
  /** An actively exploited vulnerability in a product with digital elements the organisation makes (CRA Art. 14(1)). */
  exploitedVulnerability?: boolean | undefined;
  /** A severe incident having an impact on the security of such a product (CRA Art. 14(3)). */
  severeIncident?: boolean | undefined;
}

/** An incident with its timestamps read as milliseconds and its booleans defaulted to false. */
export interface ReadIncident {
  awareAt: number;
  notifiedAt: number | undefined;
  fixAvailableAt: number | undefined;
  personalData: boolean;
  significant: boolean;
  deviceIncident: DeviceIncident | undefined;
  exploitedVulnerability: boolean;
  severeIncident: boolean;
}

const DEVICE_INCIDENTS: readonly DeviceIncident[] = ['death-or-deterioration', 'public-health-threat', 'other'];
const BOOLEANS = ['personalData', 'significant', 'exploitedVulnerability', 'severeIncident'] as const;
const TIMES = ['awareAt', 'notifiedAt', 'fixAvailableAt'] as const;
const KNOWN = new Set<string>([...TIMES, ...BOOLEANS, 'deviceIncident']);
// An ISO 8601 date and time with an explicit offset; a bare local time would be ambiguous.
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks an incident and reads it. Every problem is reported at once, each with its path.
 *
 * @throws {@link DutiesError} for a missing or malformed time, a notification or fix before the
 * organisation became aware, a field of the wrong type, or an unknown field.
 */
export function readIncident(input: unknown, path = 'incident'): ReadIncident {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new DutiesError([{ path, message: 'must be an object with at least awareAt' }]);
  const record = input as Record<string, unknown>;
  const issues: DutiesIssue[] = [];
  for (const key of Object.keys(record)) {
    if (!KNOWN.has(key)) issues.push({ path: `${path}.${key}`, message: `is not a known field (known: ${[...KNOWN].join(', ')})` });
  }
  const times: Partial<Record<(typeof TIMES)[number], number>> = {};
  for (const key of TIMES) {
    const v = Object.hasOwn(record, key) ? record[key] : undefined;
    if (v === undefined) {
      if (key === 'awareAt') issues.push({ path: `${path}.awareAt`, message: 'is required: when you became aware of the incident' });
      continue;
    }
    const ms = typeof v === 'string' && ISO.test(v) ? Date.parse(v) : Number.NaN;
    if (Number.isNaN(ms))
      issues.push({ path: `${path}.${key}`, message: 'must be a date and time with time zone, such as 2026-03-01T09:30:00+01:00' });
    else times[key] = ms;
  }
  for (const key of BOOLEANS) {
    const v = Object.hasOwn(record, key) ? record[key] : undefined;
    if (v !== undefined && typeof v !== 'boolean') issues.push({ path: `${path}.${key}`, message: 'must be true or false' });
  }
  const device = Object.hasOwn(record, 'deviceIncident') ? record.deviceIncident : undefined;
  if (device !== undefined && !DEVICE_INCIDENTS.includes(device as DeviceIncident))
    issues.push({ path: `${path}.deviceIncident`, message: `must be one of: ${DEVICE_INCIDENTS.join(', ')}` });
  const aware = times.awareAt;
  if (aware !== undefined) {
    if (times.notifiedAt !== undefined && times.notifiedAt < aware)
      issues.push({
        path: `${path}.notifiedAt`,
        message: 'is before awareAt: a notification cannot be sent before you knew of the incident',
      });
  }
  if (issues.length) throw new DutiesError(issues);
  const flag = (key: (typeof BOOLEANS)[number]) => record[key] === true;
  return {
    awareAt: aware as number,
    notifiedAt: times.notifiedAt,
    fixAvailableAt: times.fixAvailableAt,
    personalData: flag('personalData'),
    significant: flag('significant'),
    deviceIncident: device as DeviceIncident | undefined,
    exploitedVulnerability: flag('exploitedVulnerability'),
    severeIncident: flag('severeIncident'),
  };
}
