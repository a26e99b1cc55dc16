import type { ChainModel } from '@lsh-cyber/schema';
import { LshValidationError } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileChain } from '../src/compile-chain.js';
import { failureBasis } from '../src/failure-basis.js';
import { failureForest, failureStructure } from '../src/failure-forest.js';
import { planFailures, settleFailures } from '../src/failure-plan.js';
import { generateChain } from '../src/generate.js';
import { propagate } from '../src/propagate-api.js';
import { singlePointsOfFailure } from '../src/single-points-of-failure.js';
import { chainArbitrary } from './arbitraries.js';
import { oracleEffective } from './oracle.js';

/** Brute force: propagate the whole chain again with each organisation's own score at 0. */
function bruteForce(model: ChainModel) {
  const before = oracleEffective(model);
  const n = model.organisations.length;
  const after = model.organisations.map((_, v) => oracleEffective(model, 50, new Map([[v, 0]])));
  const organisations = new Map<string, { affected: number; totalDrop: number; maxDrop: number }>();
  for (let v = 0; v < n; v++) {
    let affected = 0;
    let totalDrop = 0;
    let maxDrop = 0;
    for (let u = 0; u < n; u++) {
      if (u === v || after[v]![u]! >= before[u]!) continue;
      affected++;
      totalDrop += before[u]! - after[v]![u]!;
      maxDrop = Math.max(maxDrop, before[u]! - after[v]![u]!);
    }
    if (affected > 0) organisations.set(model.organisations[v]!.id, { affected, totalDrop, maxDrop });
  }
  const index = new Map(model.organisations.map((o, i) => [o.id, i]));
  // A list, not a map by pair: a repeated dependency is a sole dependency of its own.
  const dependencies: string[] = [];
  let withoutAlternative = 0;
  for (const d of model.dependencies) {
    const c = d.criticality ?? 1;
    const alternatives = d.group === undefined ? 1 : model.dependencies.filter((x) => x.from === d.from && x.group === d.group).length;
    if (c === 0 || alternatives > 1) continue;
    withoutAlternative++;
    const u = index.get(d.from)!;
    const drop = before[u]! - after[index.get(d.to)!]![u]!;
    if (drop > 0) dependencies.push(JSON.stringify([d.from, d.to, drop]));
  }
  return { organisations, dependencies, withoutAlternative };
}

/** singlePointsOfFailure gives what brute force gives, figure for figure. */
function expectBruteForce(model: ChainModel): void {
  const expected = bruteForce(model);
  const actual = singlePointsOfFailure(model);
  expect(actual.organisations.length).toBe(expected.organisations.size);
  for (const o of actual.organisations) {
    const e = expected.organisations.get(o.id)!;
    expect(o.affected).toBe(e.affected);
    expect(o.maxDrop).toBe(e.maxDrop);
    expect(o.totalDrop).toBeCloseTo(e.totalDrop, 9);
  }
  expect(actual.dependencies.map((d) => JSON.stringify([d.from, d.to, d.drop])).sort()).toEqual(expected.dependencies.sort());
  expect(actual.withoutAlternative).toBe(expected.withoutAlternative);
}

describe('singlePointsOfFailure', () => {
  it('equals propagating the whole chain again for every failure, on random chains', () => {
    fc.assert(
      fc.property(chainArbitrary({ maxOrganisations: 14, maxDependencies: 50 }), (model) => {
        expectBruteForce(model);
      }),
      { numRuns: 1500 },
    );
  });

  it('equals propagating the whole chain again on sparse chains of sole dependencies, whose failures nest deeply', () => {
    // Mostly chains of sole, fully critical dependencies (each failure then nests on the failure of
    // its dependant), with a few back edges for cycles and a few groups.
    const sparse = fc.integer({ min: 2, max: 40 }).chain((n) =>
      fc
        .record({
          scores: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined, freq: 6 }), { minLength: n, maxLength: n }),
          next: fc.array(fc.tuple(fc.nat(n - 1), fc.constantFrom(1, 1, 1, 0.75, 0.5), fc.boolean()), { minLength: n, maxLength: n }),
          back: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 4 }),
        })
        .map(({ scores, next, back }): ChainModel => {
          const id = (i: number) => `o${i}`;
          const dependencies: ChainModel['dependencies'] = [];
          next.forEach(([to, criticality, grouped], i) => {
            if (to === i) return;
            const d: ChainModel['dependencies'][number] = { from: id(i), to: id(to) };
            if (criticality !== 1) d.criticality = criticality;
            if (grouped) d.group = 'g';
            dependencies.push(d);
          });
          for (const [from, to] of back) if (from !== to) dependencies.push({ from: id(from), to: id(to) });
          return {
            schemaVersion: 1,
            id: 'sparse',
            name: 'Sparse',
            organisations: scores.map((score, i) =>
              score === undefined ? { id: id(i), name: id(i), role: 'x' } : { id: id(i), name: id(i), role: 'x', score },
            ),
            dependencies,
          };
        }),
    );
    fc.assert(
      fc.property(sparse, (model) => {
        expectBruteForce(model);
      }),
      { numRuns: 400 },
    );
  });

  it('completes on a line of 100,000 sole dependencies, where each failure reaches everyone before it', () => {
    // o0 depends on o1, o1 on o2, …: the failure of o_k brings down o_0 … o_(k-1), n²/2 drops in all,
    // but each failure is settled on top of its dependant's, so the work is linear.
    const n = 100_000;
    const organisations: ChainModel['organisations'] = [];
    const dependencies: ChainModel['dependencies'] = [];
    for (let i = 0; i < n; i++) {
      organisations.push({ id: `o${i}`, name: `O${i}`, role: 'x', score: 80 });
      if (i > 0) dependencies.push({ from: `o${i - 1}`, to: `o${i}` });
    }
    const result = singlePointsOfFailure(
      { schemaVersion: 1, id: 'line', name: 'Line', organisations, dependencies },
      { validate: 'structure' },
    );
    expect(result.organisations.length).toBe(n - 1);
    expect(result.organisations[0]).toEqual({ id: `o${n - 1}`, affected: n - 1, totalDrop: 80 * (n - 1), maxDrop: 80 });
    expect(result.organisations[n - 2]).toEqual({ id: 'o1', affected: 1, totalDrop: 80, maxDrop: 80 });
    expect(result.dependencies).toHaveLength(n - 1);
    expect(result.dependencies.every((d) => d.drop === 80)).toBe(true);

    // The last one also depends, half critically, on z: z's failure caps everyone at 50, and is
    // settled through a line of 100,000 intermediate states (made without recursion).
    organisations.push({ id: 'z', name: 'Z', role: 'x', score: 90 });
    dependencies.push({ from: `o${n - 1}`, to: 'z', criticality: 0.5 });
    const capped = singlePointsOfFailure(
      { schemaVersion: 1, id: 'line', name: 'Line', organisations, dependencies },
      { validate: 'structure' },
    );
    expect(capped.organisations[0]).toEqual({ id: 'z', affected: n, totalDrop: 30 * n, maxDrop: 30 });
    expect(capped.organisations[1]).toEqual({ id: `o${n - 1}`, affected: n - 1, totalDrop: 80 * (n - 1), maxDrop: 80 });
  });

  it('sorts by how many are affected and honours minAffected and limit', () => {
    const model = generateChain({ organisations: 300, dependencies: 1200, seed: 3 });
    const all = singlePointsOfFailure(model);
    expect(all.organisations.length).toBeGreaterThan(3);
    for (let k = 1; k < all.organisations.length; k++) {
      expect(all.organisations[k - 1]!.affected).toBeGreaterThanOrEqual(all.organisations[k]!.affected);
    }
    for (let k = 1; k < all.dependencies.length; k++)
      expect(all.dependencies[k - 1]!.drop).toBeGreaterThanOrEqual(all.dependencies[k]!.drop);
    const some = singlePointsOfFailure(propagate(compileChain(model)), { minAffected: 3, limit: 5 });
    expect(some.organisations).toEqual(all.organisations.filter((o) => o.affected >= 3).slice(0, 5));
    expect(some.dependencies).toEqual(all.dependencies.slice(0, 5));
  });

  it('gives a short list of a large chain exactly as the full ranking begins', () => {
    // 4,000 organisations with a limit of 10 take the one-pass short list; the unlimited call sorts.
    const model = generateChain({ organisations: 4000, dependencies: 16000, seed: 11 });
    const result = propagate(compileChain(model));
    const all = singlePointsOfFailure(result);
    expect(all.organisations.length).toBeGreaterThan(640);
    for (const limit of [0, 1, 10, 37]) {
      const some = singlePointsOfFailure(result, { limit });
      expect(some.organisations).toEqual(all.organisations.slice(0, limit));
      expect(some.dependencies).toEqual(all.dependencies.slice(0, limit));
    }
  });

  it('refuses bad options', () => {
    const model = generateChain({ organisations: 10, dependencies: 20 });
    expect(() => singlePointsOfFailure(model, { minAffected: 0 })).toThrow(/minAffected/);
    expect(() => singlePointsOfFailure(model, { limit: -1 })).toThrow(/limit/);
  });
});

describe('singlePointsOfFailure on one very large group of alternatives', () => {
  it('completes on a 200,000-alternative star and finds that no single alternative matters', () => {
    const n = 200_000;
    const organisations: ChainModel['organisations'] = [{ id: 'hospital', name: 'Hospital', role: 'hospital', score: 90 }];
    const dependencies: ChainModel['dependencies'] = [];
    for (let i = 0; i < n; i++) {
      organisations.push({ id: `cloud-${i}`, name: `Cloud ${i}`, role: 'cloud', score: i % 100 });
      dependencies.push({ from: 'hospital', to: `cloud-${i}`, group: 'hosting' });
    }
    // 2,000 alternatives score 99, so the hospital keeps its own 90 whichever one fails.
    const star: ChainModel = { schemaVersion: 1, id: 'star', name: 'Star', organisations, dependencies };
    const result = singlePointsOfFailure(star, { validate: 'structure' });
    expect(result.organisations).toEqual([]);
    expect(result.dependencies).toEqual([]);
    expect(result.withoutAlternative).toBe(0);

    const capped: ChainModel = {
      ...star,
      organisations: organisations.map((o, i) => (i === 0 ? o : { ...o, score: Math.min(o.score!, 80) })),
    };
    // Now the group binds the hospital at 80, but losing any one alternative leaves another at 80.
    expect(singlePointsOfFailure(capped, { validate: 'structure' }).organisations).toEqual([]);

    const single: ChainModel = {
      ...star,
      organisations: organisations.map((o, i) => (i === 0 ? o : { ...o, score: i === n ? 95 : 10 })),
    };
    const one = singlePointsOfFailure(single, { validate: 'structure' });
    // Only the one alternative at 95 holds the hospital at 90; when it fails the next best is 10.
    expect(one.organisations).toEqual([{ id: `cloud-${n - 1}`, affected: 1, totalDrop: 80, maxDrop: 80 }]);
  });
});

describe('planFailures and settleFailures', () => {
  it('give the same figures however the trees are divided between copies of a shared plan', () => {
    const slices = fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 4 })), { maxLength: 12 });
    fc.assert(
      fc.property(chainArbitrary({ maxOrganisations: 14, maxDependencies: 50 }), slices, (model, turns) => {
        const result = propagate(model);
        const expected = singlePointsOfFailure(result);
        const plan = planFailures(result, { shared: true });
        // What postMessage hands a worker thread: a copy of the object over the same shared memory.
        const copy = structuredClone(plan);
        let settled = 0;
        for (const [other, limit] of turns) settled += settleFailures(other ? copy : plan, { limit });
        expect(Atomics.load(plan.progress, 1)).toBe(settled);
        // The rest is settled by singlePointsOfFailure itself.
        expect(singlePointsOfFailure(result, { plan: copy })).toEqual(expected);
        expect(Atomics.load(plan.progress, 1)).toBe(plan.forest.roots.length);
      }),
      { numRuns: 400 },
    );
  });

  it('take the forest and the basis from other threads: structured copies of failureForest and failureBasis give the same plan and figures', () => {
    fc.assert(
      fc.property(chainArbitrary({ maxOrganisations: 14, maxDependencies: 50 }), (model) => {
        const result = propagate(model);
        const { chain } = result;
        const { effective } = result.solution;
        // What worker threads hand back: copies of the objects over the same shared memory. The
        // structure can be made before any score is known (while the chain propagates).
        const structure = structuredClone(failureStructure(chain));
        const forest = structuredClone(failureForest(chain, effective, structure));
        const basis = structuredClone(failureBasis(chain, effective));
        const plan = planFailures(result, { shared: true, forest, basis });
        const own = planFailures(result, { shared: true });
        expect(plan.forest).toEqual(own.forest);
        expect(plan.basis).toEqual(own.basis);
        expect(singlePointsOfFailure(result, { plan })).toEqual(singlePointsOfFailure(result));
      }),
      { numRuns: 200 },
    );
  });

  it('give the same figures with a forest that outgrew its first room as with a flat forest (every failure a tree of its own)', () => {
    // 20,000 organisations make about 2,600 intermediate states: more than the room the forest
    // starts with (1,024 beyond the organisations), so its arrays are grown while it is built.
    const result = propagate(generateChain({ organisations: 20_000, dependencies: 100_000, seed: 3 }), { validate: 'structure' });
    const { size } = result.chain;
    const grown = failureForest(result.chain, result.solution.effective);
    expect(grown.nodes).toBeGreaterThan(size + 1024);
    const flat = {
      nodes: size,
      org: Int32Array.from({ length: size }, (_, v) => v),
      lowerTo: new Float64Array(size),
      childStart: new Int32Array(size + 1),
      children: new Int32Array(0),
      roots: Int32Array.from({ length: size }, (_, k) => size - 1 - k),
    };
    const expected = singlePointsOfFailure(result, { plan: planFailures(result, { forest: flat }) });
    expect(singlePointsOfFailure(result, { plan: planFailures(result, { forest: grown }) })).toEqual(expected);
    expect(expected.organisations.some((o) => o.affected > 0)).toBe(true);
  });

  it("refuse a forest or a basis that is not this chain's", () => {
    const result = propagate(generateChain({ organisations: 50, dependencies: 200, seed: 5 }), { validate: 'structure' });
    const { chain } = result;
    const { effective } = result.solution;
    const smaller = propagate(generateChain({ organisations: 40, dependencies: 100, seed: 5 }), { validate: 'structure' });
    const forestRefused = /forest: must be the chain's forest of failures/;
    expect(() => planFailures(result, { forest: failureForest(smaller.chain, smaller.solution.effective) })).toThrow(forestRefused);
    // A forest of the right size in which a node is its own parent: a walk would never end.
    const looped = failureForest(chain, effective);
    const childStart = looped.childStart.slice();
    const root = looped.roots[0]!;
    for (let v = root + 1; v <= looped.nodes; v++) childStart[v]!++;
    // The root's children now end with the root itself; one root fewer keeps the count of nodes.
    const reordered = new Int32Array(looped.children.length + 1);
    reordered.set(looped.children.subarray(0, looped.childStart[root + 1]!));
    reordered[looped.childStart[root + 1]!] = root;
    reordered.set(looped.children.subarray(looped.childStart[root + 1]!), looped.childStart[root + 1]! + 1);
    const loop = { ...looped, childStart, children: reordered, roots: looped.roots.subarray(1) };
    expect(() => planFailures(result, { forest: loop })).toThrow(forestRefused);
    const basisRefused = /basis: must be the chain's failure basis/;
    expect(() => planFailures(result, { basis: failureBasis(smaller.chain, smaller.solution.effective) })).toThrow(basisRefused);
    // The same chain propagated with another score for the unassessed: other scores, another basis.
    const pessimistic = propagate(chain, { unknownScore: 0 });
    expect(pessimistic.solution.effective).not.toEqual(effective);
    expect(() => planFailures(result, { basis: failureBasis(chain, pessimistic.solution.effective) })).toThrow(basisRefused);
    expect(() => planFailures(result, { forest: {} as never, basis: 3 as never })).toThrow(LshValidationError);
  });

  it('settle in place without shared memory, and nothing is left for a second call', () => {
    const result = propagate(generateChain({ organisations: 300, dependencies: 1200, seed: 4 }), { validate: 'structure' });
    const plan = planFailures(result);
    expect(plan.chain.inFrom).toBe(result.chain.inFrom);
    expect(settleFailures(plan)).toBe(plan.forest.roots.length);
    expect(settleFailures(plan)).toBe(0);
    expect(singlePointsOfFailure(result, { plan })).toEqual(singlePointsOfFailure(result));
  });

  it('refuse a plan of another chain, one still being settled elsewhere, and one not made by planFailures', () => {
    const result = propagate(generateChain({ organisations: 50, dependencies: 200, seed: 5 }), { validate: 'structure' });
    const other = planFailures(propagate(generateChain({ organisations: 60, dependencies: 200, seed: 5 }), { validate: 'structure' }));
    const pathsOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(LshValidationError.isInstance(error)).toBe(true);
        return (error as LshValidationError).issues.map((i) => i.path);
      }
      throw new Error('expected an LshValidationError');
    };
    expect(pathsOf(() => singlePointsOfFailure(result, { plan: other }))).toEqual(['plan']);
    // Another thread took every tree and has not finished: the figures are not complete yet.
    const busy = planFailures(result, { shared: true });
    Atomics.store(busy.progress, 0, busy.forest.roots.length);
    expect(pathsOf(() => singlePointsOfFailure(result, { plan: busy }))).toEqual(['plan']);
    const plan = planFailures(result);
    expect(pathsOf(() => settleFailures({} as never))).toEqual(['']);
    expect(pathsOf(() => settleFailures({ ...plan, effective: new Float64Array(3) }))).toEqual(['effective']);
    expect(pathsOf(() => settleFailures({ ...plan, chain: { ...plan.chain, depTo: [] as never } }))).toEqual(['chain.depTo']);
    expect(pathsOf(() => settleFailures({ ...plan, basis: { ...plan.basis, ranked: new Int32Array(1) } }))).toEqual(['basis.ranked']);
    expect(pathsOf(() => settleFailures(plan, { limit: -1 }))).toEqual(['limit']);
  });
});
