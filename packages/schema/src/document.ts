import type { z } from 'zod';
import { boundedView, checkInputBounds, describeThrown, INPUT_LIMITS, ProblemList } from './input-bounds.js';
import { type DocumentKind, upgradeDocument } from './migrate.js';
import { LshValidationError, type ValidationIssue } from './validation-error.js';
import { fromZodIssues } from './zod-issues.js';

/** Where a document came from, so errors can name the file. */
export interface ParseOptions {
  /** File name to show in error messages. */
  file?: string;
}

/** The result of a `safeParseX` call: the document, or the error listing every problem. */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; error: LshValidationError };

// zod's internal flag (the one its own `validate` sets): a list stops at its first item whose problem
// ends the parse, so a pass over a list of a million wrong-typed items costs one problem, not a million.
const FIRST_PROBLEM_ONLY = { reportInput: true, abortEarly: true } as z.core.ParseContext<z.core.$ZodIssue>;
const EVERY_PROBLEM = { reportInput: true } as const;

/**
 * Validates `input` as a document of `kind`, in four steps, each only when the one before found
 * nothing: the input bounds ({@link checkInputBounds}: a tree of plain data within
 * {@link INPUT_LIMITS}), migration to the current version, the shape (zod), then the semantic
 * rules. The shape is checked first on {@link boundedView} (the first `INPUT_LIMITS.checkedEntries`
 * items of each list and entries of each object), which lists the problems of an invalid document
 * at a bounded cost; only when that part holds is the whole document checked. At most
 * `INPUT_LIMITS.problems` problems are listed, the rest counted. Never throws anything but
 * {@link LshValidationError}. `shapeFits`, when given, is a faster test that answers true only for
 * values the schema accepts; the schema then runs only when it answers false, to name the problems.
 */
export function validateDocument<T>(
  kind: DocumentKind,
  schema: z.ZodType<T>,
  input: unknown,
  semantic: ((doc: T) => ValidationIssue[]) | undefined,
  file: string | undefined,
  shapeFits?: (value: unknown) => value is T,
): SafeParseResult<T> {
  const problems = new ProblemList();
  try {
    checkInputBounds(input, problems);
    if (problems.count === 0) {
      const upgraded = upgradeDocument(kind, input);
      problems.addAll(upgraded.issues);
      if (problems.count === 0) {
        const data =
          shapeFits?.(upgraded.value) === true
            ? { ok: true as const, value: upgraded.value }
            : checkShape(schema, upgraded.value, problems);
        if (data.ok) {
          if (semantic) problems.addAll(semantic(data.value));
          if (problems.count === 0) return { success: true, data: data.value };
        }
      }
    }
  } catch (cause) {
    // Hostile input (a getter that throws only on its second read) must still end in a validation error.
    problems.add({ path: '', message: `could not be read as a ${kind}: ${describeThrown(cause)}`, code: 'unreadable' });
  }
  return { success: false, error: new LshValidationError(kind, problems.toIssues(), file) };
}

/** The parsed document, or its shape problems added to `problems`. */
function checkShape<T>(schema: z.ZodType<T>, value: unknown, problems: ProblemList): { ok: true; value: T } | { ok: false } {
  const view = boundedView(value);
  const part = schema.safeParse(view.value, EVERY_PROBLEM);
  if (part.success && !view.cut) return { ok: true, value: part.data };
  if (!part.success) {
    // A field left out of a cut object is not missing.
    const leftOut = (issue: ValidationIssue) =>
      issue.message === 'is required but missing' && view.cutObjects.has(issue.path.slice(0, Math.max(0, issue.path.lastIndexOf('.'))));
    fromZodIssues(part.error.issues, (issue) => leftOut(issue) || problems.add(issue));
    if (view.cut) {
      const n = INPUT_LIMITS.checkedEntries.toLocaleString('en-GB');
      problems.note({
        path: '',
        message: `only the first ${n} items of each list and entries of each object were checked for more problems; fix these and check again`,
      });
    }
    return { ok: false };
  }
  const whole = schema.safeParse(value, FIRST_PROBLEM_ONLY);
  if (whole.success) return { ok: true, value: whole.data };
  fromZodIssues(whole.error.issues, (issue) => problems.add(issue));
  return { ok: false };
}
