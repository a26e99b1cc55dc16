// A worker thread of `lsh-cyber chain`: it is started early and waits for work. It may first be
// asked for the chain's failure structure (while the main thread propagates), then for its share of
// a shared single-points-of-failure plan (its arrays in shared memory): it settles trees of it
// until none is left, then says how many it settled.
import { parentPort } from 'node:worker_threads';
import { type FailurePlan, failureStructure, type StructureChain, settleFailures } from '@lsh-cyber/chain';

/** What the main thread asks of a worker. */
export type FailureWork = { kind: 'structure'; chain: StructureChain } | { kind: 'settle'; plan: FailurePlan };

parentPort?.on('message', (work: FailureWork) => {
  if (work.kind === 'structure') parentPort?.postMessage({ kind: 'structure', structure: failureStructure(work.chain) });
  else parentPort?.postMessage({ kind: 'settled', trees: settleFailures(work.plan) });
});
