import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITICALITY_LEVELS, type CriticalityLevel, criticalityLevel } from '../src/index.js';

describe('plain-language criticality', () => {
  it('reads each level back as itself, and an absent criticality as "stops"', () => {
    for (const level of Object.keys(CRITICALITY_LEVELS) as CriticalityLevel[])
      expect(criticalityLevel(CRITICALITY_LEVELS[level])).toBe(level);
    expect(criticalityLevel()).toBe('stops');
  });

  it('gives every criticality from 0 to 1 the nearest level', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (c) => {
        const chosen = CRITICALITY_LEVELS[criticalityLevel(c)];
        for (const v of Object.values(CRITICALITY_LEVELS)) expect(Math.abs(chosen - c)).toBeLessThanOrEqual(Math.abs(v - c));
      }),
      { numRuns: 500 },
    );
  });
});
