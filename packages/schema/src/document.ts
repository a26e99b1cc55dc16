import type { z } from 'zod';
import { LshValidationError, type ValidationIssue } from './errors.js';
import { forbiddenKeys } from './forbidden-keys.js';
import { type DocumentKind, upgradeDocument } from './migrate.js';
import { fromZodIssues } from './zod-issues.js';

/** Where a document came from, so errors can name the file. */
export interface ParseOptions {
  /** File name to show in error messages. */
  file?: string;
}

/** The result of a `safeParseX` call: the document, or the error listing every problem. */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; error: LshValidationError };

/**
 * Validates `input` as a document of `kind`: migration to the current version, shape (zod),
 * then the semantic rules. Never throws anything but {@link LshValidationError}.
 */
export function validateDocument<T>(
  kind: DocumentKind,
  schema: z.ZodType<T>,
  input: unknown,
  semantic: ((doc: T) => ValidationIssue[]) | undefined,
  file: string | undefined,
): SafeParseResult<T> {
  let issues: ValidationIssue[];
  try {
    const upgraded = upgradeDocument(kind, input);
    issues = [...forbiddenKeys(input), ...upgraded.issues];
    if (upgraded.issues.length === 0) {
      const parsed = schema.safeParse(upgraded.value, { reportInput: true });
      if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues));
      else if (issues.length === 0) {
        issues = semantic ? semantic(parsed.data) : [];
        if (issues.length === 0) return { success: true, data: parsed.data };
      }
    }
  } catch (cause) {
    // Hostile input (throwing getters, proxies) must still end in a validation error.
    issues = [
      {
        path: '',
        message: `could not be read as a ${kind}: ${cause instanceof Error ? cause.message : String(cause)}`,
        code: 'unreadable',
      },
    ];
  }
  return { success: false, error: new LshValidationError(kind, issues, file) };
}
