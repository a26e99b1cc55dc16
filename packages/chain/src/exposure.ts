import type { PropagationResult } from './result.js';

/** How much one organisation holds the chain back. */
export interface ExposureEntry {
  /** The organisation. */
  id: string;
  /** How many other organisations it binds: it is the origin of their explanation path. */
  binds: number;
  /** The sum of those organisations' loss, own score minus effective score. */
  loss: number;
  /** Its own score (the unknown score when not assessed). */
  own: number;
  /** Whether its own score is known. */
  assessed: boolean;
}

/**
 * Who holds the chain back: for every organisation that binds at least one other, how many it
 * binds and the sum of their loss. Sorted by loss, then by how many, then by id; in O(V + k log k)
 * for k organisations that bind others.
 */
export function exposure(result: PropagationResult): ExposureEntry[] {
  const { origin, own, effective } = result.solution;
  const { ids, score, size } = result.chain;
  const binds = new Int32Array(size);
  const loss = new Float64Array(size);
  for (let v = 0; v < size; v++) {
    const o = origin[v]!;
    if (o === v) continue;
    binds[o]!++;
    loss[o]! += own[v]! - effective[v]!;
  }
  const out: ExposureEntry[] = [];
  for (let v = 0; v < size; v++) {
    if (binds[v]! > 0) out.push({ id: ids[v]!, binds: binds[v]!, loss: loss[v]!, own: own[v]!, assessed: !Number.isNaN(score[v]!) });
  }
  return out.sort((a, b) => b.loss - a.loss || b.binds - a.binds || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
