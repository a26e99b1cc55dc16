import type { Applicability } from './applicability.js';
import type { Localized, Regime } from './types.js';

/** The moment a clock starts: becoming aware, sending the notification, or a fix becoming available. */
export type ClockStart = 'aware' | 'notified' | 'fix-available';

/** How long a clock runs: exact hours, Amsterdam calendar days or months, or "without undue delay". */
export type ClockPeriod = { hours: number } | { days: number } | { months: number } | { withoutUndueDelay: true };

/** What the incident must be for a clock to run. */
export type ClockTrigger =
  | 'significant'
  | 'personal-data'
  | 'device:death-or-deterioration'
  | 'device:public-health-threat'
  | 'device:other'
  | 'exploited-vulnerability'
  | 'severe-incident';

/** Who the organisation must be for a clock to apply to it. */
export type ClockRole = 'nis2-entity' | 'gdpr-controller' | 'gdpr-processor' | 'device-manufacturer' | 'cra-manufacturer';

/** One legal reporting duty: who reports what to whom, when the clock starts and how long it runs. */
export interface ClockRule {
  regime: Regime;
  /** Stable id of the duty, e.g. `nis2.early-warning`. */
  duty: string;
  title: Localized;
  /** Who receives the report. */
  to: Localized;
  start: ClockStart;
  period: ClockPeriod;
  role: ClockRole;
  trigger: ClockTrigger;
  /** The article that sets the duty. */
  basis: string;
  /** When the clock starts at the notification and none was sent, it runs from the latest legal moment of this duty. */
  after?: string;
}

const CSIRT: Localized = {
  nl: 'het CSIRT (zorg: Z-CERT; anders: NCSC) en zo nodig de toezichthouder',
  en: 'the CSIRT (healthcare: Z-CERT; otherwise: NCSC) and, where required, the supervisor',
};
const AP: Localized = { nl: 'Autoriteit Persoonsgegevens', en: 'Dutch Data Protection Authority (Autoriteit Persoonsgegevens)' };
const IGJ: Localized = { nl: 'Inspectie Gezondheidszorg en Jeugd (IGJ)', en: 'Health and Youth Care Inspectorate (IGJ)' };
const ENISA: Localized = {
  nl: 'het CSIRT-coördinator (NCSC) en ENISA, via het centrale meldplatform van ENISA',
  en: 'the coordinating CSIRT (NCSC) and ENISA, through the ENISA single reporting platform',
};

/**
 * Every reporting clock this package knows, in the order a reader meets them. Hours are exact
 * elapsed time; days and months are counted on Amsterdam calendars at the same wall-clock time.
 */
export const CLOCK_RULES: readonly ClockRule[] = Object.freeze([
  {
    regime: 'nis2',
    duty: 'nis2.early-warning',
    title: { nl: 'Vroegtijdige waarschuwing (significant incident)', en: 'Early warning (significant incident)' },
    to: CSIRT,
    start: 'aware',
    period: { hours: 24 },
    role: 'nis2-entity',
    trigger: 'significant',
    basis: 'NIS2 Art. 23(4)(a)',
  },
  {
    regime: 'nis2',
    duty: 'nis2.notification',
    title: { nl: 'Incidentmelding met eerste beoordeling', en: 'Incident notification with initial assessment' },
    to: CSIRT,
    start: 'aware',
    period: { hours: 72 },
    role: 'nis2-entity',
    trigger: 'significant',
    basis: 'NIS2 Art. 23(4)(b)',
  },
  {
    regime: 'nis2',
    duty: 'nis2.final-report',
    title: { nl: 'Eindverslag', en: 'Final report' },
    to: CSIRT,
    start: 'notified',
    period: { months: 1 },
    role: 'nis2-entity',
    trigger: 'significant',
    basis: 'NIS2 Art. 23(4)(d)',
    after: 'nis2.notification',
  },
  {
    regime: 'gdpr',
    duty: 'gdpr.authority',
    title: { nl: 'Datalek melden', en: 'Notify the personal data breach' },
    to: AP,
    start: 'aware',
    period: { hours: 72 },
    role: 'gdpr-controller',
    trigger: 'personal-data',
    basis: 'GDPR Art. 33(1)',
  },
  {
    regime: 'gdpr',
    duty: 'gdpr.data-subjects',
    title: { nl: 'Betrokkenen informeren (bij hoog risico voor hen)', en: 'Inform the people affected (when the risk to them is high)' },
    to: { nl: 'de betrokkenen (patiënten, klanten, medewerkers)', en: 'the people affected (patients, clients, staff)' },
    start: 'aware',
    period: { withoutUndueDelay: true },
    role: 'gdpr-controller',
    trigger: 'personal-data',
    basis: 'GDPR Art. 34(1)',
  },
  {
    regime: 'gdpr',
    duty: 'gdpr.controller',
    title: { nl: 'Verwerkingsverantwoordelijke informeren', en: 'Inform the controller' },
    to: { nl: 'uw opdrachtgever (de verwerkingsverantwoordelijke)', en: 'your client (the controller)' },
    start: 'aware',
    period: { withoutUndueDelay: true },
    role: 'gdpr-processor',
    trigger: 'personal-data',
    basis: 'GDPR Art. 33(2)',
  },
  {
    regime: 'mdr',
    duty: 'mdr.public-health-threat',
    title: { nl: 'Ernstig incident: ernstige bedreiging van de volksgezondheid', en: 'Serious incident: serious public health threat' },
    to: IGJ,
    start: 'aware',
    period: { days: 2 },
    role: 'device-manufacturer',
    trigger: 'device:public-health-threat',
    basis: 'MDR Art. 87(4); IVDR Art. 82(4)',
  },
  {
    regime: 'mdr',
    duty: 'mdr.death-or-deterioration',
    title: {
      nl: 'Ernstig incident: overlijden of onverwachte ernstige verslechtering van de gezondheid',
      en: 'Serious incident: death or unanticipated serious deterioration in health',
    },
    to: IGJ,
    start: 'aware',
    period: { days: 10 },
    role: 'device-manufacturer',
    trigger: 'device:death-or-deterioration',
    basis: 'MDR Art. 87(5); IVDR Art. 82(5)',
  },
  {
    regime: 'mdr',
    duty: 'mdr.serious-incident',
    title: { nl: 'Ernstig incident met uw hulpmiddel', en: 'Serious incident with your device' },
    to: IGJ,
    start: 'aware',
    period: { days: 15 },
    role: 'device-manufacturer',
    trigger: 'device:other',
    basis: 'MDR Art. 87(3); IVDR Art. 82(3)',
  },
  {
    regime: 'cra',
    duty: 'cra.vulnerability.early-warning',
    title: { nl: 'Vroegtijdige waarschuwing: actief misbruikte kwetsbaarheid', en: 'Early warning: actively exploited vulnerability' },
    to: ENISA,
    start: 'aware',
    period: { hours: 24 },
    role: 'cra-manufacturer',
    trigger: 'exploited-vulnerability',
    basis: 'CRA Art. 14(2)(a)',
  },
  {
    regime: 'cra',
    duty: 'cra.vulnerability.notification',
    title: { nl: 'Melding van de kwetsbaarheid', en: 'Vulnerability notification' },
    to: ENISA,
    start: 'aware',
    period: { hours: 72 },
    role: 'cra-manufacturer',
    trigger: 'exploited-vulnerability',
    basis: 'CRA Art. 14(2)(b)',
  },
  {
    regime: 'cra',
    duty: 'cra.vulnerability.final-report',
    title: { nl: 'Eindverslag over de kwetsbaarheid', en: 'Final report on the vulnerability' },
    to: ENISA,
    start: 'fix-available',
    period: { days: 14 },
    role: 'cra-manufacturer',
    trigger: 'exploited-vulnerability',
    basis: 'CRA Art. 14(2)(c)',
  },
  {
    regime: 'cra',
    duty: 'cra.incident.early-warning',
    title: {
      nl: 'Vroegtijdige waarschuwing: ernstig incident met uw product',
      en: 'Early warning: severe incident affecting your product',
    },
    to: ENISA,
    start: 'aware',
    period: { hours: 24 },
    role: 'cra-manufacturer',
    trigger: 'severe-incident',
    basis: 'CRA Art. 14(4)(a)',
  },
  {
    regime: 'cra',
    duty: 'cra.incident.notification',
    title: { nl: 'Incidentmelding', en: 'Incident notification' },
    to: ENISA,
    start: 'aware',
    period: { hours: 72 },
    role: 'cra-manufacturer',
    trigger: 'severe-incident',
    basis: 'CRA Art. 14(4)(b)',
  },
  {
    regime: 'cra',
    duty: 'cra.incident.final-report',
    title: { nl: 'Eindverslag over het incident', en: 'Final report on the incident' },
    to: ENISA,
    start: 'notified',
    period: { months: 1 },
    role: 'cra-manufacturer',
    trigger: 'severe-incident',
    basis: 'CRA Art. 14(4)(c)',
    after: 'cra.incident.notification',
  },
] satisfies ClockRule[]);

/** CRA Art. 14 applies from 11 September 2026 (Art. 71(2)); midnight at the start of that day in Amsterdam. */
export const CRA_REPORTING_FROM = '2026-09-10T22:00:00.000Z';

/** The roles an organisation holds, from its applicability. */
export function clockRoles(app: Applicability): Set<ClockRole> {
  const roles = new Set<ClockRole>();
  if (app.nis2.status === 'essential' || app.nis2.status === 'important') roles.add('nis2-entity');
  if (app.gdpr.role === 'controller' || app.gdpr.role === 'both') roles.add('gdpr-controller');
  if (app.gdpr.role === 'processor' || app.gdpr.role === 'both') roles.add('gdpr-processor');
  if (app.mdr.manufacturer) roles.add('device-manufacturer');
  if (app.cra.manufacturer) roles.add('cra-manufacturer');
  return roles;
}

/** The clock rules that can apply to an organisation with this applicability, whatever the incident. */
export function applicableClocks(app: Applicability): ClockRule[] {
  const roles = clockRoles(app);
  return CLOCK_RULES.filter((r) => roles.has(r.role));
}

/** The period in words: "24 uur" / "24 hours", "1 maand" / "1 month", "zonder onnodige vertraging". */
export function describePeriod(period: ClockPeriod): Localized {
  if ('hours' in period) return { nl: `${period.hours} uur`, en: `${period.hours} hours` };
  if ('days' in period) return { nl: `${period.days} dagen`, en: `${period.days} days` };
  if ('months' in period)
    return period.months === 1 ? { nl: '1 maand', en: '1 month' } : { nl: `${period.months} maanden`, en: `${period.months} months` };
  return { nl: 'zonder onnodige vertraging', en: 'without undue delay' };
}

/** When the clock starts, in words. */
export function describeStart(start: ClockStart): Localized {
  switch (start) {
    case 'aware':
      return { nl: 'nadat u het incident ontdekte', en: 'after you became aware' };
    case 'notified':
      return { nl: 'na uw incidentmelding', en: 'after your incident notification' };
    default:
      return { nl: 'nadat een oplossing beschikbaar is', en: 'after a fix is available' };
  }
}
