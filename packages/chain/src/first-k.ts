/**
 * The `k` first of `count` items (numbered `0..count-1`, each standing for `item(i)`) in the order
 * `before` gives, first to last. `before(a, b)` says whether `a` comes before `b`; it must be a
 * strict total order on the items (break ties, say by chain order), so the result is the same as
 * sorting everything and keeping the first `k`. O(count · log k): one pass with a heap of the `k`
 * first so far, whose top is the first to go, so a short list of a national chain costs one pass.
 */
export function firstK(
  count: number,
  k: number,
  before: (a: number, b: number) => boolean,
  item: (i: number) => number = (i) => i,
): Int32Array {
  const size = Math.max(0, Math.min(k, count));
  const heap = new Int32Array(size);
  let filled = 0;
  const swap = (a: number, b: number): void => {
    const t = heap[a]!;
    heap[a] = heap[b]!;
    heap[b] = t;
  };
  for (let i = 0; i < count && size > 0; i++) {
    const x = item(i);
    if (filled < size) {
      let at = filled++;
      heap[at] = x;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!before(heap[parent]!, heap[at]!)) break;
        swap(at, parent);
        at = parent;
      }
    } else if (before(x, heap[0]!)) {
      heap[0] = x;
      for (let at = 0; ; ) {
        const l = 2 * at + 1;
        if (l >= filled) break;
        const r = l + 1;
        const child = r < filled && before(heap[l]!, heap[r]!) ? r : l;
        if (!before(heap[at]!, heap[child]!)) break;
        swap(at, child);
        at = child;
      }
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}
