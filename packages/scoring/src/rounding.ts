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
 * values), the sum in index order) by the largest-remainder method: every value is floored, and the
 * units still missing go one each to the values with the largest fractional parts, ties to the
 * earlier index. With the default total each part is the floor or the ceiling of its value, and
 * whole values never change. Should the floors exceed `total` (a total rounded the other way), one
 * unit each is taken back from the positive parts with the smallest fractional parts, ties to the
 * later index.
 */
export function largestRemainder(values: readonly number[], total?: number): number[] {
  const n = values.length;
  const parts = new Array<number>(n);
  let sum = 0;
  let floors = 0;
  let fractional = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    sum += v;
    const f = Math.floor(v);
    parts[i] = f;
    floors += f;
    if (v > f) fractional++;
  }
  let missing = (total ?? Math.round(sum)) - floors;
  if (missing < 0) {
    const back = [];
    for (let i = 0; i < n; i++) if (parts[i]! > 0) back.push(i);
    back.sort((a, b) => values[a]! - parts[a]! - (values[b]! - parts[b]!) || b - a);
    for (let k = 0; k < back.length && missing < 0; k++, missing++) parts[back[k]!]!--;
    return parts;
  }
  if (missing === 0) return parts;
  const order = new Array<number>(fractional);
  for (let i = 0, k = 0; i < n; i++) if (values[i]! > parts[i]!) order[k++] = i;
  order.sort((a, b) => values[b]! - parts[b]! - (values[a]! - parts[a]!) || a - b);
  for (let k = 0; k < order.length && missing > 0; k++, missing--) parts[order[k]!]!++;
  return parts;
}
