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
 * Splits `total` whole units in proportion to `values` (non-negative): the values are first scaled
 * to sum to `total`, each part is the floor of its scaled value, and the units still missing go one
 * each to the largest remainders, ties to the earlier index (largest-remainder method). The parts
 * are whole numbers summing exactly to `total`; all zero when every value is zero.
 */
export function largestRemainder(values: readonly number[], total: number): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return values.map(() => 0);
  const scaled = values.map((v) => (v * total) / sum);
  const parts = scaled.map((v) => Math.floor(v));
  let missing = total - parts.reduce((a, b) => a + b, 0);
  if (missing <= 0) return parts;
  const order = scaled
    .map((v, i) => ({ i, r: v - Math.floor(v) }))
    .filter((x) => values[x.i]! > 0)
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; missing > 0; k = (k + 1) % order.length, missing--) parts[order[k]!.i]! += 1;
  return parts;
}
