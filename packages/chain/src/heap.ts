/**
 * An indexed binary min-heap over the integers 0..n-1, keyed by an external `Float64Array`.
 * The keys live in the caller's array so that lowering a key is a plain write followed by
 * {@link IndexedMinHeap.decrease}; no objects are allocated per entry.
 */
export class IndexedMinHeap {
  private readonly heap: Int32Array;
  private readonly pos: Int32Array;
  private readonly key: Float64Array;
  private count = 0;

  /** `key` is read on every comparison; entries are added with {@link push} or {@link fill}. */
  constructor(capacity: number, key: Float64Array) {
    this.heap = new Int32Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
    this.key = key;
  }

  /** Number of entries in the heap. */
  get size(): number {
    return this.count;
  }

  /** Puts every index 0..n-1 in the heap at once, in O(n). */
  fill(n: number): void {
    const { heap, pos } = this;
    for (let i = 0; i < n; i++) {
      heap[i] = i;
      pos[i] = i;
    }
    this.count = n;
    for (let i = (n >> 1) - 1; i >= 0; i--) this.down(i);
  }

  /** True while `i` is in the heap. */
  has(i: number): boolean {
    return this.pos[i]! >= 0;
  }

  /** Adds `i`, whose key must already be set. */
  push(i: number): void {
    const at = this.count++;
    this.heap[at] = i;
    this.pos[i] = at;
    this.up(at);
  }

  /** Restores the heap after the key of `i` was lowered. */
  decrease(i: number): void {
    this.up(this.pos[i]!);
  }

  /** Removes and returns the index with the smallest key. */
  pop(): number {
    const { heap, pos } = this;
    const top = heap[0]!;
    pos[top] = -1;
    const last = heap[--this.count]!;
    if (this.count > 0) {
      heap[0] = last;
      pos[last] = 0;
      this.down(0);
    }
    return top;
  }

  private up(at: number): void {
    const { heap, pos, key } = this;
    const item = heap[at]!;
    const k = key[item]!;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const p = heap[parent]!;
      if (key[p]! <= k) break;
      heap[at] = p;
      pos[p] = at;
      at = parent;
    }
    heap[at] = item;
    pos[item] = at;
  }

  private down(at: number): void {
    const { heap, pos, key } = this;
    const n = this.count;
    const item = heap[at]!;
    const k = key[item]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && key[heap[right]!]! < key[heap[child]!]!) child = right;
      const c = heap[child]!;
      if (key[c]! >= k) break;
      heap[at] = c;
      pos[c] = at;
      at = child;
    }
    heap[at] = item;
    pos[item] = at;
  }
}
