import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FailurePlan, FailureStructure, StructureChain } from '@lsh-cyber/chain';
import type { FailureWork } from './failure-worker.js';

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
   * The chain's failure structure (`failureStructure`), worked out by the first worker while this
   * thread goes on (say, propagating); undefined without workers (then `planFailures` makes it).
   */
  structure(chain: StructureChain): Promise<FailureStructure | undefined>;
  /**
   * Settles a shared plan in this thread and in every worker, each taking the next tree of the
   * forest until none is left; `settle` is the engine's `settleFailures`, called for this
   * thread's share. Resolves when every worker is done; then the workers have stopped.
   */
  settle(plan: FailurePlan, settle: (plan: FailurePlan) => number): Promise<void>;
}

type Reply = { kind: 'structure'; structure: FailureStructure } | { kind: 'settled'; trees: number };

/** One worker thread, waiting for work; `ask` sends it one piece and resolves with its reply. */
function startWorker(): { thread: Worker; ask: (work: FailureWork) => Promise<Reply> } {
  const thread = new Worker(new URL('./failure-worker.js', import.meta.url));
  // Until it has work, a waiting worker does not keep the process alive (say, after an error).
  thread.unref();
  let failed: Error | undefined;
  const waiting = new Set<{ resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  const fail = (error: Error) => {
    failed = error;
    for (const w of waiting) w.reject(error);
    waiting.clear();
  };
  thread.once('error', fail);
  thread.once('exit', (code) => {
    // 1 is how terminate() ends a thread; anything still asked of it will not be answered.
    fail(new Error(`a worker thread stopped with exit code ${code}`));
  });
  const ask = (work: FailureWork) =>
    new Promise<Reply>((resolve, reject) => {
      if (failed) return reject(failed);
      const entry = { resolve, reject };
      waiting.add(entry);
      thread.ref();
      thread.once('message', (reply: Reply) => {
        waiting.delete(entry);
        thread.unref();
        resolve(reply);
      });
      thread.postMessage(work);
    });
  return { thread, ask };
}

/** Starts `threads − 1` worker threads (none for one thread) for {@link FailureWorkers}. */
export function startFailureWorkers(threads: number): FailureWorkers {
  const workers = Array.from({ length: Math.max(0, threads - 1) }, startWorker);
  return {
    async structure(chain) {
      const first = workers[0];
      if (!first) return undefined;
      const { size, inStart, inFrom, inGroup, inCriticality } = chain;
      const reply = await first.ask({ kind: 'structure', chain: { size, inStart, inFrom, inGroup, inCriticality } });
      return reply.kind === 'structure' ? reply.structure : undefined;
    },
    async settle(plan, settle) {
      const done = workers.map((w) => w.ask({ kind: 'settle', plan }));
      settle(plan);
      try {
        await Promise.all(done);
      } finally {
        await Promise.all(workers.map((w) => w.thread.terminate()));
      }
    },
  };
}
