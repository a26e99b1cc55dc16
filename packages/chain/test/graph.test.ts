import { type ChainModel, LshValidationError } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileChain } from '../src/compile-chain.js';
import { buildChainGraph, dependencyKey, toChainModel } from '../src/graph.js';
import { propagate } from '../src/propagate-api.js';
import { richChainArbitrary } from './rich.js';

describe('buildChainGraph and toChainModel', () => {
  it('round-trip every valid model losslessly', () => {
    fc.assert(
      fc.property(richChainArbitrary(), (model) => {
        const graph = buildChainGraph(model);
        expect(graph.type).toBe('directed');
        expect(graph.order).toBe(model.organisations.length);
        expect(graph.size).toBe(model.dependencies.length);
        expect(toChainModel(graph)).toEqual(model);
      }),
      { numRuns: 300 },
    );
  });

  it('builds the same graph from an already validated model without validating it again', () => {
    fc.assert(
      fc.property(richChainArbitrary(), (model) => {
        const checked = buildChainGraph(model);
        compileChain(model);
        const trusted = buildChainGraph(model, { validated: true });
        expect(trusted.export()).toEqual(checked.export());
        expect(toChainModel(trusted)).toEqual(model);
      }),
      { numRuns: 200 },
    );
    // The promise is the caller's: a field the schema rejects is not looked at again.
    const model: ChainModel = {
      schemaVersion: 1,
      id: 'g',
      name: 'G',
      organisations: [{ id: 'a', name: '', role: 'x' }],
      dependencies: [],
    };
    expect(() => buildChainGraph(model)).toThrow(LshValidationError);
    expect(buildChainGraph(model, { validated: true }).order).toBe(1);
  });

  it('copies, so editing the graph leaves the model alone', () => {
    fc.assert(
      fc.property(richChainArbitrary(), (model) => {
        const before = structuredClone(model);
        const graph = buildChainGraph(model);
        graph.forEachNode((id) => graph.mergeNodeAttributes(id, { name: 'changed' }));
        graph.forEachNode((_id, a) => {
          if (Array.isArray(a.profile?.data)) a.profile.data.length = 0;
        });
        expect(model).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('propagates the same on the graph as on the model, and assign writes the attributes', () => {
    fc.assert(
      fc.property(richChainArbitrary(), (model) => {
        const graph = buildChainGraph(model);
        const fromModel = propagate(model);
        expect(propagate(graph).toJSON()).toEqual(fromModel.toJSON());
        expect(propagate(compileChain(graph, { validate: 'structure' })).toJSON()).toEqual(fromModel.toJSON());
        propagate.assign(graph);
        for (const o of model.organisations) {
          const r = fromModel.get(o.id);
          expect(graph.getNodeAttributes(o.id)).toMatchObject({ effective: r.effective, via: r.via, assessed: r.assessed });
        }
        // The written attributes are not part of the model.
        expect(toChainModel(graph)).toEqual(model);
      }),
      { numRuns: 200 },
    );
  });

  it('reports graph problems with node and edge keys as paths', () => {
    const graph = buildChainGraph({
      schemaVersion: 1,
      id: 'g',
      name: 'G',
      organisations: [
        { id: 'a', name: 'A', role: 'x', score: 10 },
        { id: 'b', name: 'B', role: 'x' },
      ],
      dependencies: [{ from: 'a', to: 'b' }],
    });
    graph.mergeNodeAttributes('b', { score: 300 });
    graph.mergeEdgeAttributes(dependencyKey('a', 'b'), { criticality: Number.NaN });
    graph.addEdge('b', 'b');
    for (const validate of ['full', 'structure'] as const) {
      try {
        compileChain(graph, { validate });
        expect.unreachable();
      } catch (error) {
        expect(LshValidationError.isInstance(error)).toBe(true);
        const paths = (error as LshValidationError).issues.map((i) => i.path);
        expect(paths).toContain('nodes.b.score');
        expect(paths).toContain(`edges.${dependencyKey('a', 'b')}.criticality`);
        expect(paths.some((p) => p.startsWith('edges.') && p.endsWith('.to'))).toBe(true);
      }
    }
  });
});
