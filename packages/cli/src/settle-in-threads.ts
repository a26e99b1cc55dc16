import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FailureForest, FailurePlan, StructureChain } from '@lsh-cyber/chain';
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
   * Gives the first worker the chain, whose failure structure (`failureStructure`) it works out at
   * once, while this thread goes on (say, propagating). Nothing without workers.
   */
  giveChain(chain: StructureChain): void;
  /**
   * The chain's forest of failures (`failureForest`), built by the first worker on that structure
   * once `effective`, the scores before any failure, is known (while this thread goes on, say,
   * working out the failure basis). Undefined without workers (then `planFailures` makes it).
   */
  forest(effective: Float64Array): Promise<FailureForest | undefined>;
  /**
   * Settles a shared plan in this thread and in every worker, each taking the next tree of the
   * forest until none is left; `settle` is the engine's `settleFailures`, called for this
   * thread's share. Resolves when every worker is done; then the workers have stopped.
   */
  settle(plan: FailurePlan, settle: (plan: FailurePlan) => number): Promise<void>;
}

type Reply = { kind: 'forest'; forest: FailureForest } | { kind: 'settled'; trees: number };

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
    giveChain(chain) {
      const { size, inStart, inFrom, inGroup, inCriticality } = chain;
      workers[0]?.thread.postMessage({ kind: 'structure', chain: { size, inStart, inFrom, inGroup, inCriticality } } satisfies FailureWork);
    },
    async forest(effective) {
      const first = workers[0];
      if (!first) return undefined;
      const reply = await first.ask({ kind: 'forest', effective });
      return reply.kind === 'forest' ? reply.forest : undefined;
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
