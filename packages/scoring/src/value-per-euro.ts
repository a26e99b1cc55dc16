/**
 * The planner's priority of a bundle: its risk reduction per euro of first-year cost, rounded to 12
 * significant digits, and `Infinity` for a bundle that costs nothing (a free measure beats any paid
 * one).
 *
 * Why a rounded key and not `value × other cost` against `other value × cost`: risk reductions are
 * sums of shares (a third, a sixth…) with rounding errors in the last bit, so two bundles of the same
 * ratio can compare either way, and crosswise products are not transitive; a priority queue and a
 * linear scan then pick differently. A key is a total order, and rounding makes equal ratios tie, so
 * the documented tie-breakers (higher value, then catalog order) decide them.
 */
export function valuePerEuro(value: number, cost: number): number {
  if (cost === 0) return value > 0 ? Number.POSITIVE_INFINITY : 0;
  return Number((value / cost).toPrecision(12));
}

/** A bundle as the planner ranks it. */
export interface RankedBundle {
  /** {@link valuePerEuro} of the bundle. */
  priority: number;
  /** The bundle's risk reduction. */
  value: number;
  /** The measure's position in the catalog. */
  rank: number;
}

/**
 * True when `a` is taken before `b`: higher value per euro, then higher risk reduction, then the
 * measure earlier in the catalog. A strict total order, so every way of finding the best bundle
 * finds the same one.
 */
export function takenBefore(a: RankedBundle, b: RankedBundle): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  if (a.value !== b.value) return a.value > b.value;
  return a.rank < b.rank;
}
