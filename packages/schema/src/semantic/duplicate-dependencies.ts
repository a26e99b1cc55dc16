import type { ValidationIssue } from '../validation-error.js';

/**
 * Reports every item whose id was already used earlier in the same list. `seen` is filled with
 * each id's first position, for a caller that needs that index too.
 */
export function duplicateIds(
  items: readonly { id: string }[],
  listPath: string,
  what: string,
  seen: Map<string, number> = new Map(),
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      issues.push({
        path: `${listPath}.${i}.id`,
        message: `duplicate ${what} id "${item.id}" (first used at ${listPath}.${first})`,
        code: 'duplicate-id',
        params: { id: item.id },
      });
  });
  return issues;
}
