import { LshError, type ValidationIssue } from './lsh-error.js';

export type { IssueCode, ValidationIssue } from './lsh-error.js';

const marker = Symbol.for('@lsh-cyber/schema.LshValidationError');

/**
 * Thrown by every `parseX` function when a document is not valid. Carries every problem found,
 * not only the first, so a user can fix a file in one pass.
 *
 * Use {@link LshValidationError.isInstance} rather than `instanceof` when two copies of this
 * package may be installed side by side.
 */
export class LshValidationError extends LshError {
  readonly [marker] = true;
  /** The document kind that was being validated, e.g. `Assessment`. */
  readonly kind: string;
  /** The file the document came from, when the caller said so. */
  readonly file: string | undefined;

  constructor(kind: string, issues: readonly ValidationIssue[], file?: string) {
    super('LshValidationError', formatIssues(kind, issues, file), issues);
    this.kind = kind;
    this.file = file;
  }

  /** True for an `LshValidationError` from any copy of this package. */
  static override isInstance(error: unknown): error is LshValidationError {
    return LshError.hasMarker(error, marker);
  }
}

/** Formats issues as the lines a command-line user reads: `file: path: message`. */
export function formatIssues(kind: string, issues: readonly ValidationIssue[], file?: string): string {
  const where = file ? `${file}: ` : '';
  const head = `${where}not a valid ${kind} (${issues.length} problem${issues.length === 1 ? '' : 's'})`;
  const lines = issues.map((i) => `  ${where}${i.path || '(document)'}: ${i.message}`);
  return [head, ...lines].join('\n');
}
