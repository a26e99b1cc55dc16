import type { ChainModel } from '@lsh-cyber/schema';
import fc from 'fast-check';

/** Criticalities that are exact in binary, as the issue asks. */
export const CRITICALITIES = [0, 0.25, 0.5, 0.75, 1] as const;

/** Random chain models with cycles, groups of alternatives, unknown scores and default criticalities. */
export function chainArbitrary(options: { maxOrganisations?: number; maxDependencies?: number } = {}): fc.Arbitrary<ChainModel> {
  const maxN = options.maxOrganisations ?? 12;
  const maxM = options.maxDependencies ?? 40;
  return fc.integer({ min: 1, max: maxN }).chain((n) =>
    fc
      .record({
        scores: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined, freq: 5 }), { minLength: n, maxLength: n }),
        deps: fc.array(
          fc.record({
            from: fc.nat(n - 1),
            to: fc.nat(n - 1),
            criticality: fc.option(fc.constantFrom(...CRITICALITIES), { nil: undefined, freq: 5 }),
            group: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined, freq: 2 }),
          }),
          { maxLength: n > 1 ? maxM : 0 },
        ),
      })
      .map(({ scores, deps }) => {
        const seen = new Set<string>();
        const dependencies: ChainModel['dependencies'] = [];
        for (const d of deps) {
          const key = `${d.from}>${d.to}`;
          if (d.from === d.to || seen.has(key)) continue;
          seen.add(key);
          const dep: ChainModel['dependencies'][number] = { from: `o${d.from}`, to: `o${d.to}` };
          if (d.criticality !== undefined) dep.criticality = d.criticality;
          if (d.group !== undefined) dep.group = d.group;
          dependencies.push(dep);
        }
        return {
          schemaVersion: 1 as const,
          id: 'random',
          name: 'Random chain',
          organisations: scores.map((score, i) =>
            score === undefined ? { id: `o${i}`, name: `O${i}`, role: 'x' } : { id: `o${i}`, name: `O${i}`, role: 'x', score },
          ),
          dependencies,
        };
      }),
  );
}
