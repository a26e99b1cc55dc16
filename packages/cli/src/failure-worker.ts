// A worker thread of `lsh-cyber chain`: it settles trees of a shared single-points-of-failure plan
// (handed over as workerData, its arrays in shared memory) until none is left, then says how many.
import { parentPort, workerData } from 'node:worker_threads';
import { type FailurePlan, settleFailures } from '@lsh-cyber/chain';

parentPort?.postMessage(settleFailures(workerData as FailurePlan));
