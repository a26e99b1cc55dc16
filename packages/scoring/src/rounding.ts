/**
 * Rounds half up to `decimals` places: Math.round(value × 10^decimals) / 10^decimals. All reported
 * numbers go through here so that another implementation rounding the same IEEE-754 doubles gets
 * the same digits.
 */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Splits `total` whole units in proportion to `values` (non-negative) by cumulative rounding: the
 * values are scaled to sum to `total`, and part i is round(C_i) − round(C_(i−1)), C_i the running
 * sum of the scaled values; the last positive value takes total − round(C_(i−1)), so the parts sum
 * exactly to `total`. Each part is a whole number within 1 of its scaled value, parts of zero values
 * are 0, and the result depends only on the values and their order. All zero when the values are.
 */
export function apportion(values: readonly number[], total: number): number[] {
  const n = values.length;
  const parts = new Array<number>(n).fill(0);
  let sum = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    sum += values[i]!;
    if (values[i]! > 0) last = i;
  }
  if (sum <= 0 || total <= 0) return parts;
  const scale = total / sum;
  let running = 0;
  let previous = 0;
  for (let i = 0; i <= last; i++) {
    if (values[i]! <= 0) continue;
    running += values[i]! * scale;
    const rounded = i === last ? total : Math.min(total, Math.round(running));
    parts[i] = rounded - previous;
    previous = rounded;
  }
  return parts;
}
