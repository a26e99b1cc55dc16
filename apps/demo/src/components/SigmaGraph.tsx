import type { AbstractGraph, Attributes } from 'graphology-types';
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import { useI18n } from '../i18n/context.js';

/** Timings of the drawing, for the stats line and the end-to-end test. */
export interface RenderTiming {
  /** What was drawn: the whole chain for the first time, or a new highlighted path. */
  kind: 'first' | 'highlight';
  /** Milliseconds from creating the renderer, or from changing the highlight, to the completed frame. */
  ms: number;
}

/** Above this many organisations, edges off the selected path are hidden rather than faded: far fewer to draw. */
export const HIDE_EDGES_ABOVE = 1000;

interface Props {
  graph: AbstractGraph<Attributes, Attributes, Attributes>;
  /** The organisations on the selected explanation path, in order; empty when nothing is selected. */
  path: readonly string[];
  /** Organisations the selected one holds back (it is their origin); shown in colour too. */
  bound: ReadonlySet<string>;
  onSelect(id: string): void;
  onRendered(timing: RenderTiming): void;
}

/** The hook automated tests and curious analysts use from the console to find a node on screen. */
interface ChainViewHook {
  viewportPosition(id: string): { x: number; y: number } | null;
}
declare global {
  interface Window {
    lshChainView?: ChainViewHook;
  }
}

/**
 * Draws a chain graph with sigma.js (WebGL). Clicking a node selects it; the selected path is
 * highlighted and everything else fades. Keyboard users select through the list beside it.
 */
export function SigmaGraph({ graph, path, bound, onSelect, onRendered }: Props) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma | null>(null);
  const callbacks = useRef({ onSelect, onRendered });
  callbacks.current = { onSelect, onRendered };
  const [failed, setFailed] = useState(false);
  // Whether the drawing shows a highlighted path, which clearing the selection must undo.
  const highlighted = useRef(false);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let renderer: Sigma;
    const started = performance.now();
    try {
      renderer = new Sigma(graph, el, {
        // A large chain's edges are drawn as one-pixel GL lines: without a GPU the browser draws
        // every edge's quad and arrowhead in software, which took seconds for 20,000 edges
        // (arrowheads are too small to see at that size anyway). The highlighted path keeps its arrows.
        defaultEdgeType: graph.order > HIDE_EDGES_ABOVE ? 'thin' : 'arrow',
        edgeProgramClasses: { thin: EdgeLineProgram },
        // A large chain's nodes, a few pixels each, are drawn as GL points rather than two
        // triangles each: the same round dots, in about half the software-rendering time.
        ...(graph.order > HIDE_EDGES_ABOVE ? { nodeProgramClasses: { circle: NodePointProgram } } : {}),
        renderEdgeLabels: false,
        labelRenderedSizeThreshold: graph.order > 1000 ? 14 : 6,
        hideEdgesOnMove: graph.order > 1000,
        zIndex: true,
        labelFont: 'system-ui, sans-serif',
      });
    } catch {
      setFailed(true);
      return;
    }
    setFailed(false);
    sigma.current = renderer;
    highlighted.current = false;
    // The constructor has drawn the chain already (synchronously). It reaches the screen with the
    // next frame: report it from that frame, so that whoever waits for one more frame (the view's
    // "ready … ms after you chose it") counts the time the browser takes to show it.
    const ms = performance.now() - started;
    const frame = requestAnimationFrame(() => callbacks.current.onRendered({ kind: 'first', ms }));
    renderer.on('clickNode', ({ node }) => callbacks.current.onSelect(node));
    renderer.on('enterNode', () => {
      el.style.cursor = 'pointer';
    });
    renderer.on('leaveNode', () => {
      el.style.cursor = '';
    });
    window.lshChainView = {
      viewportPosition(id) {
        if (!graph.hasNode(id)) return null;
        const a = graph.getNodeAttributes(id);
        const p = renderer.graphToViewport({ x: a.x as number, y: a.y as number });
        const box = el.getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      },
    };
    return () => {
      cancelAnimationFrame(frame);
      renderer.kill();
      sigma.current = null;
      delete window.lshChainView;
    };
  }, [graph]);

  useEffect(() => {
    const renderer = sigma.current;
    if (!renderer) return;
    // Nothing highlighted, and nothing was: the drawing stands as it is. (Setting the reducers
    // anyway would make sigma process and draw the whole chain a second time.)
    if (path.length === 0 && !highlighted.current) return;
    highlighted.current = path.length > 0;
    const onPath = new Set(path);
    const hops = new Set<string>();
    for (let i = 0; i + 1 < path.length; i++) {
      // The chain is a multigraph (a supplier may be listed twice, for two services): every such edge is on the path.
      for (const key of graph.edges(path[i], path[i + 1])) hops.add(key);
    }
    if (path.length === 0) {
      renderer.setSetting('nodeReducer', null);
      renderer.setSetting('edgeReducer', null);
    } else {
      renderer.setSetting('nodeReducer', (node, data) =>
        onPath.has(node)
          ? { ...data, highlighted: node === path[0], forceLabel: true, zIndex: 2 }
          : bound.has(node)
            ? { ...data, zIndex: 1 }
            : { ...data, color: '#d9dbe1', label: '', zIndex: 0 },
      );
      const hide = graph.order > HIDE_EDGES_ABOVE;
      renderer.setSetting('edgeReducer', (edge, data) =>
        hops.has(edge)
          ? { ...data, type: 'arrow', color: '#1b1b1f', size: 3, zIndex: 2 }
          : hide
            ? { ...data, hidden: true }
            : { ...data, color: '#eceef2', zIndex: 0 },
      );
    }
    const started = performance.now();
    renderer.once('afterRender', () => callbacks.current.onRendered({ kind: 'highlight', ms: performance.now() - started }));
  }, [graph, path, bound]);

  return (
    <>
      <div ref={container} className="sigma-container" role="img" aria-label={t('chain.graphLabel')} data-testid="sigma" />
      {failed && (
        <p className="error-box" role="alert">
          {t('chain.noWebgl')}
        </p>
      )}
    </>
  );
}
