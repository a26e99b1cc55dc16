import { expect } from 'vitest';
import type { LshValidationError, ValidationIssue } from '../../src/index.js';

/** The problems' paths and messages of a refused parse (their translation codes are checked in issue-codes.test.ts). */
export function issuesOf(result: { success: boolean; error?: LshValidationError }): ValidationIssue[] {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map(({ path, message }) => ({ path, message }));
}
