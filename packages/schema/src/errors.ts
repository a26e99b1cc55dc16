/**
 * What kind of problem an issue is, stable across releases, so an interface can say it in its own
 * language without reading the English {@link ValidationIssue.message}. Each code's
 * {@link ValidationIssue.params} are listed beside it.
 */
export type IssueCode =
  /** A required field is missing. */
  | 'required'
  /** A field the schema does not know (often a typing error). */
  | 'unknown-field'
  /** `expected`: `text`, `number`, `integer`, `boolean`, `object`, `list`; `found`: the same words, or `null`. */
  | 'wrong-type'
  /** A value that fits none of the allowed shapes. */
  | 'wrong-kind'
  /** `maximum` and `unit`: `items`, `characters` or `value`. */
  | 'too-big'
  /** `minimum` and `unit`: `items`, `characters` or `value`. */
  | 'too-small'
  /** `allowed`: the allowed values, comma-separated. */
  | 'not-one-of'
  /** `format`: e.g. `datetime`, `date`, `regex`, `semver`. */
  | 'invalid-format'
  /** Any other rule of the schema; the message says which. */
  | 'invalid'
  /** An own key `__proto__`. */
  | 'forbidden-key'
  /** `version` and `supported`: a schema version newer than this library reads. */
  | 'version-too-new'
  /** `version`: an old schema version no migration reads. */
  | 'version-unreadable'
  /** The input could not be read at all (throwing getters, proxies). */
  | 'unreadable'
  /** No document kind recognised. */
  | 'unknown-document-kind'
  /** `found` and `expected`: the assessment answers another catalog. */
  | 'wrong-catalog'
  /** `found` and `expected`: the assessment answers another catalog version. */
  | 'wrong-catalog-version'
  /** `question`: an answer to a question the catalog does not have. */
  | 'unknown-question'
  /** "na" given where the question does not allow it. */
  | 'na-not-allowed'
  /** `value` and `allowed`: an answer value the question does not offer. */
  | 'not-an-option'
  /** `organisation`: a dependency naming an organisation the chain lacks. */
  | 'unknown-organisation'
  /** `organisation`: an organisation depending on itself. */
  | 'self-dependency'
  /** `from`, `to`: the same dependency listed twice. */
  | 'duplicate-dependency'
  /** `id`: an id used twice in one list. */
  | 'duplicate-id';

/** One problem found in a document: where it is and what is wrong, in plain English. */
export interface ValidationIssue {
  /** Dot path to the offending field, e.g. `answers.q-backup.value`; empty for the document itself. */
  path: string;
  /** What is wrong and, where possible, what would be right. */
  message: string;
  /** What kind of problem this is, for translation; absent on issues made outside this package. */
  code?: IssueCode;
  /** The values the code's sentence needs (see {@link IssueCode}). */
  params?: Readonly<Record<string, string | number>>;
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
