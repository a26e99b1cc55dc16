/**
 * The propagation rule, in one place; both solvers (`solve` for propagation and what-if, and the
 * failure solver behind single points of failure) evaluate it only through these functions.
 *
 * - A supplier with effective score `e` bounds a dependant, through a dependency of criticality
 *   `c`, at {@link bound}`(c, e) = 100 − c·(100 − e)`.
 * - Within a group of alternatives the best bound counts ({@link groupBest}); across the groups
 *   of an organisation, and its own score, the lowest counts.
 *
 * See docs/propagation.md for the equations and the proofs that rely on these two properties:
 * the bound is monotone in `e` and never below `e`.
 */

/**
 * The bound a supplier with effective score `e` puts on a dependant through a dependency of
 * criticality `c`: `100 − c·(100 − e)`. In exact arithmetic this is never below `e` (as `c ≤ 1`);
 * taking the maximum with `e` keeps that true under floating-point rounding too, which the
 * algorithm's proof relies on. Both are the same number whenever the arithmetic is exact.
 */
export function bound(c: number, e: number): number {
  const b = 100 - c * (100 - e);
  return Math.max(b, e);
}

/** The best of two bounds of alternatives in one group: one alternative suffices, so the higher counts. */
export function groupBest(a: number, b: number): number {
  return Math.max(a, b);
}

/**
 * The lowest bound a dependency can ever put on its dependant: its bound when the supplier has
 * failed completely (score 0). A dependency (or a group, through its best member) whose floor is
 * at or above the dependant's score can never lower it.
 */
export function floorOf(c: number): number {
  return bound(c, 0);
}
