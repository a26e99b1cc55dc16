import type { ChainModel } from '@lsh-cyber/schema';
import { isId } from '@lsh-cyber/schema';
import fc from 'fast-check';

/** Criticalities that are exact in binary, as the issue asks. */
export const CRITICALITIES = [0, 0.25, 0.5, 0.75, 1] as const;

/** Ids as users bring them: registry names, package URLs, accents, spaces, `__proto__`, any Unicode without control characters. */
export const userIdArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'libstdc++6',
    'afl++',
    'pkg:npm/%40scope/name@1.2.3',
    'Zorg & Co',
    'é',
    'a->b',
    '"x";y,z',
    '=1+2',
  ),
  fc.string({ minLength: 1, maxLength: 12 }).filter(isId),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).filter(isId),
);

/** `n` distinct user ids. */
export function userIds(n: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(userIdArbitrary, { minLength: n, maxLength: n });
}

/**
 * Random chain models with cycles, groups of alternatives, repeated dependencies, unknown scores,
 * default criticalities and ids of every kind users bring.
 */
export function chainArbitrary(options: { maxOrganisations?: number; maxDependencies?: number } = {}): fc.Arbitrary<ChainModel> {
  const maxN = options.maxOrganisations ?? 12;
  const maxM = options.maxDependencies ?? 40;
  return fc.integer({ min: 1, max: maxN }).chain((n) =>
    fc
      .record({
        ids: userIds(n),
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
      .map(({ ids, scores, deps }) => {
        const dependencies: ChainModel['dependencies'] = [];
        for (const d of deps) {
          if (d.from === d.to) continue;
          const dep: ChainModel['dependencies'][number] = { from: ids[d.from]!, to: ids[d.to]! };
          if (d.criticality !== undefined) dep.criticality = d.criticality;
          if (d.group !== undefined) dep.group = d.group;
          dependencies.push(dep);
        }
        return {
          schemaVersion: 1 as const,
          id: 'random',
          name: 'Random chain',
          organisations: scores.map((score, i) =>
            score === undefined ? { id: ids[i]!, name: `O${i}`, role: 'x' } : { id: ids[i]!, name: `O${i}`, role: 'x', score },
          ),
          dependencies,
        };
      }),
  );
}
