import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FailurePlan } from '@lsh-cyber/chain';

/** Chains with fewer dependencies are settled in one thread by default: starting a thread costs more than it saves. */
export const THREADS_FROM_DEPENDENCIES = 100_000;

/** At most this many threads by default: each holds its own failure solver (about 60 bytes per dependency). */
export const MAX_DEFAULT_THREADS = 4;

/** The threads to settle single points of failure in, when `--threads` does not say. */
export function defaultThreads(dependencies: number): number {
  return dependencies < THREADS_FROM_DEPENDENCIES ? 1 : Math.max(1, Math.min(MAX_DEFAULT_THREADS, availableParallelism()));
}

/** Runs one worker thread on the shared plan; resolves when it has settled what it took. */
function worker(plan: FailurePlan): Promise<void> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(new URL('./failure-worker.js', import.meta.url), { workerData: plan });
    thread.once('message', () => resolve());
    thread.once('error', reject);
    thread.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a worker thread stopped with exit code ${code}`));
      else resolve();
    });
  });
}

/**
 * Settles a shared single-points-of-failure plan in `threads` threads: this one and `threads − 1`
 * workers, each taking the next tree of the forest until none is left. `settle` is the engine's
 * `settleFailures`, called here for this thread's share.
 */
export async function settleInThreads(plan: FailurePlan, threads: number, settle: (plan: FailurePlan) => number): Promise<void> {
  const workers: Promise<void>[] = [];
  for (let k = 1; k < threads; k++) workers.push(worker(plan));
  settle(plan);
  await Promise.all(workers);
}
