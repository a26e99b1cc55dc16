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
