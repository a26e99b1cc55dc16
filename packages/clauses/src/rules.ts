import { type DataKind, SUBSECTOR_CLUSTER, type Subsector } from '@lsh-cyber/schema';
import type { ClauseIssue } from './errors.js';
import type { BuyerDuty, ClauseValues, Localized, ParamValue } from './types.js';

/** What the rules know beyond the parameter values: the buyer's own legal deadline and duties. */
export interface RuleContext {
  /** Hours the buyer has by law to report an incident (24 for NIS2, 72 for a GDPR controller), or null when none applies. */
  buyerDeadlineHours?: number | null;
  /** The buyer's legal duties; rules that depend on one (NIS2 reporting stages) are silent without it. */
  duties?: readonly BuyerDuty[];
}

/** A broken rule, pinned on one parameter of one clause. */
export interface RuleViolation {
  clause: string;
  param: string;
  message: string;
}

/** A proposed change that brings a value in line with a rule. */
export interface RuleRepair {
  clause: string;
  param: string;
  value: ParamValue;
}

/** A consistency rule across the parameters of one or more clauses, declared once as data. */
export interface ConsistencyRule {
  /** Stable id, named in every violation. */
  id: string;
  /** What the rule demands, in plain words. */
  description: Localized;
  /** The clause parameters it reads; the rule is silent when they are absent. */
  reads: readonly { clause: string; param: string }[];
  /**
   * True when the rule turns on which clauses a pack holds (say, whether the transfer clause is in
   * it), so a library's tier defaults, where every clause is present, are not checked against it.
   */
  dependsOnPresence?: boolean;
  /** The violations in a set of values. */
  check(values: ClauseValues, context: RuleContext): RuleViolation[];
  /** Changes that selection may make to satisfy the rule; absent when only a person can decide. */
  repair?(values: ClauseValues, context: RuleContext): RuleRepair[];
}

/** The legal deadlines a buyer works to: NIS2 Art. 23(4)(a) early warning and GDPR Art. 33(1) breach notification. */
export const LEGAL_DEADLINE_HOURS: Readonly<Record<'nis2' | 'gdpr-controller', number>> = Object.freeze({
  nis2: 24,
  'gdpr-controller': 72,
});

/** NIS2 Art. 23(4)(b): the incident notification with an initial assessment is due within 72 hours. */
export const NIS2_NOTIFICATION_HOURS = 72;
/** NIS2 Art. 23(4)(d): the final report is due one month after the incident notification, counted here as 30 days. */
export const NIS2_FINAL_REPORT_DAYS = 30;

function num(values: ClauseValues, clause: string, param: string): number | undefined {
  const params = Object.hasOwn(values, clause) ? values[clause] : undefined;
  const v = params && Object.hasOwn(params, param) ? params[param] : undefined;
  return typeof v === 'number' ? v : undefined;
}

const PATCH = 'vulnerability-patching';
const BACKUP = 'backup-restore';
const INCIDENT = 'incident-notification';
const EXIT = 'exit';
const DELETION = 'processor-deletion-return';
const SUBCONTRACTORS = 'subcontractors';
const SUBPROCESSORS = 'processor-subprocessors';
const REGISTER = 'subcontractor-register';
const AUDIT = 'audit-rights';
const PROCESSOR_AUDIT = 'processor-compliance-audits';
const LOCATION = 'data-location';
const TRANSFER = 'third-country-transfer';
const LOGS = 'log-retention';
const CARE_LOGS = 'care-access-logging';

function text(values: ClauseValues, clause: string, param: string): string | undefined {
  const params = Object.hasOwn(values, clause) ? values[clause] : undefined;
  const v = params && Object.hasOwn(params, param) ? params[param] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/**
 * A rule that two clauses state one period: when both are in the pack with different values, the
 * second is pinned, and the repair sets both to the stricter one (`lower` or `higher`).
 */
function samePeriod(
  id: string,
  description: Localized,
  a: { clause: string; param: string },
  b: { clause: string; param: string },
  stricter: 'lower' | 'higher',
  what: string,
): ConsistencyRule {
  const read = (values: ClauseValues) => [num(values, a.clause, a.param), num(values, b.clause, b.param)] as const;
  return {
    id,
    description,
    reads: [a, b],
    check(values) {
      const [x, y] = read(values);
      if (x === undefined || y === undefined || x === y) return [];
      return [
        {
          clause: b.clause,
          param: b.param,
          message: `${what} of ${y} differs from the ${x} in clause ${a.clause}; the contract must state one`,
        },
      ];
    },
    repair(values) {
      const [x, y] = read(values);
      if (x === undefined || y === undefined || x === y) return [];
      const value = stricter === 'lower' ? Math.min(x, y) : Math.max(x, y);
      return [
        { clause: a.clause, param: a.param, value },
        { clause: b.clause, param: b.param, value },
      ];
    },
  };
}

/**
 * The consistency rules. Each names the clause and parameter it pins a violation on, so an error
 * says exactly what to change.
 */
export const RULES: readonly ConsistencyRule[] = Object.freeze([
  {
    id: 'patch-order',
    description: {
      nl: 'Kritieke kwetsbaarheden worden niet later gedicht dan hoge, en hoge niet later dan middelzware.',
      en: 'Critical vulnerabilities are patched no later than high ones, and high ones no later than medium ones.',
    },
    reads: [
      { clause: PATCH, param: 'criticalPatchDays' },
      { clause: PATCH, param: 'highPatchDays' },
      { clause: PATCH, param: 'mediumPatchDays' },
    ],
    check(values) {
      const critical = num(values, PATCH, 'criticalPatchDays');
      const high = num(values, PATCH, 'highPatchDays');
      const medium = num(values, PATCH, 'mediumPatchDays');
      const out: RuleViolation[] = [];
      if (critical !== undefined && high !== undefined && critical > high)
        out.push({
          clause: PATCH,
          param: 'criticalPatchDays',
          message: `${critical} days for critical vulnerabilities is longer than the ${high} days for high ones`,
        });
      if (high !== undefined && medium !== undefined && high > medium)
        out.push({
          clause: PATCH,
          param: 'highPatchDays',
          message: `${high} days for high vulnerabilities is longer than the ${medium} days for medium ones`,
        });
      if (critical !== undefined && high === undefined && medium !== undefined && critical > medium)
        out.push({
          clause: PATCH,
          param: 'criticalPatchDays',
          message: `${critical} days for critical vulnerabilities is longer than the ${medium} days for medium ones`,
        });
      return out;
    },
  },
  {
    id: 'rpo-not-below-backup-interval',
    description: {
      nl: 'Het maximale dataverlies (RPO) is niet korter dan de tijd tussen twee back-ups: anders is het niet haalbaar.',
      en: 'The recovery point objective (RPO) is no shorter than the time between two backups; otherwise it cannot be met.',
    },
    reads: [
      { clause: BACKUP, param: 'rpoHours' },
      { clause: BACKUP, param: 'backupIntervalHours' },
    ],
    check(values) {
      const rpo = num(values, BACKUP, 'rpoHours');
      const interval = num(values, BACKUP, 'backupIntervalHours');
      if (rpo === undefined || interval === undefined || rpo >= interval) return [];
      return [
        {
          clause: BACKUP,
          param: 'rpoHours',
          message: `a recovery point of ${rpo} hours cannot be met with a backup every ${interval} hours`,
        },
      ];
    },
  },
  {
    id: 'return-before-deletion',
    description: {
      nl: 'Bij het einde van het contract krijgt de Afnemer zijn gegevens terug voordat de Leverancier ze wist.',
      en: 'At the end of the contract the Buyer gets its data back before the Supplier deletes it.',
    },
    reads: [
      { clause: EXIT, param: 'returnDays' },
      { clause: EXIT, param: 'deletionDays' },
    ],
    check(values) {
      const give = num(values, EXIT, 'returnDays');
      const wipe = num(values, EXIT, 'deletionDays');
      if (give === undefined || wipe === undefined || give <= wipe) return [];
      return [
        {
          clause: EXIT,
          param: 'returnDays',
          message: `returning the data within ${give} days comes after deleting it within ${wipe} days`,
        },
      ];
    },
  },
  {
    id: 'notice-before-buyer-deadline',
    description: {
      nl: 'De Leverancier meldt een incident vóór de wettelijke termijn van de Afnemer afloopt (NIS2: 24 uur; AVG: 72 uur), zodat de Afnemer zelf op tijd kan melden.',
      en: "The Supplier reports an incident before the Buyer's own legal deadline runs out (NIS2: 24 hours; GDPR: 72 hours), so the Buyer can report in time.",
    },
    reads: [{ clause: INCIDENT, param: 'noticeHours' }],
    check(values, context) {
      const notice = num(values, INCIDENT, 'noticeHours');
      const deadline = context.buyerDeadlineHours;
      if (notice === undefined || deadline === undefined || deadline === null || notice < deadline) return [];
      return [
        {
          clause: INCIDENT,
          param: 'noticeHours',
          message: `a notice within ${notice} hours leaves the buyer no time before its own legal deadline of ${deadline} hours`,
        },
      ];
    },
    repair(values, context) {
      const notice = num(values, INCIDENT, 'noticeHours');
      const deadline = context.buyerDeadlineHours;
      if (notice === undefined || deadline === undefined || deadline === null || notice < deadline) return [];
      // Half the buyer's own time: it must still assess the incident and write its own report.
      return [{ clause: INCIDENT, param: 'noticeHours', value: Math.max(1, Math.floor(deadline / 2)) }];
    },
  },
  {
    id: 'assessment-before-nis2-notification',
    description: {
      nl: 'Onder NIS2 moet de Afnemer binnen 72 uur een incidentmelding met een eerste beoordeling doen: de Leverancier levert zijn beoordeling ruim daarvoor, en niet vóór zijn eerste melding.',
      en: 'Under NIS2 the Buyer must file an incident notification with an initial assessment within 72 hours: the Supplier delivers its assessment well before that, and not before its first notice.',
    },
    reads: [
      { clause: INCIDENT, param: 'assessmentHours' },
      { clause: INCIDENT, param: 'noticeHours' },
    ],
    check(values, context) {
      const assessment = num(values, INCIDENT, 'assessmentHours');
      const notice = num(values, INCIDENT, 'noticeHours');
      const out: RuleViolation[] = [];
      if (assessment === undefined) return out;
      if (notice !== undefined && assessment < notice)
        out.push({
          clause: INCIDENT,
          param: 'assessmentHours',
          message: `an assessment within ${assessment} hours comes before the first notice within ${notice} hours`,
        });
      if (context.duties?.includes('nis2') && assessment >= NIS2_NOTIFICATION_HOURS)
        out.push({
          clause: INCIDENT,
          param: 'assessmentHours',
          message: `an assessment within ${assessment} hours leaves the buyer no time for its NIS2 incident notification within ${NIS2_NOTIFICATION_HOURS} hours`,
        });
      return out;
    },
    repair(values, context) {
      const assessment = num(values, INCIDENT, 'assessmentHours');
      const notice = num(values, INCIDENT, 'noticeHours');
      if (assessment === undefined) return [];
      let value = assessment;
      if (context.duties?.includes('nis2') && value >= NIS2_NOTIFICATION_HOURS) value = NIS2_NOTIFICATION_HOURS * (2 / 3);
      if (notice !== undefined && value < notice) value = notice;
      return value === assessment ? [] : [{ clause: INCIDENT, param: 'assessmentHours', value }];
    },
  },
  {
    id: 'final-report-before-nis2-final-report',
    description: {
      nl: 'Onder NIS2 moet de Afnemer binnen een maand na zijn incidentmelding een eindverslag indienen: het eindverslag van de Leverancier komt ruim daarvoor.',
      en: "Under NIS2 the Buyer must file a final report within one month of its incident notification: the Supplier's final report comes well before that.",
    },
    reads: [{ clause: INCIDENT, param: 'finalReportDays' }],
    check(values, context) {
      const days = num(values, INCIDENT, 'finalReportDays');
      if (days === undefined || !context.duties?.includes('nis2') || days < NIS2_FINAL_REPORT_DAYS - 7) return [];
      return [
        {
          clause: INCIDENT,
          param: 'finalReportDays',
          message: `a final report within ${days} days leaves the buyer less than a week before its NIS2 final report, due one month after its notification`,
        },
      ];
    },
    repair(values, context) {
      const days = num(values, INCIDENT, 'finalReportDays');
      if (days === undefined || !context.duties?.includes('nis2') || days < NIS2_FINAL_REPORT_DAYS - 7) return [];
      return [{ clause: INCIDENT, param: 'finalReportDays', value: 14 }];
    },
  },
  {
    id: 'exploited-before-critical',
    description: {
      nl: 'Een kwetsbaarheid die actief wordt misbruikt, wordt niet later aangepakt dan een kritieke.',
      en: 'A vulnerability that is being actively exploited is dealt with no later than a critical one.',
    },
    reads: [
      { clause: PATCH, param: 'exploitedHours' },
      { clause: PATCH, param: 'criticalPatchDays' },
    ],
    check(values) {
      const exploited = num(values, PATCH, 'exploitedHours');
      const critical = num(values, PATCH, 'criticalPatchDays');
      if (exploited === undefined || critical === undefined || exploited <= critical * 24) return [];
      return [
        {
          clause: PATCH,
          param: 'exploitedHours',
          message: `${exploited} hours for an actively exploited vulnerability is longer than the ${critical} days for a critical one`,
        },
      ];
    },
  },
  samePeriod(
    'one-deletion-period',
    {
      nl: 'Het artikel over het einde van de overeenkomst en het verwerkersartikel over verwijderen noemen dezelfde verwijdertermijn, voor alle kopieën.',
      en: 'The exit clause and the processor clause on deletion state the same deletion period, for all copies.',
    },
    { clause: EXIT, param: 'deletionDays' },
    { clause: DELETION, param: 'deletionDays' },
    'lower',
    'a deletion period',
  ),
  samePeriod(
    'one-subcontractor-notice',
    {
      nl: 'Het artikel over onderaannemers en het verwerkersartikel over subverwerkers noemen dezelfde aankondigingstermijn.',
      en: 'The subcontractor clause and the processor clause on sub-processors state the same period of notice.',
    },
    { clause: SUBCONTRACTORS, param: 'noticeDays' },
    { clause: SUBPROCESSORS, param: 'noticeDays' },
    'higher',
    'a notice period',
  ),
  {
    id: 'objection-within-notice',
    description: {
      nl: 'De termijn om bezwaar te maken tegen een nieuwe onderaannemer valt binnen de aankondigingstermijn: anders begint die onderaannemer voordat de Afnemer kon reageren.',
      en: 'The period to object to a new subcontractor falls within the period of notice; otherwise the subcontractor starts before the Buyer could respond.',
    },
    reads: [
      { clause: REGISTER, param: 'objectionDays' },
      { clause: SUBCONTRACTORS, param: 'noticeDays' },
      { clause: SUBPROCESSORS, param: 'noticeDays' },
    ],
    check(values) {
      const objection = num(values, REGISTER, 'objectionDays');
      if (objection === undefined) return [];
      return [SUBCONTRACTORS, SUBPROCESSORS].flatMap((clause) => {
        const notice = num(values, clause, 'noticeDays');
        return notice !== undefined && notice < objection
          ? [
              {
                clause,
                param: 'noticeDays',
                message: `a notice of ${notice} days ends before the ${objection} days the buyer has to object`,
              },
            ]
          : [];
      });
    },
    repair(values) {
      const objection = num(values, REGISTER, 'objectionDays');
      if (objection === undefined) return [];
      return [SUBCONTRACTORS, SUBPROCESSORS].flatMap((clause) => {
        const notice = num(values, clause, 'noticeDays');
        return notice !== undefined && notice < objection ? [{ clause, param: 'noticeDays', value: objection }] : [];
      });
    },
  },
  samePeriod(
    'one-audit-limit',
    {
      nl: 'Het auditrecht en het verwerkersartikel over audits noemen hetzelfde maximale aantal audits per jaar, met dezelfde uitzonderingen.',
      en: 'The audit clause and the processor clause on audits state the same maximum number of audits a year, with the same exceptions.',
    },
    { clause: AUDIT, param: 'auditsPerYear' },
    { clause: PROCESSOR_AUDIT, param: 'auditsPerYear' },
    'higher',
    'an audit limit',
  ),
  {
    id: 'location-allows-agreed-transfers',
    description: {
      nl: 'Het artikel over de locatie van gegevens laat doorgifte buiten de EER alleen toe zoals het artikel over doorgifte regelt, en alleen als dat artikel in het contract staat.',
      en: 'The data-location clause allows transfers outside the EEA only as the transfer clause provides, and only when that clause is in the contract.',
    },
    reads: [{ clause: LOCATION, param: 'outsideAccess' }],
    dependsOnPresence: true,
    check(values) {
      const access = text(values, LOCATION, 'outsideAccess');
      if (access === undefined) return [];
      const transfer = Object.hasOwn(values, TRANSFER);
      if (transfer && access === 'forbidden')
        return [
          {
            clause: LOCATION,
            param: 'outsideAccess',
            message: `forbids all access from outside the region, while clause ${TRANSFER} allows transfers with consent and safeguards`,
          },
        ];
      if (!transfer && access === 'per-transfer-clause')
        return [{ clause: LOCATION, param: 'outsideAccess', message: `refers to clause ${TRANSFER}, which is not in the pack` }];
      return [];
    },
    repair(values) {
      const access = text(values, LOCATION, 'outsideAccess');
      if (access === undefined) return [];
      const wanted = Object.hasOwn(values, TRANSFER) ? 'per-transfer-clause' : 'forbidden';
      return access === wanted ? [] : [{ clause: LOCATION, param: 'outsideAccess', value: wanted }];
    },
  },
  {
    id: 'access-logs-kept-as-long-as-security-logs',
    description: {
      nl: 'Logging van toegang tot patiëntgegevens (NEN 7513, ten minste 5 jaar) wordt niet korter bewaard dan de andere beveiligingslogbestanden.',
      en: 'Logging of access to patient data (NEN 7513, at least 5 years) is kept no shorter than the other security logs.',
    },
    reads: [
      { clause: CARE_LOGS, param: 'accessLogYears' },
      { clause: LOGS, param: 'logRetentionMonths' },
    ],
    check(values) {
      const years = num(values, CARE_LOGS, 'accessLogYears');
      const months = num(values, LOGS, 'logRetentionMonths');
      if (years === undefined || months === undefined || years * 12 >= months) return [];
      return [
        {
          clause: CARE_LOGS,
          param: 'accessLogYears',
          message: `access logs kept ${years} years are deleted before the security logs kept ${months} months`,
        },
      ];
    },
    repair(values) {
      const years = num(values, CARE_LOGS, 'accessLogYears');
      const months = num(values, LOGS, 'logRetentionMonths');
      if (years === undefined || months === undefined || years * 12 >= months) return [];
      return [{ clause: CARE_LOGS, param: 'accessLogYears', value: Math.ceil(months / 12) }];
    },
  },
]);

/**
 * Checks parameter values against the consistency rules. Each issue names its clause, parameter and
 * rule; the path is `clauseId.param`.
 */
export function checkConsistency(
  values: ClauseValues,
  context: RuleContext = {},
  rules: readonly ConsistencyRule[] = RULES,
): ClauseIssue[] {
  return rules.flatMap((rule) =>
    rule.check(values, context).map((v) => ({
      path: `${v.clause}.${v.param}`,
      clause: v.clause,
      param: v.param,
      rule: rule.id,
      message: `clause ${v.clause}, parameter ${v.param}: ${v.message} (rule ${rule.id}: ${rule.description.en})`,
    })),
  );
}

/**
 * Subsectors whose organisations are care providers (zorgaanbieders) with care information systems,
 * so the Besluit elektronische gegevensverwerking door zorgaanbieders applies (logging per NEN 7513,
 * kept at least five years): care itself, university medical centres, pharmacies and medical
 * (diagnostic) laboratories, which the sector's classification files under research and manufacturing.
 */
export const CARE_PROVIDER_SUBSECTORS: readonly Subsector[] = Object.freeze([
  ...(Object.keys(SUBSECTOR_CLUSTER) as Subsector[]).filter((s) => SUBSECTOR_CLUSTER[s] === 'care'),
  'university-medical-centre',
  'pharmacy',
  'medical-lab',
]);

/**
 * The buyer's legal duties, from its profile and the data it shares with the supplier:
 * `nis2` for an essential or important entity; `gdpr-controller` when `gdprController` is true, or
 * when it is not set and personal or patient data reaches the supplier (whoever shares personal
 * data with a supplier decides why it is processed; `gdprController: false` overrides this);
 * `care-provider` for a buyer in a care subsector (see {@link CARE_PROVIDER_SUBSECTORS}).
 */
export function buyerDuties(
  buyer: {
    nis2?: 'essential' | 'important' | 'none' | undefined;
    gdprController?: boolean | undefined;
    subsector?: Subsector | undefined;
  },
  shared: readonly DataKind[] = [],
): BuyerDuty[] {
  const duties: BuyerDuty[] = [];
  if (buyer.nis2 === 'essential' || buyer.nis2 === 'important') duties.push('nis2');
  const personal = shared.includes('personal') || shared.includes('patient');
  if (buyer.gdprController === true || (buyer.gdprController === undefined && personal)) duties.push('gdpr-controller');
  if (buyer.subsector !== undefined && CARE_PROVIDER_SUBSECTORS.includes(buyer.subsector)) duties.push('care-provider');
  return duties;
}

/** The shortest legal deadline among the buyer's duties, or null when it has none. */
export function buyerDeadlineHours(duties: readonly BuyerDuty[]): number | null {
  const hours = duties.flatMap((d) => (d === 'nis2' || d === 'gdpr-controller' ? [LEGAL_DEADLINE_HOURS[d]] : []));
  return hours.length ? Math.min(...hours) : null;
}
