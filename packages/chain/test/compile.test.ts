import { type ChainModel, LshValidationError } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileChain } from '../src/compile-chain.js';
import { CompiledChain } from '../src/compiled-chain.js';
import { propagate } from '../src/propagate-api.js';
import { chainArbitrary } from './arbitraries.js';
import { richChainArbitrary } from './rich.js';

function issuesOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (LshValidationError.isInstance(error)) return [...error.issues];
    throw error;
  }
  throw new Error('expected a validation error');
}

const bad = (): ChainModel =>
  ({
    schemaVersion: 1,
    id: 'bad',
    name: 'Bad',
    organisations: [
      { id: 'a', name: 'A', role: 'x', score: 40 },
      { id: 'b', name: 'B', role: 'x', score: Number.NaN },
      { id: 'a', name: 'A again', role: 'x' },
    ],
    dependencies: [
      { from: 'a', to: 'ghost' },
      { from: 'b', to: 'b' },
      { from: 'a', to: 'b', criticality: 1.5 },
      { from: 'a', to: 'b' },
      { from: 'nobody', to: 'a', criticality: Number.NaN },
    ],
  }) as ChainModel;

describe('compileChain', () => {
  it('lists every problem with its path, in both validation modes', () => {
    const expected = [
      'organisations.1.score',
      'organisations.2.id',
      'dependencies.0.to',
      'dependencies.1.to',
      'dependencies.2.criticality',
      'dependencies.4.from',
      'dependencies.4.criticality',
    ].sort();
    for (const validate of ['full', 'structure'] as const) {
      const paths = issuesOf(() => compileChain(bad(), { validate })).map((i) => i.path);
      expect([...new Set(paths)].sort()).toEqual(expected);
    }
  });

  it('finds the same paths in both modes for every kind of broken reference', () => {
    fc.assert(
      fc.property(
        chainArbitrary({ maxOrganisations: 6, maxDependencies: 10 }),
        fc.nat(),
        fc.constantFrom('unknown', 'self', 'blank', 'control', 'criticality', 'nan'),
        (model, at, kind) => {
          fc.pre(model.dependencies.length > 0);
          const deps = model.dependencies.map((d) => ({ ...d }));
          const d = deps[at % deps.length]!;
          if (kind === 'unknown') d.to = 'ghost';
          if (kind === 'self') d.to = d.from;
          if (kind === 'blank') d.group = ' ';
          if (kind === 'control') d.group = 'g\u0001';
          if (kind === 'criticality') d.criticality = 2;
          if (kind === 'nan') d.criticality = Number.NaN;
          const broken = { ...model, dependencies: deps };
          const full = issuesOf(() => compileChain(broken, { validate: 'full' })).map((i) => i.path);
          const structure = issuesOf(() => compileChain(broken, { validate: 'structure' })).map((i) => i.path);
          expect([...new Set(structure)].sort()).toEqual([...new Set(full)].sort());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accepts a repeated dependency in both modes, and counts it', () => {
    const model = { ...bad(), organisations: bad().organisations.slice(0, 1), dependencies: [] } as ChainModel;
    model.organisations = [
      { id: 'a', name: 'A', role: 'x', score: 40 },
      { id: 'b', name: 'B', role: 'x', score: 10 },
    ];
    model.dependencies = [
      { from: 'a', to: 'b', criticality: 0.5 },
      { from: 'a', to: 'b', criticality: 0.25, group: 'g' },
    ];
    for (const validate of ['full', 'structure'] as const) expect(compileChain(model, { validate }).repeatedDependencies()).toBe(1);
  });

  it('full validation also checks the fields analysis does not use', () => {
    const model = { ...bad(), organisations: [{ id: 'a', name: '', role: 'x' }], dependencies: [] } as ChainModel;
    expect(issuesOf(() => compileChain(model)).map((i) => i.path)).toEqual(['organisations.0.name']);
    expect(compileChain(model, { validate: 'structure' }).size).toBe(1);
  });

  it('builds the same chain in both modes and keeps the source order', () => {
    fc.assert(
      fc.property(richChainArbitrary(), (model) => {
        const a = compileChain(model);
        const b = compileChain(model, { validate: 'structure' });
        expect(a.ids).toEqual(model.organisations.map((o) => o.id));
        expect(Array.from(a.depFrom)).toEqual(model.dependencies.map((d) => a.indexOf(d.from)));
        expect(Array.from(a.depCriticality)).toEqual(model.dependencies.map((d) => d.criticality ?? 1));
        expect(propagate(b).toJSON()).toEqual(propagate(a).toJSON());
        expect(compileChain(a)).toBe(a);
        expect(CompiledChain.isInstance(a)).toBe(true);
        for (const [i, o] of model.organisations.entries()) expect(a.indexOf(o.id)).toBe(i);
        if (!model.organisations.some((o) => o.id === 'constructor')) expect(a.indexOf('constructor')).toBe(-1);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses what is not a chain', () => {
    expect(issuesOf(() => compileChain(42 as unknown as ChainModel, { validate: 'structure' }))[0]!.path).toBe('');
    expect(issuesOf(() => compileChain(null as unknown as ChainModel)).length).toBeGreaterThan(0);
    expect(issuesOf(() => compileChain(bad(), { validate: 'fast' as 'full' }))[0]!.path).toBe('validate');
    expect(issuesOf(() => propagate(bad(), { unknownScore: 120 }))[0]!.path).toBe('unknownScore');
  });
});
