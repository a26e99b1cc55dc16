// A worker thread of `lsh-cyber chain`: it is started early and waits for a shared
// single-points-of-failure plan (its arrays in shared memory), settles trees of it until none is
// left, then says how many it settled.
import { parentPort } from 'node:worker_threads';
import { type FailurePlan, settleFailures } from '@lsh-cyber/chain';

parentPort?.once('message', (plan: FailurePlan) => {
  parentPort?.postMessage(settleFailures(plan));
});
