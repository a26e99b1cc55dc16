const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;
/** Which 32-bit word of a double holds its low bits: 0 on little-endian machines (all common ones), else 1. */
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/**
 * Sorts `items` by `keys[item]`, largest first, keeping the order of equal keys (stable), in
 * O(n): a least-significant-digit radix sort on the bits of the keys, six passes of 11 bits (a
 * pass is skipped when every key has the same digit). Keys must be non-negative numbers, whose
 * bit patterns order like their values. Ranking tens of thousands of entries this way takes a
 * fraction of a comparison sort's time.
 */
export function sortByKeyDescending(items: Int32Array, keys: Float64Array): Int32Array {
  const n = items.length;
  let from = items.slice();
  let to = new Int32Array(n);
  let k = new Float64Array(n);
  for (let i = 0; i < n; i++) k[i] = keys[from[i]!]!;
  let kTo = new Float64Array(n);
  const count = new Uint32Array(RADIX + 1);
  for (let pass = 0; pass < 6; pass++) {
    const bits = new Uint32Array(k.buffer);
    const word = pass < 3 ? LOW : 1 - LOW;
    const shift = (pass % 3) * BITS;
    count.fill(0);
    // Inverting the digit sorts from large to small.
    for (let i = 0; i < n; i++) count[MASK - ((bits[2 * i + word]! >>> shift) & MASK) + 1]!++;
    if (count.some((c) => c === n)) continue;
    for (let d = 0; d < RADIX; d++) count[d + 1]! += count[d]!;
    for (let i = 0; i < n; i++) {
      const at = count[MASK - ((bits[2 * i + word]! >>> shift) & MASK)]!++;
      to[at] = from[i]!;
      kTo[at] = k[i]!;
    }
    [from, to] = [to, from];
    [k, kTo] = [kTo, k];
  }
  return from;
}
