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

/** Worker threads started ahead of the work, so that their start overlaps with what comes before. */
export interface FailureWorkers {
  /**
   * Settles a shared plan in this thread and in every worker, each taking the next tree of the
   * forest until none is left; `settle` is the engine's `settleFailures`, called for this
   * thread's share. Resolves when every worker is done; then the workers have stopped.
   */
  settle(plan: FailurePlan, settle: (plan: FailurePlan) => number): Promise<void>;
}

/** One worker thread, waiting for a plan; `done` resolves once it has settled what it took and stopped. */
function startWorker(): { thread: Worker; done: Promise<void> } {
  const thread = new Worker(new URL('./failure-worker.js', import.meta.url));
  // Until it has work, a waiting worker does not keep the process alive (say, after an error).
  thread.unref();
  const done = new Promise<void>((resolve, reject) => {
    thread.once('message', () => void thread.terminate());
    thread.once('error', reject);
    thread.once('exit', (code) => {
      // 1 is how terminate() ends a thread that already answered.
      if (code === 0 || code === 1) resolve();
      else reject(new Error(`a worker thread stopped with exit code ${code}`));
    });
  });
  // A worker that fails to start must not leave an unhandled rejection before settle is called.
  done.catch(() => {});
  return { thread, done };
}

/** Starts `threads − 1` worker threads (none for one thread) for {@link FailureWorkers.settle}. */
export function startFailureWorkers(threads: number): FailureWorkers {
  const workers = Array.from({ length: Math.max(0, threads - 1) }, startWorker);
  return {
    async settle(plan, settle) {
      for (const w of workers) {
        w.thread.ref();
        w.thread.postMessage(plan);
      }
      settle(plan);
      await Promise.all(workers.map((w) => w.done));
    },
  };
}
