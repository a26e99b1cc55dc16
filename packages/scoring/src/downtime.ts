import { type LocalizedText, type Organisation, type ScoreReport, type SizeClass, SUBSECTOR_CLUSTER } from '@lsh-cyber/schema';
import { ScoringError } from './errors.js';
import type { Roadmap } from './roadmap-types.js';
import { roundTo } from './rounding.js';

/**
 * Assumed cost of one day of downtime per size class, in euros, when the organisation gives none:
 * roughly a working day of turnover for a typical organisation of that size (micro ~5 people,
 * small ~30, medium ~150, large ~500). An assumption to start the conversation, not a measurement.
 */
export const DOWNTIME_COST_PER_DAY: Readonly<Record<SizeClass, number>> = Object.freeze({
  micro: 2_500,
  small: 12_500,
  medium: 60_000,
  large: 300_000,
});

/**
 * Assumed multiplier per subsector cluster: manufacturing loses batches and deliveries, care must
 * reroute patients and pay overtime, education can shift work more easily.
 */
export const DOWNTIME_CLUSTER_FACTOR: Readonly<Record<(typeof SUBSECTOR_CLUSTER)[keyof typeof SUBSECTOR_CLUSTER], number>> = Object.freeze({
  research: 1,
  sales: 1,
  manufacturing: 1.3,
  care: 1.5,
  education: 0.7,
  other: 1,
});

/** Assumed yearly chance of a disruptive incident at score 0 and at score 100; linear in between. */
export const INCIDENT_LIKELIHOOD = Object.freeze({ atZero: 0.3, atHundred: 0.05 });

/** Assumed days of downtime per disruptive incident (low and high) at score 0 and at score 100; linear in between. */
export const DOWNTIME_DAYS = Object.freeze({ low: { atZero: 5, atHundred: 1 }, high: { atZero: 20, atHundred: 3 } });

/** The organisation fields the estimate needs. */
export type DowntimeProfile = Pick<Organisation, 'subsector' | 'sizeClass' | 'downtimeCostPerDay'>;

/** Expected yearly loss at one score. */
export interface LossEstimate {
  /** The overall score the estimate rests on. */
  score: number;
  /** Assumed yearly chance of a disruptive incident, 0-1 (3 decimals). */
  incidentLikelihood: number;
  /** Assumed days of downtime per incident. */
  downtimeDays: { low: number; high: number };
  /** likelihood × days × cost per day, rounded to 100 euros. */
  yearlyLoss: { low: number; high: number };
}

/** The output of {@link estimateDowntimeImpact}. */
export interface DowntimeImpact {
  costPerDay: number;
  /** True when the cost per day was estimated from size class and subsector rather than given. */
  estimated: boolean;
  basis: LocalizedText;
  before: LossEstimate;
  /** At the last projected score of the roadmap; null without a roadmap. */
  after: LossEstimate | null;
  /** Every assumption used, in words. */
  assumptions: LocalizedText[];
}

const toHundred = (x: number) => Math.round(x / 100) * 100;

/** Whole euros with thousands separators, written out rather than via Intl so every runtime prints the same. */
function euros(amount: number, separator: string): string {
  const digits = String(Math.round(amount));
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

const lerp = (atZero: number, atHundred: number, score: number) => atZero + ((atHundred - atZero) * score) / 100;

function lossAt(score: number, costPerDay: number): LossEstimate {
  const p = lerp(INCIDENT_LIKELIHOOD.atZero, INCIDENT_LIKELIHOOD.atHundred, score);
  const low = lerp(DOWNTIME_DAYS.low.atZero, DOWNTIME_DAYS.low.atHundred, score);
  const high = lerp(DOWNTIME_DAYS.high.atZero, DOWNTIME_DAYS.high.atHundred, score);
  return {
    score,
    incidentLikelihood: roundTo(p, 3),
    downtimeDays: { low: roundTo(low, 1), high: roundTo(high, 1) },
    yearlyLoss: { low: toHundred(p * low * costPerDay), high: toHundred(p * high * costPerDay) },
  };
}

const ASSUMPTIONS: readonly LocalizedText[] = [
  {
    nl: 'Kans op een verstorend incident per jaar: 30% bij score 0, aflopend tot 5% bij score 100 (lineair). Een aanname in de orde van grootte van openbare enquêtes onder Nederlandse bedrijven, geen meting.',
    en: 'Yearly chance of a disruptive incident: 30% at score 0, falling to 5% at score 100 (linear). An assumption of the order of magnitude of public surveys of Dutch businesses, not a measurement.',
  },
  {
    nl: 'Dagen stilstand per incident: 5 tot 20 bij score 0, 1 tot 3 bij score 100 (lineair); slecht voorbereide organisaties zijn na ransomware vaak weken bezig met herstel.',
    en: 'Days of downtime per incident: 5 to 20 at score 0, 1 to 3 at score 100 (linear); poorly prepared organisations often need weeks to recover from ransomware.',
  },
  {
    nl: 'Verwacht jaarverlies = kans × dagen × kosten per dag, afgerond op 100 euro. Boetes, losgeld en reputatieschade zijn niet meegeteld.',
    en: 'Expected yearly loss = chance × days × cost per day, rounded to 100 euros. Fines, ransom and reputational damage are not included.',
  },
];

/**
 * The cost of one day of downtime and the expected yearly loss from incidents, before and after the
 * roadmap, from a handful of stated assumptions (see the exported constants and docs/scoring.md).
 * The cost per day is the organisation's own figure when given; otherwise it is estimated from size
 * class and subsector cluster and flagged `estimated: true`.
 */
export function estimateDowntimeImpact(profile: DowntimeProfile, report: ScoreReport, roadmap?: Roadmap): DowntimeImpact {
  const given = profile.downtimeCostPerDay;
  if (given !== undefined && (!Number.isFinite(given) || given < 0)) {
    throw new ScoringError([{ path: 'profile.downtimeCostPerDay', message: 'must be a number of euros, 0 or more' }]);
  }
  const base = DOWNTIME_COST_PER_DAY[profile.sizeClass];
  const factor = DOWNTIME_CLUSTER_FACTOR[SUBSECTOR_CLUSTER[profile.subsector]];
  const estimated = given === undefined;
  const costPerDay = estimated ? roundTo(base * factor, 0) : given;
  const basis: LocalizedText = estimated
    ? {
        nl: `Geschat: € ${euros(base, '.')} per dag voor grootteklasse ${profile.sizeClass} × factor ${String(factor).replace('.', ',')} voor de subsector ${profile.subsector}. Vul uw eigen bedrag in voor een betere schatting.`,
        en: `Estimated: €${euros(base, ',')} a day for size class ${profile.sizeClass} × factor ${factor} for subsector ${profile.subsector}. Enter your own figure for a better estimate.`,
      }
    : { nl: 'Opgegeven door de organisatie.', en: 'Given by the organisation.' };
  const last = roadmap?.years[roadmap.years.length - 1];
  return {
    costPerDay,
    estimated,
    basis,
    before: lossAt(report.overall, costPerDay),
    after: last ? lossAt(last.projected.overall, costPerDay) : null,
    assumptions: ASSUMPTIONS.map((a) => ({ nl: a.nl, en: a.en })),
  };
}
