import type { ValidationIssue } from './errors.js';

/**
 * Finds own keys named `__proto__` anywhere in a parsed JSON value. `JSON.parse` creates them as
 * plain properties, but any later `obj[key] = value` copy would swap a prototype; zod drops them
 * silently. We refuse them instead, with their path. Iterative, so deep nesting cannot overflow.
 */
export function forbiddenKeys(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: input, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item = value[i];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, path: path ? `${path}.${i}` : String(i) });
      }
      continue;
    }
    if (Object.hasOwn(value, '__proto__')) {
      issues.push({ path: path ? `${path}.__proto__` : '__proto__', message: 'the key "__proto__" is not allowed', code: 'forbidden-key' });
    }
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) stack.push({ value: item, path: path ? `${path}.${key}` : key });
    }
  }
  return issues;
}
