import type { ClauseLibrary } from '../clause-library.js';
import type { ValidationIssue } from '../errors.js';
import { duplicateIds } from './duplicates.js';

/** Rules of a clause library that JSON Schema cannot express. */
export function checkClauseLibrary(library: ClauseLibrary): ValidationIssue[] {
  return duplicateIds(library.clauses, 'clauses', 'clause');
}
