/**
 * A binary min-heap of (key, value) pairs in two typed arrays, for label-setting algorithms with
 * lazy deletion: a lowered key is pushed again and the stale pair is skipped when popped. Keys sit
 * next to each other in memory, so sifting never chases an index into another array.
 */
export class PairMinHeap {
  private keys: Float64Array;
  private values: Int32Array;
  /** Number of pairs in the heap. */
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.values = new Int32Array(Math.max(16, capacity));
  }

  /** Replaces the content by the pairs (keys[i], i) for i < n, in O(n). */
  fillFrom(keys: Float64Array, n: number): void {
    if (n > this.keys.length) this.grow(n);
    this.keys.set(keys.subarray(0, n));
    for (let i = 0; i < n; i++) this.values[i] = i;
    this.size = n;
    for (let i = (n >> 1) - 1; i >= 0; i--) this.down(i);
  }

  /** The smallest key; only when `size > 0`. */
  peekKey(): number {
    return this.keys[0]!;
  }

  /** Adds a pair. */
  push(key: number, value: number): void {
    if (this.size === this.keys.length) this.grow(this.size * 2);
    const keys = this.keys;
    const values = this.values;
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const pk = keys[parent]!;
      if (pk <= key) break;
      keys[at] = pk;
      values[at] = values[parent]!;
      at = parent;
    }
    keys[at] = key;
    values[at] = value;
  }

  /** Removes the pair with the smallest key and returns its value. */
  pop(): number {
    const top = this.values[0]!;
    const last = --this.size;
    if (last > 0) {
      this.keys[0] = this.keys[last]!;
      this.values[0] = this.values[last]!;
      this.down(0);
    }
    return top;
  }

  private down(at: number): void {
    const keys = this.keys;
    const values = this.values;
    const n = this.size;
    const key = keys[at]!;
    const value = values[at]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= n) break;
      let ck = keys[child]!;
      const right = child + 1;
      if (right < n) {
        const rk = keys[right]!;
        if (rk < ck) {
          child = right;
          ck = rk;
        }
      }
      if (ck >= key) break;
      keys[at] = ck;
      values[at] = values[child]!;
      at = child;
    }
    keys[at] = key;
    values[at] = value;
  }

  private grow(capacity: number): void {
    const keys = new Float64Array(capacity);
    keys.set(this.keys.subarray(0, this.size));
    const values = new Int32Array(capacity);
    values.set(this.values.subarray(0, this.size));
    this.keys = keys;
    this.values = values;
  }
}

const BUCKETS = 1 << 17;
const SCALE = BUCKETS / 100;

/**
 * A monotone priority queue for keys in [0, 100]: popped keys never decrease, and no key pushed
 * is below the last one popped. Keys fall into fine buckets by value; only the current bucket is
 * kept as a small binary heap, so most pushes and pops cost O(1) instead of O(log n). The order
 * is exactly that of the keys: buckets are monotone in the key, and a bucket is a heap.
 *
 * The first pairs are laid out by a counting sort, bucket after bucket, so that reading them is
 * sequential; later pushes go to a linked list per bucket.
 */
export class MonotoneQueue {
  private readonly start = new Int32Array(BUCKETS + 2);
  private initialKeys = new Float64Array(0);
  private initialValues = new Int32Array(0);
  private readonly head = new Int32Array(BUCKETS + 1).fill(-1);
  private next: Int32Array;
  private keys: Float64Array;
  private values: Int32Array;
  private used = 0;
  private current = -1;
  private readonly bucket = new PairMinHeap(1024);
  /** The key of the pair the last {@link pop} returned. */
  lastKey = 0;

  /** `capacity`: how many pushes to make room for; the queue grows when more come. */
  constructor(capacity: number) {
    this.next = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
  }

  /**
   * Empties the queue and starts it with the pairs (keys[i], i) for every i. A queue can be reused
   * this way, which saves allocating its arrays again.
   */
  init(keys: Float64Array): void {
    const n = keys.length;
    const start = this.start;
    start.fill(0);
    this.head.fill(-1);
    this.used = 0;
    this.current = -1;
    this.bucket.size = 0;
    for (let i = 0; i < n; i++) start[((keys[i]! * SCALE) | 0) + 1]!++;
    for (let b = 0; b <= BUCKETS; b++) start[b + 1]! += start[b]!;
    const fill = start.slice(0, BUCKETS + 1);
    const ik = this.initialKeys.length === n ? this.initialKeys : new Float64Array(n);
    const iv = this.initialValues.length === n ? this.initialValues : new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      const at = fill[(k * SCALE) | 0]!++;
      ik[at] = k;
      iv[at] = i;
    }
    this.initialKeys = ik;
    this.initialValues = iv;
  }

  /** Adds a pair; `key` must be in [0, 100] and not below the last key popped. */
  push(key: number, value: number): void {
    const b = (key * SCALE) | 0;
    if (b <= this.current) {
      this.bucket.push(key, value);
      return;
    }
    if (this.used === this.keys.length) this.grow();
    const e = this.used++;
    this.keys[e] = key;
    this.values[e] = value;
    this.next[e] = this.head[b]!;
    this.head[b] = e;
  }

  /** Removes the pair with the smallest key and returns its value, or -1 when the queue is empty. */
  pop(): number {
    const bucket = this.bucket;
    while (bucket.size === 0) {
      if (this.current >= BUCKETS) return -1;
      const b = ++this.current;
      const end = this.start[b + 1]!;
      for (let e = this.start[b]!; e < end; e++) bucket.push(this.initialKeys[e]!, this.initialValues[e]!);
      for (let e = this.head[b]!; e >= 0; e = this.next[e]!) bucket.push(this.keys[e]!, this.values[e]!);
      this.head[b] = -1;
    }
    this.lastKey = bucket.peekKey();
    return bucket.pop();
  }

  private grow(): void {
    const capacity = this.keys.length * 2 + 16;
    const next = new Int32Array(capacity);
    next.set(this.next);
    const keys = new Float64Array(capacity);
    keys.set(this.keys);
    const values = new Int32Array(capacity);
    values.set(this.values);
    this.next = next;
    this.keys = keys;
    this.values = values;
  }
}
