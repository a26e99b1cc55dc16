import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, measureInitial } from '../scripts/size.mjs';
import { DIST } from './helpers/app.js';

describe('initial JavaScript budget', () => {
  it('loads at most 150 KB of gzipped JavaScript before any lazy view', () => {
    expect(existsSync(DIST), 'run `pnpm build` first').toBe(true);
    const size = measureInitial(DIST);
    expect(size.js.length).toBeGreaterThan(0);
    console.log(`Initial JavaScript: ${(size.jsGzip / 1024).toFixed(1)} KB gzip in ${size.js.length} file(s)`);
    expect(size.jsGzip).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
