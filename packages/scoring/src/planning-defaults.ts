import type { Catalog, SizeClass } from '@lsh-cyber/schema';

/**
 * Person-days of their own people that an organisation can give to new security measures in a
 * year, by size class, when the planner is told nothing else. The figures assume: a micro firm's
 * director has about half a day a month (6 days); a small firm about a day and a half a month
 * (15 days); a medium organisation a quarter of one person's year (60 days, about 220 working
 * days a year); a large one a team of a little over one full-time person (250 days). Override with
 * `effortDaysPerYear` in {@link RoadmapOptions}; `null` there means no limit.
 */
export const DEFAULT_EFFORT_DAYS_PER_YEAR: Readonly<Record<SizeClass, number>> = Object.freeze({
  micro: 6,
  small: 15,
  medium: 60,
  large: 250,
});

/**
 * Euros for one bought-in person-day when the catalog states no rate: an IT supplier at €110 an
 * hour for 8 hours, excluding VAT. A catalog with a `costBasis` sets its own rate
 * (`supplierHourlyRate × hoursPerDay`).
 */
export const DEFAULT_DAY_RATE = 880;

/** The planning options after defaults: what {@link planRoadmap} works with. */
export interface PlanningSettings {
  /** Own person-days for new measures per year; `Infinity` when unlimited or when the work is bought in. */
  effortLimit: number;
  /** The limit as reported: a number of days, or null for none. */
  effortDaysPerYear: number | null;
  /** Euros per bought-in person-day. */
  dayRate: number;
  /** Whether effort days are bought in at `dayRate` (the organisation has no one to do them). */
  buyEffort: boolean;
}

/**
 * Applies the defaults: the effort limit of the size class ({@link DEFAULT_EFFORT_DAYS_PER_YEAR})
 * unless `effortDaysPerYear` is given (`null` = no limit); the catalog's day rate, else
 * {@link DEFAULT_DAY_RATE}, unless `dayRate` is given. With `buyEffort`, nobody in-house does the
 * work: every effort day is bought at the day rate, so no own-effort limit applies.
 */
export function planningSettings(
  options: { effortDaysPerYear?: number | null; dayRate?: number; buyEffort?: boolean },
  sizeClass: SizeClass,
  catalog: Pick<Catalog, 'costBasis'>,
): PlanningSettings {
  const basis = catalog.costBasis;
  const dayRate = options.dayRate ?? (basis ? basis.supplierHourlyRate * basis.hoursPerDay : DEFAULT_DAY_RATE);
  const buyEffort = options.buyEffort ?? false;
  const limit = options.effortDaysPerYear === undefined ? DEFAULT_EFFORT_DAYS_PER_YEAR[sizeClass] : options.effortDaysPerYear;
  const effortDaysPerYear = buyEffort ? null : limit;
  return { effortLimit: effortDaysPerYear ?? Number.POSITIVE_INFINITY, effortDaysPerYear, dayRate, buyEffort };
}
