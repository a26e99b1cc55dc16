import { unlinkSync } from 'node:fs';

// Temporary files being written right now. On Ctrl-C (SIGINT) or SIGTERM they are removed before
// the process ends, so an interrupted write leaves neither a half-written target (the write is
// atomic) nor a hidden `.name.<pid>.<hex>.tmp` file behind.
const live = new Set<string>();
let installed = false;

function removeAllAndDie(signal: NodeJS.Signals): void {
  for (const file of live) {
    try {
      unlinkSync(file);
    } catch {
      // Already gone (renamed into place or removed): nothing left behind.
    }
  }
  live.clear();
  process.removeListener('SIGINT', onSigint);
  process.removeListener('SIGTERM', onSigterm);
  // Die of the same signal, so the shell sees an interrupted command (exit status 130 or 143).
  process.kill(process.pid, signal);
}
const onSigint = () => removeAllAndDie('SIGINT');
const onSigterm = () => removeAllAndDie('SIGTERM');

/** Registers a temporary file to remove if the process is interrupted before {@link releaseTempFile}. */
export function trackTempFile(file: string): void {
  live.add(file);
  if (!installed) {
    installed = true;
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigterm);
  }
}

/** The temporary file is gone or has become the target: stop tracking it. */
export function releaseTempFile(file: string): void {
  live.delete(file);
  if (live.size === 0 && installed) {
    installed = false;
    process.removeListener('SIGINT', onSigint);
    process.removeListener('SIGTERM', onSigterm);
  }
}
