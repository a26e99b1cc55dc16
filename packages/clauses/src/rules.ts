import type { ClauseIssue } from './errors.js';
import type { BuyerDuty, ClauseValues, Localized, ParamValue } from './types.js';

/** What the rules know beyond the parameter values: the buyer's own legal deadline for a first report. */
export interface RuleContext {
  /** Hours the buyer has by law to report an incident (24 for NIS2, 72 for a GDPR controller), or null when none applies. */
  buyerDeadlineHours?: number | null;
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
  /** The violations in a set of values. */
  check(values: ClauseValues, context: RuleContext): RuleViolation[];
  /** Changes that selection may make to satisfy the rule; absent when only a person can decide. */
  repair?(values: ClauseValues, context: RuleContext): RuleRepair[];
}

/** The legal deadlines a buyer works to: NIS2 Art. 23 early warning and GDPR Art. 33 breach notification. */
export const LEGAL_DEADLINE_HOURS: Readonly<Record<BuyerDuty, number>> = Object.freeze({ nis2: 24, 'gdpr-controller': 72 });

function num(values: ClauseValues, clause: string, param: string): number | undefined {
  const params = Object.hasOwn(values, clause) ? values[clause] : undefined;
  const v = params && Object.hasOwn(params, param) ? params[param] : undefined;
  return typeof v === 'number' ? v : undefined;
}

const PATCH = 'vulnerability-patching';
const BACKUP = 'backup-restore';
const INCIDENT = 'incident-notification';
const EXIT = 'exit';

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

/** The buyer's legal duties that set a reporting deadline, from its profile. */
export function buyerDuties(buyer: {
  nis2?: 'essential' | 'important' | 'none' | undefined;
  gdprController?: boolean | undefined;
}): BuyerDuty[] {
  const duties: BuyerDuty[] = [];
  if (buyer.nis2 === 'essential' || buyer.nis2 === 'important') duties.push('nis2');
  if (buyer.gdprController === true) duties.push('gdpr-controller');
  return duties;
}

/** The shortest legal deadline among the buyer's duties, or null when it has none. */
export function buyerDeadlineHours(duties: readonly BuyerDuty[]): number | null {
  return duties.length ? Math.min(...duties.map((d) => LEGAL_DEADLINE_HOURS[d])) : null;
}
