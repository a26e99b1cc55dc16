import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { AbstractGraph, Attributes } from 'graphology-types';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Above this many organisations the force-directed pass is skipped: the spiral alone is instant. */
export const FORCE_LAYOUT_LIMIT = 600;

/**
 * A deterministic layout: organisations on a sunflower spiral ordered from weakest (centre) to
 * strongest (rim), ties by id; small chains then get 200 ForceAtlas2 iterations, which are
 * deterministic from the same start, so suppliers sit near those who depend on them.
 */
export function layoutChain(graph: AbstractGraph<Attributes, Attributes, Attributes>, effective: (id: string) => number): void {
  const ids = graph.nodes().sort((a, b) => effective(a) - effective(b) || (a < b ? -1 : a > b ? 1 : 0));
  ids.forEach((id, i) => {
    const r = Math.sqrt(i + 0.5);
    const a = i * GOLDEN_ANGLE;
    graph.mergeNodeAttributes(id, { x: r * Math.cos(a), y: r * Math.sin(a) });
  });
  if (graph.order <= FORCE_LAYOUT_LIMIT) {
    forceAtlas2.assign(graph, { iterations: 200, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: false } });
  }
}
