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
  | 'duplicate-id'
  /** The same value twice in a list that holds each value once (the kinds of data, the certifications). */
  | 'listed-twice'
  /** `maximum`: the document holds more values than a document may. */
  | 'too-many-values'
  /** `maximum`: nested deeper than a document may be. */
  | 'too-deep'
  /** The same object twice in one document (a cycle or a shared part): a document must be a tree. */
  | 'shared-part'
  /** `count`: problems beyond the listed ones, counted but not listed. */
  | 'more-problems'
  /** `entries`: not a problem but a note: of each list and object only the first this many entries were checked for more problems. */
  | 'checked-part'
  /** `problem`: the CSV syntax is broken on a line: `unclosed-quote`, `text-after-quote` or `stray-quote` (see `CsvSyntaxCode`). */
  | 'csv-syntax'
  /** `problem`: a GEXF or GraphML file is not well-formed XML (the XML parser's words); the path is `line:column`. */
  | 'xml-syntax'
  /** `columns`: a CSV file with nothing in it, not even the header row naming these columns. */
  | 'csv-empty'
  /** `known`: a CSV header names a column the file kind does not have; `known` lists those it has. */
  | 'unknown-column'
  /** A CSV header names the same column twice. */
  | 'duplicate-column'
  /** `column`: a CSV header lacks a required column. */
  | 'missing-column';

/** One problem: where it is (a dot path, empty for the whole document or call) and what is wrong. */
export interface ValidationIssue {
  /** Dot path to the offending field or argument, e.g. `answers.q-backup.value`; empty for the document itself. */
  path: string;
  /** What is wrong and, where possible, what would be right. */
  message: string;
  /** What kind of problem this is, for translation; absent on issues that have none yet. */
  code?: IssueCode;
  /** The values the code's sentence needs (see {@link IssueCode}). */
  params?: Readonly<Record<string, string | number>>;
}

const marker = Symbol.for('@lsh-cyber/schema.LshError');

/**
 * The base of every error the lsh-cyber packages throw on purpose: a list of `{ path, message }`
 * issues, never a bare string. Each package has one subclass (`LshValidationError` for documents,
 * `ScoringError`, `ChainError`, `ClauseError`, `CliError`).
 *
 * `instanceof` fails when two copies of a package are installed side by side, so every class
 * carries a `Symbol.for` marker (global across copies) and a static `isInstance` that checks it.
 */
export class LshError extends Error {
  readonly [marker] = true;
  /** Every problem found, each with its path; frozen. */
  readonly issues: readonly ValidationIssue[];

  constructor(name: string, message: string, issues: readonly ValidationIssue[]) {
    super(message);
    this.name = name;
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
  }

  /** True for an error of any lsh-cyber package, from any copy of it. */
  static isInstance(error: unknown): error is LshError {
    return LshError.hasMarker(error, marker);
  }

  /** True when `error` is an object carrying `marker`: the check behind every subclass's `isInstance`. */
  protected static hasMarker(error: unknown, marker: symbol): boolean {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
