// A worker thread of `lsh-cyber chain`: it is started early and waits for work. It may first be
// given the chain, whose failure structure it works out at once (while the main thread
// propagates), then be asked for the forest of failures built on that structure (while the main
// thread works out the failure basis), then for its share of a shared single-points-of-failure plan
// (its arrays in shared memory): it settles trees of it until none is left, then says how many it
// settled. Messages are handled in the order they are sent, so the main thread asks for the forest
// as soon as the scores are known, without waiting for the structure.
import { parentPort } from 'node:worker_threads';
import {
  type FailurePlan,
  type FailureStructure,
  failureForest,
  failureStructure,
  type StructureChain,
  settleFailures,
} from '@lsh-cyber/chain';

/** What the main thread asks of a worker; only `forest` and `settle` are answered. */
export type FailureWork =
  | { kind: 'structure'; chain: StructureChain }
  | { kind: 'forest'; effective: Float64Array }
  | { kind: 'settle'; plan: FailurePlan };

let given: { chain: StructureChain; structure: FailureStructure } | undefined;

parentPort?.on('message', (work: FailureWork) => {
  if (work.kind === 'structure') given = { chain: work.chain, structure: failureStructure(work.chain) };
  else if (work.kind === 'forest') {
    if (given === undefined) throw new Error('the forest of failures was asked for before the chain was given');
    parentPort?.postMessage({ kind: 'forest', forest: failureForest(given.chain, work.effective, given.structure) });
    given = undefined;
  } else parentPort?.postMessage({ kind: 'settled', trees: settleFailures(work.plan) });
});
