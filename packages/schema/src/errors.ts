/** One problem found in a document: where it is and what is wrong, in plain English. */
export interface ValidationIssue {
  /** Dot path to the offending field, e.g. `answers.q-backup.value`; empty for the document itself. */
  path: string;
  /** What is wrong and, where possible, what would be right. */
  message: string;
}

const marker = Symbol.for('@lsh-cyber/schema.LshValidationError');

/**
 * Thrown by every `parseX` function when a document is not valid. Carries every problem found,
 * not only the first, so a user can fix a file in one pass.
 *
 * Use {@link LshValidationError.isInstance} rather than `instanceof` when two copies of this
 * package may be installed side by side.
 */
export class LshValidationError extends Error {
  readonly [marker] = true;
  /** The document kind that was being validated, e.g. `Assessment`. */
  readonly kind: string;
  /** The file the document came from, when the caller said so. */
  readonly file: string | undefined;
  /** Every problem found, each with its path. */
  readonly issues: readonly ValidationIssue[];

  constructor(kind: string, issues: readonly ValidationIssue[], file?: string) {
    super(formatIssues(kind, issues, file));
    this.name = 'LshValidationError';
    this.kind = kind;
    this.file = file;
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
  }

  /** True for an `LshValidationError` from any copy of this package. */
  static isInstance(error: unknown): error is LshValidationError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}

/** Formats issues as the lines a command-line user reads: `file: path: message`. */
export function formatIssues(kind: string, issues: readonly ValidationIssue[], file?: string): string {
  const where = file ? `${file}: ` : '';
  const head = `${where}not a valid ${kind} (${issues.length} problem${issues.length === 1 ? '' : 's'})`;
  const lines = issues.map((i) => `  ${where}${i.path || '(document)'}: ${i.message}`);
  return [head, ...lines].join('\n');
}
