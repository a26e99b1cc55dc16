import type { Output } from './format.js';

/** Input size from which progress is shown even when stderr is not a terminal: 16 MiB. */
export const PROGRESS_MIN_BYTES = 16 * 1024 * 1024;

/**
 * Whether to show progress: never with `--quiet` or `LSH_CYBER_PROGRESS=0`, always with
 * `LSH_CYBER_PROGRESS=1`, otherwise when stderr is a terminal or the input is at least
 * {@link PROGRESS_MIN_BYTES}.
 */
export function progressWanted(
  quiet: boolean,
  ctx: { stderr: Output; env: Readonly<Record<string, string | undefined>> },
  inputBytes: number,
): boolean {
  if (quiet || ctx.env.LSH_CYBER_PROGRESS === '0') return false;
  if (ctx.env.LSH_CYBER_PROGRESS === '1') return true;
  return ctx.stderr.isTTY === true || inputBytes >= PROGRESS_MIN_BYTES;
}

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
