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

/**
 * How many problems `issues` stand for: one per issue, except that an issue with code
 * `more-problems` (the last of a capped list) stands for the `count` problems it summarises, and
 * a `checked-part` note (only the first entries were checked) is not a problem.
 */
export function problemCount(issues: readonly { code?: string; params?: ValidationIssue['params'] }[]): number {
  let count = 0;
  for (const issue of issues) {
    if (issue.code === 'checked-part') continue;
    const more = issue.code === 'more-problems' ? issue.params?.count : undefined;
    count += typeof more === 'number' && more > 0 ? more : 1;
  }
  return count;
}

/** Formats issues as the lines a command-line user reads: `file: path: message`. */
export function formatIssues(kind: string, issues: readonly ValidationIssue[], file?: string): string {
  const where = file ? `${file}: ` : '';
  const count = problemCount(issues);
  const head = `${where}not a valid ${kind} (${count} problem${count === 1 ? '' : 's'})`;
  const lines = issues.map((i) => `  ${where}${i.path || '(document)'}: ${i.message}`);
  return [head, ...lines].join('\n');
}
