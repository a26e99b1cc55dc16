import type { z } from 'zod';
import type { ValidationIssue } from './errors.js';

/** Joins a path the way users read it: `answers.q-backup.value`, `organisations.3.id`. */
export function joinPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return 'text';
  // The number itself: "must be a whole number, not 1.5" says what is wrong; "not a number" would not.
  if (typeof input === 'number') return String(input);
  if (typeof input === 'boolean') return input ? 'true' : 'false';
  if (typeof input === 'object') return 'an object';
  return typeof input;
}

const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
  null: 'null',
};

/**
 * Turns zod's issues into plain-English {@link ValidationIssue}s, handed one at a time to `out`
 * (a capped list: an issue naming a million unknown keys must not become a million-item array).
 * Messages written on the schema are kept; zod's generic ones are rewritten.
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], add: (issue: ValidationIssue) => unknown): void {
  const out = { push: add };
  for (const issue of issues) {
    const path = joinPath(issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({ path: path ? `${path}.${key}` : key, message: 'is not a known field (check the spelling)' });
        }
        break;
      case 'invalid_type': {
        const input = (issue as { input?: unknown }).input;
        if (input === undefined) {
          out.push({ path, message: 'is required but missing' });
        } else if (issue.message.startsWith('Invalid input')) {
          const expected = expectedNames[issue.expected] ?? issue.expected;
          out.push({ path, message: `must be ${expected}, not ${describeValue(input)}` });
        } else {
          out.push({ path, message: issue.message });
        }
        break;
      }
      case 'invalid_union':
        out.push({ path, message: issue.message.startsWith('Invalid input') ? 'has a value of the wrong kind' : issue.message });
        break;
      case 'invalid_key':
        out.push({ path, message: `has an invalid key: ${issue.issues.map((i) => i.message).join('; ')}` });
        break;
      case 'too_big':
        out.push({
          path,
          message: issue.message.startsWith('Too big')
            ? `is too ${issue.origin === 'array' ? 'long' : issue.origin === 'string' ? 'long' : 'large'} (at most ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''})`
            : issue.message,
        });
        break;
      case 'too_small':
        out.push({
          path,
          message: issue.message.startsWith('Too small')
            ? `is too ${issue.origin === 'array' || issue.origin === 'string' ? 'short' : 'small'} (at least ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''})`
            : issue.message,
        });
        break;
      case 'invalid_value':
        out.push({
          path,
          message: issue.message.startsWith('Invalid')
            ? `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
            : issue.message,
        });
        break;
      default:
        out.push({ path, message: issue.message.startsWith('Invalid') ? `is not valid (${issue.message})` : issue.message });
    }
  }
}
