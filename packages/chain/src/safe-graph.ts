import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';

/**
 * graphology 0.26 indexes each node's neighbours in plain objects (`out[neighbour]`), so a node
 * whose key is `__proto__` reaches `Object.prototype`: a simple graph then refuses a first edge to
 * it ("already exists") and a multigraph writes its edge list into `Object.prototype`. Any string
 * is an organisation id, so the chain graphs give every node neighbour indexes without a prototype,
 * before any edge touches them.
 */
interface NodeIndexes {
  in?: Record<string, unknown>;
  out?: Record<string, unknown>;
  undirected?: Record<string, unknown>;
}
type Internals = { _nodes: Map<string, NodeIndexes> };

function withoutPrototype(index: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (index === undefined || Object.getPrototypeOf(index) === null) return index;
  return Object.assign(Object.create(null) as Record<string, unknown>, index);
}

/** @internal Gives the neighbour indexes of node `key` (or of every node) no prototype. */
export function hardenNodes(graph: unknown, key?: string): void {
  const nodes = (graph as Internals)._nodes;
  const fix = (data: NodeIndexes | undefined) => {
    if (!data) return;
    data.in = withoutPrototype(data.in);
    data.out = withoutPrototype(data.out);
    data.undirected = withoutPrototype(data.undirected);
  };
  if (key === undefined) for (const data of nodes.values()) fix(data);
  else fix(nodes.get(String(key)));
}

/**
 * A `MultiDirectedGraph` that accepts every string as a node key, `__proto__` and `constructor`
 * included (see above). Everything else is graphology's own behaviour.
 */
export class ChainMultiGraph<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends MultiDirectedGraph<N, E, G> {
  override addNode(key: unknown, attributes?: N): string {
    const out = super.addNode(key, attributes);
    hardenNodes(this, out);
    return out;
  }

  override mergeNode(key: unknown, attributes?: Partial<N>): [key: string, nodeWasAdded: boolean] {
    const out = super.mergeNode(key, attributes);
    hardenNodes(this, out[0]);
    return out;
  }

  override updateNode(...args: Parameters<MultiDirectedGraph<N, E, G>['updateNode']>) {
    const out = super.updateNode(...args);
    hardenNodes(this, out[0]);
    return out;
  }

  override mergeEdge(source: unknown, target: unknown, attributes?: Partial<E>) {
    this.mergeNode(source);
    this.mergeNode(target);
    return super.mergeEdge(source, target, attributes);
  }

  override mergeEdgeWithKey(edge: unknown, source: unknown, target: unknown, attributes?: Partial<E>) {
    this.mergeNode(source);
    this.mergeNode(target);
    return super.mergeEdgeWithKey(edge, source, target, attributes);
  }

  override updateEdge(...args: Parameters<MultiDirectedGraph<N, E, G>['updateEdge']>) {
    this.mergeNode(args[0]);
    this.mergeNode(args[1]);
    return super.updateEdge(...args);
  }

  override updateEdgeWithKey(...args: Parameters<MultiDirectedGraph<N, E, G>['updateEdgeWithKey']>) {
    this.mergeNode(args[1]);
    this.mergeNode(args[2]);
    return super.updateEdgeWithKey(...args);
  }

  override clearEdges(): void {
    super.clearEdges();
    hardenNodes(this);
  }

  override emptyCopy(options?: Parameters<MultiDirectedGraph['emptyCopy']>[0]) {
    const copy = super.emptyCopy(options);
    hardenNodes(copy);
    return copy;
  }
}
