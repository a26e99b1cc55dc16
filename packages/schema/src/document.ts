import type { z } from 'zod';
import { describeThrown, INPUT_LIMITS, type InputWalk, ProblemList, walkInput } from './input-bounds.js';
import { type GuideFinding, guideOf } from './input-guide.js';
import { type DocumentKind, MIGRATIONS, upgradeDocument } from './migrate.js';
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
 * nothing: the input bounds ({@link walkInput}, guided by the schema: a tree of plain data within
 * {@link INPUT_LIMITS}), migration to the current version, the shape (zod), then the semantic
 * rules. The shape is checked first on the walk's view (the first `INPUT_LIMITS.checkedEntries`
 * items of each list and entries of each object), which lists the problems of an invalid document
 * at a bounded cost; only when that part holds is the whole document checked. Once the walk knows
 * the document is invalid it checks no more than that part either. At most
 * `INPUT_LIMITS.problems` problems are listed, the rest counted. Never throws anything but
 * {@link LshValidationError}. `fast`, when given, is a faster check that returns the document only
 * for input the schema and the input bounds accept (the input itself, or a copy of it) and
 * undefined otherwise: when it returns a document, neither the walk nor the schema runs, only the
 * semantic rules; when it returns undefined, the full route runs and names the problems.
 */
export function validateDocument<T>(
  kind: DocumentKind,
  schema: z.ZodType<T>,
  input: unknown,
  semantic: ((doc: T) => ValidationIssue[]) | undefined,
  file: string | undefined,
  fast?: (value: unknown) => T | undefined,
): SafeParseResult<T> {
  const problems = new ProblemList();
  try {
    // Plain data of the current version whose shape fits needs no walk: the shape is a fixed tree
    // of bounded lists, so it already implies every input bound, and JSON holds no getters, cycles
    // or shared parts. Anything else takes the full route, which names every problem.
    const fits = fast?.(input);
    if (fits !== undefined) {
      if (semantic) problems.addAll(semantic(fits));
      if (problems.count === 0) return { success: true, data: fits };
      return { success: false, error: new LshValidationError(kind, problems.toIssues(), file) };
    }
    // A migration reads an older shape than the schema's, so only a kind without migrations is guided.
    const guide = Object.keys(MIGRATIONS[kind]).length === 0 ? guideOf(schema) : undefined;
    const walk = walkInput(input, problems, { guide });
    if (problems.count > 0) {
      if (walk.partial) problems.note(checkedPartNote());
    } else {
      const upgraded = upgradeDocument(kind, input);
      problems.addAll(upgraded.issues);
      if (problems.count === 0) {
        const data = checkShape(schema, input, upgraded.value, walk, problems);
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

function checkedPartNote(): ValidationIssue {
  const n = INPUT_LIMITS.checkedEntries.toLocaleString('en-GB');
  return {
    path: '',
    message: `only the first ${n} items of each list and entries of each object were checked for more problems; fix these and check again`,
    code: 'checked-part',
    params: { entries: INPUT_LIMITS.checkedEntries },
  };
}

/** The parsed document, or its shape problems added to `problems`. */
function checkShape<T>(
  schema: z.ZodType<T>,
  input: unknown,
  value: unknown,
  walk: InputWalk,
  problems: ProblemList,
): { ok: true; value: T } | { ok: false } {
  // A migrated document is a new value the walk has not seen: its view is made afresh.
  const view = value === input ? walk : walkInput(value, problems);
  if (problems.count > 0) return { ok: false };
  const part = schema.safeParse(view.view, EVERY_PROBLEM);
  if (part.success && !view.cut) return { ok: true, value: part.data };
  if (!part.success) {
    // A field left out of a cut object is not missing.
    const leftOut = (issue: ValidationIssue) =>
      issue.message === 'is required but missing' && view.cutObjects.has(issue.path.slice(0, Math.max(0, issue.path.lastIndexOf('.'))));
    fromZodIssues(part.error.issues, (issue) => leftOut(issue) || problems.add(issue));
    if (view.cut) problems.note(checkedPartNote());
    return { ok: false };
  }
  if (view.partial || view.skipped) {
    // The guide found a problem where the view does not reach, and left part of the rest unchecked.
    if (view.finding && !view.finding.inView) fromZodIssues(findingIssues(view.finding), (issue) => problems.add(issue));
    if (problems.count > 0) {
      problems.note(checkedPartNote());
      return { ok: false };
    }
    // The guide was wrong (it never should be): check the bounds of the whole document after all.
    walkInput(value, problems);
    if (problems.count > 0) return { ok: false };
  }
  const whole = schema.safeParse(value, FIRST_PROBLEM_ONLY);
  if (whole.success) return { ok: true, value: whole.data };
  fromZodIssues(whole.error.issues, (issue) => problems.add(issue));
  return { ok: false };
}

/** The problem the walk's guide found, as zod states it. */
function findingIssues(finding: GuideFinding): z.core.$ZodIssue[] {
  const { path } = finding;
  if (finding.kind === 'unknown-key') {
    return [{ code: 'unrecognized_keys', keys: [finding.key], path, message: '' } as z.core.$ZodIssue];
  }
  if (finding.kind === 'missing') {
    return finding.keys.map(
      (key) => ({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [...path, key], message: '' }) as z.core.$ZodIssue,
    );
  }
  if (!finding.schema) return [];
  const result = finding.schema.safeParse(finding.standIn, EVERY_PROBLEM);
  return result.success ? [] : result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
}
