import { parseChainModel } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { compileChain } from '../src/compile-chain.js';
import { generateChain } from '../src/generate.js';

describe('generateChain', () => {
  it('makes valid chains of the size asked, the same for the same seed', () => {
    for (const [organisations, dependencies] of [
      [2, 2],
      [5, 20],
      [50, 250],
      [2000, 10000],
    ] as const) {
      const a = generateChain({ organisations, dependencies, seed: 9 });
      expect(a.organisations.length).toBe(organisations);
      expect(a.dependencies.length).toBe(dependencies);
      expect(() => parseChainModel(a)).not.toThrow();
      expect(generateChain({ organisations, dependencies, seed: 9 })).toEqual(a);
    }
    expect(generateChain({ organisations: 100, dependencies: 400, seed: 1 })).not.toEqual(
      generateChain({ organisations: 100, dependencies: 400, seed: 2 }),
    );
  });

  it('has hubs that serve many, about 10% of dependencies in groups, and cycles', () => {
    const model = generateChain({ organisations: 5000, dependencies: 25000, seed: 4 });
    const chain = compileChain(model);
    const inDegree = (v: number) => chain.inStart[v + 1]! - chain.inStart[v]!;
    const hubs = [0, 1, 2, 3, 4].map(inDegree);
    expect(Math.min(...hubs)).toBeGreaterThan(100);
    const grouped = model.dependencies.filter((d) => d.group !== undefined).length / model.dependencies.length;
    expect(grouped).toBeGreaterThan(0.07);
    expect(grouped).toBeLessThan(0.13);
    // A cycle exists when a depth-first search meets an organisation still on its stack.
    const state = new Uint8Array(chain.size);
    const out: number[][] = Array.from({ length: chain.size }, () => []);
    for (let i = 0; i < chain.dependencies; i++) out[chain.depFrom[i]!]!.push(chain.depTo[i]!);
    let cycle = false;
    const visit = (v: number): void => {
      state[v] = 1;
      for (const w of out[v]!) {
        if (state[w] === 1) cycle = true;
        else if (state[w] === 0) visit(w);
      }
      state[v] = 2;
    };
    for (let v = 0; v < chain.size && !cycle; v++) if (state[v] === 0) visit(v);
    expect(cycle).toBe(true);
  });

  it('refuses impossible sizes', () => {
    expect(() => generateChain({ organisations: 1, dependencies: 0 })).toThrow(/organisations/);
    expect(() => generateChain({ organisations: 3, dependencies: 7 })).toThrow(/dependencies/);
    expect(() => generateChain({ organisations: 30, dependencies: 7, groupShare: 2 })).toThrow(/groupShare/);
  });
});
