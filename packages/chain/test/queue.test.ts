import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MonotoneQueue, PairMinHeap } from '../src/heap.js';

const key = fc.oneof(
  fc.constantFrom(0, 100, 50, 100 / 131072, 99.99999999999999, 5e-324),
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x + 0),
);

describe('MonotoneQueue', () => {
  it('pops in key order while pushes never go below the last key popped, and can be reused', () => {
    fc.assert(
      fc.property(
        fc.array(key, { maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(4), fc.double({ min: 0, max: 30, noNaN: true })), { maxLength: 80 }),
        (initial, steps) => {
          const queue = new MonotoneQueue(2);
          for (let round = 0; round < 2; round++) {
            queue.init(Float64Array.from(initial));
            const model: [number, number][] = initial.map((k, i) => [k, i]);
            let last = 0;
            let next = initial.length;
            const seen: number[] = [];
            const popOne = () => {
              model.sort((a, b) => a[0] - b[0]);
              const v = queue.pop();
              if (model.length === 0) {
                expect(v).toBe(-1);
                return;
              }
              const [k] = model.shift()!;
              seen.push(v);
              expect(queue.lastKey).toBe(k);
              expect(k).toBeGreaterThanOrEqual(last);
              last = k;
            };
            for (const [pops, up] of steps) {
              for (let p = 0; p < pops; p++) popOne();
              const k = Math.min(100, last + up);
              queue.push(k, next);
              model.push([k, next++]);
            }
            while (model.length > 0) popOne();
            expect(queue.pop()).toBe(-1);
            expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: next }, (_, i) => i));
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('PairMinHeap', () => {
  it('pops pairs in key order, growing as needed', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), (keys) => {
        const heap = new PairMinHeap(1);
        keys.forEach((k, i) => {
          heap.push(k, i);
        });
        const popped: number[] = [];
        while (heap.size > 0) {
          popped.push(heap.peekKey());
          heap.pop();
        }
        expect(popped).toEqual([...keys].sort((a, b) => a - b));
      }),
    );
  });
});
