import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainder, round1, roundTo } from '../src/rounding.js';

describe('rounding', () => {
  it('rounds half up at the given decimals', () => {
    expect(roundTo(69.25, 1)).toBe(69.3);
    expect(roundTo(0.1234, 3)).toBe(0.123);
    expect(round1(66.66666)).toBe(66.7);
  });

  it('splits by largest remainder: floors, then one unit each to the largest fractions', () => {
    expect(largestRemainder([833.33, 833.33, 2500, 0, 1666.67, 1100.0000001])).toEqual([833, 833, 2500, 0, 1667, 1100]);
    expect(largestRemainder([0.5, 0.5, 0.5, 0.5])).toEqual([1, 1, 0, 0]);
    expect(largestRemainder([0.4, 0.4, 0.2], 0)).toEqual([0, 0, 0]);
    expect(largestRemainder([1.2, 2.9, 3.1], 6)).toEqual([1, 2, 3]);
  });

  it('equals the textbook largest-remainder method (sort by fraction), ties included', () => {
    const reference = (raw: number[], total?: number): number[] => {
      const values = raw.map((v) => Math.round(v * 1e6) / 1e6);
      const parts = values.map((v) => Math.floor(v));
      const sum = values.reduce((a, b) => a + b, 0);
      let missing = (total ?? Math.round(sum)) - parts.reduce((a, b) => a + b, 0);
      const frac = (i: number) => values[i]! - parts[i]!;
      const idx = values.map((_, i) => i);
      if (missing > 0) {
        const up = idx.filter((i) => frac(i) > 0).sort((a, b) => frac(b) - frac(a) || a - b);
        for (const i of up.slice(0, missing)) parts[i]!++;
      } else if (missing < 0) {
        const down = idx.filter((i) => parts[i]! > 0).sort((a, b) => frac(a) - frac(b) || b - a);
        for (const i of down) if (missing++ < 0) parts[i]!--;
      }
      return parts;
    };
    const value = fc.oneof(
      fc.double({ min: 0, max: 3000, noNaN: true, noDefaultInfinity: true }),
      fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(0, 0.25, 0.5, 1 / 3, 2 / 3, 0.75)).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.integer({ min: -1, max: 1 }), (values, shift) => {
        expect(largestRemainder(values)).toEqual(reference(values));
        const total = Math.round(values.reduce((a, b) => a + b, 0)) + shift;
        const floors = values.reduce((a, v) => a + Math.floor(Math.round(v * 1e6) / 1e6), 0);
        fc.pre(total >= 0 && total >= floors - values.length);
        expect(largestRemainder(values, total)).toEqual(reference(values, total));
      }),
      { numRuns: 500 },
    );
  });

  it('sums exactly to round(Σ values) with each part the floor or ceiling of its value', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 5000, noNaN: true, noDefaultInfinity: true }), { maxLength: 60 }), (values) => {
        const parts = largestRemainder(values);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(Math.round(values.reduce((a, b) => a + b, 0)));
        parts.forEach((p, i) => {
          expect(p === Math.floor(values[i]!) || p === Math.ceil(values[i]!)).toBe(true);
        });
      }),
    );
  });
});
