import type { OrganisationProfile } from '@lsh-cyber/schema';
import { applicability } from './applicability.js';
import { applicableClocks, type ClockRule, type ClockStart, type ClockTrigger, CRA_REPORTING_FROM } from './clocks.js';
import { type Incident, type ReadIncident, readIncident } from './incident.js';
import { addAmsterdamDays, addAmsterdamMonths, addHours, toUtcIso } from './time.js';
import type { Localized, Regime } from './types.js';

/** One reporting clock running for an incident. Times are UTC; show them with `formatAmsterdam`. */
export interface Deadline {
  regime: Regime;
  /** Stable id of the duty, e.g. `nis2.early-warning`. */
  duty: string;
  title: Localized;
  /** Who receives the report. */
  to: Localized;
  /** The latest moment the report is due (UTC ISO 8601); for "without undue delay", the start itself. */
  due: string;
  /** The moment the clock started (UTC ISO 8601). */
  startsAt: string;
  /** What started the clock. */
  startsWhen: ClockStart;
  /** The article that sets the duty. */
  basis: string;
  /** True when the clock starts at the notification, none was sent yet, and the latest legal moment to send it is assumed. */
  provisional: boolean;
  /** True when the law says "without undue delay" instead of a fixed period. */
  withoutUndueDelay: boolean;
}

function triggered(trigger: ClockTrigger, incident: ReadIncident): boolean {
  switch (trigger) {
    case 'significant':
      return incident.significant;
    case 'personal-data':
      return incident.personalData;
    case 'exploited-vulnerability':
      return incident.exploitedVulnerability;
    case 'severe-incident':
      return incident.severeIncident;
    default:
      return incident.deviceIncident === trigger.slice('device:'.length);
  }
}

function end(rule: ClockRule, start: number): number {
  const p = rule.period;
  if ('hours' in p) return addHours(start, p.hours);
  if ('days' in p) return addAmsterdamDays(start, p.days);
  if ('months' in p) return addAmsterdamMonths(start, p.months);
  return start;
}

/**
 * Every legal reporting clock that runs for this organisation and incident, earliest due first.
 * Clocks start where the law starts them: at becoming aware (NIS2 early warning and notification,
 * GDPR, MDR, CRA early warning and notification), at the incident notification (NIS2 and CRA final
 * reports; until one is sent, from the latest moment it may be sent, marked `provisional`), or when a
 * fix is available (CRA final report on a vulnerability; not listed until `fixAvailableAt` is given,
 * and counted from awareness when the fix came first). CRA clocks run only for incidents noticed on
 * or after 11 September 2026.
 *
 * @throws {@link DutiesError} when the incident is not valid (see {@link readIncident}).
 */
export function deadlines(profile: OrganisationProfile, incident: Incident): Deadline[] {
  const read = readIncident(incident);
  const rules = applicableClocks(applicability(profile)).filter(
    (r) => triggered(r.trigger, read) && (r.regime !== 'cra' || read.awareAt >= Date.parse(CRA_REPORTING_FROM)),
  );
  const due = new Map<string, number>();
  const out: Deadline[] = [];
  for (const rule of rules) {
    let start: number;
    let provisional = false;
    if (rule.start === 'aware') start = read.awareAt;
    else if (rule.start === 'notified') {
      const before = rule.after ? due.get(rule.after) : undefined;
      if (read.notifiedAt !== undefined) start = read.notifiedAt;
      else if (before !== undefined) {
        start = before;
        provisional = true;
      } else continue;
    } else {
      if (read.fixAvailableAt === undefined) continue;
      start = Math.max(read.fixAvailableAt, read.awareAt);
    }
    const at = end(rule, start);
    due.set(rule.duty, at);
    out.push({
      regime: rule.regime,
      duty: rule.duty,
      title: rule.title,
      to: rule.to,
      due: toUtcIso(at),
      startsAt: toUtcIso(start),
      startsWhen: rule.start,
      basis: rule.basis,
      provisional,
      withoutUndueDelay: 'withoutUndueDelay' in rule.period,
    });
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.duty.localeCompare(b.duty));
}
