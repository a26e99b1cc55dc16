/**
 * Rounds half up to `decimals` places: Math.round(value × 10^decimals) / 10^decimals. All reported
 * numbers go through here so that another implementation rounding the same IEEE-754 doubles gets
 * the same digits.
 */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** roundTo(value, 1), written out because it runs a hundred times per report. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Rounds non-negative `values` to whole numbers that add up exactly to `total` (default round(Σ
 * values), the sum in index order) by the largest-remainder method: as if every value were floored
 * and the units still missing given one each to the values with the largest fractional parts, ties
 * to the earlier index. With the default total each part is the floor or the ceiling of its value and
 * whole values never change. Should the floors exceed `total` (a total rounded the other way), one
 * unit each is taken back from the positive parts with the smallest fractional parts, ties to the
 * later index.
 *
 * Values are first snapped to 6 decimals (Math.round(v × 10^6) / 10^6), so that floating-point noise
 * (1099.9999999999998 for 1100, or two thirds computed in different orders) neither moves a floor
 * nor breaks a tie: another implementation gets the same parts.
 *
 * Computed without sorting: round every value half up, then move the few units still off one at a
 * time, to the largest fraction still rounded down or from the smallest fraction rounded up. This
 * gives exactly the largest-remainder parts.
 */
export function largestRemainder(raw: readonly number[], total?: number): number[] {
  return largestRemainderOfSnapped(raw.map(snap), total);
}

/** A value snapped to 6 decimals, as {@link largestRemainder} does before rounding. */
export function snap(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** {@link largestRemainder} for values already snapped with {@link snap} (saves a copy on the hot path). */
export function largestRemainderOfSnapped(values: readonly number[], total?: number): number[] {
  const n = values.length;
  const parts = new Array<number>(n);
  let sum = 0;
  let rounded = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    sum += v;
    const f = Math.floor(v);
    const p = v - f >= 0.5 ? f + 1 : f;
    parts[i] = p;
    rounded += p;
  }
  let diff = (total ?? Math.round(sum)) - rounded;
  while (diff > 0) {
    let best = -1;
    for (let i = 0; i < n; i++)
      if (values[i]! - parts[i]! > 0 && (best < 0 || values[i]! - parts[i]! > values[best]! - parts[best]!)) best = i;
    if (best < 0) break;
    parts[best]!++;
    diff--;
  }
  while (diff < 0) {
    let best = -1;
    for (let i = 0; i < n; i++) if (parts[i]! > 0 && (best < 0 || values[i]! - parts[i]! <= values[best]! - parts[best]!)) best = i;
    if (best < 0) break;
    parts[best]!--;
    diff++;
  }
  return parts;
}
