import type { Output } from './format.js';

/** Input size from which progress is shown even when stderr is not a terminal: 16 MiB. */
export const PROGRESS_MIN_BYTES = 16 * 1024 * 1024;

/** Reports the stages of a long command on stderr; does nothing when disabled. */
export interface Progress {
  /** Starts a stage, ending the previous one. */
  stage(label: string): void;
  /** Ends the last stage. */
  done(): void;
}

/**
 * A stage-by-stage progress indicator on `stderr`, never on stdout so `--json` output stays clean.
 * On a terminal it rewrites one line; elsewhere (a log file) it prints a line per finished stage
 * with its duration. `total` is the number of stages, shown as `[2/5]`.
 */
export function createProgress(stderr: Output, options: { enabled: boolean; total: number; now?: () => number }): Progress {
  if (!options.enabled) return { stage() {}, done() {} };
  const now = options.now ?? (() => performance.now());
  const tty = stderr.isTTY === true;
  let current: { label: string; index: number; started: number } | null = null;
  let count = 0;
  const finish = () => {
    if (!current) return;
    const seconds = ((now() - current.started) / 1000).toFixed(1);
    const line = `[${current.index}/${options.total}] ${current.label} (${seconds} s)`;
    stderr.write(tty ? `\r\u001b[K${line}` : `lsh-cyber: ${line}\n`);
    current = null;
  };
  return {
    stage(label) {
      finish();
      count++;
      current = { label, index: count, started: now() };
      if (tty) stderr.write(`\r\u001b[K[${count}/${options.total}] ${label}…`);
    },
    done() {
      finish();
      if (tty && count > 0) stderr.write('\n');
    },
  };
}
