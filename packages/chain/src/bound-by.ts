import type { PropagationResult } from './result.js';

/**
 * The organisations that organisation `id` binds: those whose explanation path ends at `id` (it
 * is their origin), `id` itself left out, in the chain's order. In O(V).
 *
 * @throws ChainError when the chain has no organisation `id`.
 */
export function boundBy(result: PropagationResult, id: string): string[] {
  const target = result.indexOf(id);
  const { origin } = result.solution;
  const { ids } = result.chain;
  const out: string[] = [];
  for (let i = 0; i < origin.length; i++) if (origin[i] === target && i !== target) out.push(ids[i]!);
  return out;
}
