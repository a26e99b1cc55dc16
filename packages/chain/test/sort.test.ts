import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstK } from '../src/first-k.js';
import { sortByKeyDescending } from '../src/sort.js';

describe('sortByKeyDescending', () => {
  it('orders like a stable comparison sort, largest key first', () => {
    const key = fc.oneof(
      fc.constantFrom(0, 1, 2.5, 100, 1e-300, 5e-324, 1e300),
      fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => x + 0),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (values) => {
        const keys = Float64Array.from(values);
        const items = Int32Array.from(values.keys());
        const expected = [...items].sort((a, b) => keys[b]! - keys[a]! || a - b);
        expect(Array.from(sortByKeyDescending(items, keys))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('sorts a subset of indices and leaves its input alone', () => {
    const keys = Float64Array.from([5, 1, 9, 1, 7]);
    const items = Int32Array.from([4, 3, 1]);
    expect(Array.from(sortByKeyDescending(items, keys))).toEqual([4, 3, 1]);
    expect(Array.from(items)).toEqual([4, 3, 1]);
  });
});

describe('firstK', () => {
  it('keeps the k first of a full sort, ties broken by the order given', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 200 }), fc.nat(220), (values, k) => {
        const before = (a: number, b: number): boolean => values[a]! < values[b]! || (values[a] === values[b] && a < b);
        const expected = [...values.keys()].sort((a, b) => values[a]! - values[b]! || a - b).slice(0, k);
        expect(Array.from(firstK(values.length, k, before))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('picks from the items it is handed, not from their positions', () => {
    const items = [7, 3, 9, 1];
    const firstOfItems = (k: number) =>
      Array.from(
        firstK(
          items.length,
          k,
          (a, b) => a < b,
          (i) => items[i]!,
        ),
      );
    expect(firstOfItems(2)).toEqual([1, 3]);
    expect(firstOfItems(0)).toEqual([]);
  });
});
