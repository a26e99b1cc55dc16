import { type DocumentKind, FILE_KIND_LABELS, isIssueCode, issueText, LshValidationError, problemCount } from '@lsh-cyber/schema';
import { CliError, type CliIssue, EXIT_BAD_INPUT, EXIT_UNEXPECTED } from './errors.js';
import type { Lang } from './format.js';

// Commands other than validate have no --json for their problems; validate --json lists them.
const VALIDATE_JSON = 'lsh-cyber validate --json';

/** Where users report a bug. */
export const REPORT_URL = 'https://github.com/lsh-cyber/lsh-cyber/issues';

/** What the command line prints for a failure, and the status it exits with. */
export interface Failure {
  /** 1 for bad input, 2 for an unexpected error. */
  exitCode: number;
  /** Lines for stderr, without a stack trace. */
  lines: string[];
}

interface IssueCarrier {
  name: string;
  message: string;
  file?: unknown;
  issues: readonly CliIssue[];
}

/**
 * Every engine package throws one error class carrying `issues: {path, message}[]` for bad input.
 * Matching the shape rather than each class keeps this working when two copies of a package are
 * installed and when a package adds an error class.
 */
function carriesIssues(error: unknown): error is IssueCarrier {
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) return false;
  const issues = (error as { issues?: unknown }).issues;
  return (
    Array.isArray(issues) &&
    issues.length > 0 &&
    issues.every((i) => typeof i === 'object' && i !== null && typeof i.message === 'string' && typeof i.path === 'string')
  );
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

/**
 * "1 problem", "21 problems" ("1 probleem", "21 problemen"): how many problems `issues` stand for
 * (a capped list's summary counts for what it summarises).
 */
export function problemsIn(issues: readonly { code?: string; params?: CliIssue['params'] }[], lang: Lang = 'en'): string {
  const n = problemCount(issues);
  if (lang === 'nl') return `${n} ${n === 1 ? 'probleem' : 'problemen'}`;
  return `${n} problem${n === 1 ? '' : 's'}`;
}

/**
 * What a problem line says: in English the issue's own message (the most precise), in Dutch the
 * sentence of its code from @lsh-cyber/schema, the one home of those sentences. A problem no code
 * names (a rule of a catalog or clause library, a file that cannot be read) keeps its message.
 */
function problemText(issue: Pick<CliIssue, 'message' | 'params'> & { code?: string }, lang: Lang): string {
  return lang === 'nl' && isIssueCode(issue.code) && issue.code !== 'invalid' ? issueText(issue, 'nl') : issue.message;
}

/**
 * The heading over a document's problems: "not a valid ChainModel (3 problems)", "is geen geldig
 * ketenbestand (3 problemen)"; without a kind, "not a valid lsh-cyber document (…)".
 */
export function invalidDocumentHeading(
  kind: string | null,
  issues: readonly { code?: string; params?: CliIssue['params'] }[],
  lang: Lang,
): string {
  if (lang === 'nl') {
    const label = kind !== null && Object.hasOwn(FILE_KIND_LABELS, kind) ? FILE_KIND_LABELS[kind as DocumentKind].nl : 'lsh-cyber-bestand';
    return `is geen geldig ${label} (${problemsIn(issues, 'nl')})`;
  }
  return `not a valid ${kind ?? 'lsh-cyber document'} (${problemsIn(issues)})`;
}

/** How many problems a list on the terminal shows; `--json` gives them all. */
export const MAX_PROBLEM_LINES = 20;

// The words of the "… and N more" line.
const MORE_LINE: Readonly<Record<Lang, { more: (n: number) => string; use: string; all: string; first: (n: number) => string }>> = {
  en: { more: (n) => `… and ${n} more`, use: 'use', all: 'for all', first: (n) => `for the first ${n}` },
  nl: { more: (n) => `… en nog ${n}`, use: 'gebruik', all: 'voor alle', first: (n) => `voor de eerste ${n}` },
};

// A list's own summaries: they say how many more there are, or how much was checked, and are no problem of their own.
const isSummary = (issue: { code?: string }) => issue.code === 'more-problems' || issue.code === 'checked-part';

/**
 * Formats issues as the lines a user reads: `file: path: message`, the first
 * {@link MAX_PROBLEM_LINES}, then one line saying how many more there are. That line points to
 * `jsonCommand` only when its output would show more than the terminal did, and says "the first N"
 * when the list itself was capped where it was made, so the hint never promises problems that no
 * output holds.
 */
export function issueLines(
  issues: readonly (Pick<CliIssue, 'path' | 'message' | 'params'> & { code?: string })[],
  file: string | undefined,
  jsonCommand = '--json',
  lang: Lang = 'en',
): string[] {
  const where = file ? `${file}: ` : '';
  const shown = issues.slice(0, MAX_PROBLEM_LINES);
  const whole = lang === 'nl' ? '(bestand)' : '(document)';
  const lines = shown.map((i) => `${where}${i.path || whole}: ${problemText(i, lang)}`);
  if (issues.length > MAX_PROBLEM_LINES) {
    const unshown = issues.slice(MAX_PROBLEM_LINES).filter((i) => !isSummary(i)).length;
    const listed = issues.filter((i) => !isSummary(i)).length;
    const capped = issues.some((i) => i.code === 'more-problems');
    const more = problemCount(issues) - problemCount(shown);
    const words = MORE_LINE[lang];
    const hint = unshown === 0 ? '' : ` (${words.use} ${jsonCommand} ${capped ? words.first(listed) : words.all})`;
    lines.push(words.more(more) + hint);
  }
  return lines;
}

/**
 * Turns anything thrown into the lines to print and the exit status. Known errors (bad input)
 * print file, path and problem and exit 1; anything else prints one line asking for a report and
 * exits 2. `contextFile` names the file a command was working on, for engine errors that do not.
 * With `lang` `nl` the problems of a document, their headings and the messages about files are
 * in Dutch; mistakes in the options stay in English, as the help does.
 */
export function describeFailure(error: unknown, contextFile?: string, debug = false, lang: Lang = 'en'): Failure {
  if (CliError.isInstance(error)) {
    const where = error.file ? `${error.file}: ` : '';
    const heading =
      error.documentKind === undefined ? error.headingIn(lang) : invalidDocumentHeading(error.documentKind, error.issues, lang);
    return {
      exitCode: EXIT_BAD_INPUT,
      lines: [`lsh-cyber: ${where}${heading}`, ...issueLines(error.issues, error.file, VALIDATE_JSON, lang)],
    };
  }
  if (LshValidationError.isInstance(error)) {
    const file = error.file ?? contextFile;
    const where = file ? `${file}: ` : '';
    return {
      exitCode: EXIT_BAD_INPUT,
      lines: [
        `lsh-cyber: ${where}${invalidDocumentHeading(error.kind, error.issues, lang)}`,
        ...issueLines(error.issues, file, VALIDATE_JSON, lang),
      ],
    };
  }
  if (carriesIssues(error)) {
    const file = typeof error.file === 'string' ? error.file : contextFile;
    const where = file ? `${file}: ` : '';
    // Some engines' messages are just their first issue; a heading that repeats it says nothing.
    const first = firstLine(error.message);
    const i0 = error.issues[0]!;
    const repeats = first === i0.message || first === `${i0.path}: ${i0.message}`;
    const refused = lang === 'nl' ? `is geweigerd (${problemsIn(error.issues, 'nl')})` : `was refused (${problemsIn(error.issues)})`;
    const heading = repeats ? refused : first;
    return { exitCode: EXIT_BAD_INPUT, lines: [`lsh-cyber: ${where}${heading}`, ...issueLines(error.issues, file, VALIDATE_JSON, lang)] };
  }
  const message = error instanceof Error ? `${error.name}: ${firstLine(error.message)}` : firstLine(String(error));
  const lines = [`lsh-cyber: unexpected error: ${message} - please report this at ${REPORT_URL}`];
  // One line per stack frame: the terminal sanitiser escapes line breaks inside a line.
  if (debug && error instanceof Error && error.stack) lines.push(...error.stack.split('\n'));
  return { exitCode: EXIT_UNEXPECTED, lines };
}
