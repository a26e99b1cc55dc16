import { LshValidationError } from '@lsh-cyber/schema';
import { type ChainInput, type CompileOptions, compileChain } from './compile-chain.js';
import type { AnyGraph } from './graph.js';
import { PropagationResult } from './result.js';
import { ownScores, solve } from './solve.js';

/**
 * The own score assumed for an organisation that has not been assessed: the middle of the scale,
 * neither trusting an unknown supplier fully nor treating it as failed. Such organisations are
 * flagged `assessed: false`, so a user sees which scores are assumptions.
 */
export const DEFAULT_UNKNOWN_SCORE = 50;

/** Options of {@link propagate}. */
export interface PropagateOptions extends CompileOptions {
  /** Own score for organisations without one, from 0 to 100; default {@link DEFAULT_UNKNOWN_SCORE}. */
  unknownScore?: number;
}

/** @internal Checks and returns the unknown score of `options`. */
export function unknownScoreOf(options: PropagateOptions): number {
  const u = options.unknownScore ?? DEFAULT_UNKNOWN_SCORE;
  if (typeof u !== 'number' || !Number.isFinite(u) || u < 0 || u > 100) {
    throw new LshValidationError('PropagateOptions', [{ path: 'unknownScore', message: 'must be a number from 0 to 100' }]);
  }
  return u;
}

function propagateChain(input: ChainInput, options: PropagateOptions = {}): PropagationResult {
  const unknownScore = unknownScoreOf(options);
  const chain = compileChain(input, options);
  return new PropagationResult(chain, solve(chain, ownScores(chain, unknownScore)), unknownScore);
}

/**
 * Writes the effective scores onto a chain graph's node attributes, in graphology's convention
 * for metrics: `effective` (number), `via` (the next organisation on the explanation path, or
 * null) and `assessed` (whether the own score is known). For sigma.js and Gephi users.
 *
 * @throws LshValidationError when the graph is not a valid chain graph.
 */
function assign(graph: AnyGraph, options: PropagateOptions = {}): void {
  const result = propagateChain(graph, options);
  const { effective, via } = result.solution;
  const { ids, score } = result.chain;
  for (let i = 0; i < ids.length; i++) {
    const v = via[i]!;
    graph.mergeNodeAttributes(ids[i]!, { effective: effective[i]!, via: v < 0 ? null : ids[v]!, assessed: !Number.isNaN(score[i]!) });
  }
}

/**
 * Propagates resilience through a chain: every organisation's effective score is its own score,
 * lowered by the weakest links it depends on (see docs/propagation.md for the exact rules). The
 * result explains every score with a path to the organisation that binds it.
 *
 * `input` is a chain model, a chain graph or a compiled chain; compile once with `compileChain`
 * to analyse a chain repeatedly. `propagate.assign(graph)` writes the scores onto a graph.
 *
 * @throws LshValidationError when the input or the options are not valid.
 */
export const propagate: typeof propagateChain & { assign: typeof assign } = Object.assign(propagateChain, { assign });
