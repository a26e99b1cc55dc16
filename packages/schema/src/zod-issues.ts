import type { z } from 'zod';
import type { ValidationIssue } from './validation-error.js';

/** Joins a path the way users read it: `answers.q-backup.value`, `organisations.3.id`. */
export function joinPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

/** The kind of a value in the words of {@link IssueCode} `wrong-type` (`text`, `list`, …): the one wording every package's issues use. */
export function valueKind(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'list';
  if (typeof input === 'string') return 'text';
  if (typeof input === 'number') return 'number';
  if (typeof input === 'object') return 'object';
  return typeof input;
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

/** zod's type names in the words of {@link IssueCode} `wrong-type`. */
const expectedKinds: Record<string, string> = {
  string: 'text',
  number: 'number',
  int: 'integer',
  boolean: 'boolean',
  object: 'object',
  array: 'list',
  record: 'object',
  null: 'null',
};

const unitOf = (origin: string): string =>
  origin === 'array' || origin === 'set' ? 'items' : origin === 'string' ? 'characters' : 'value';

/**
 * Turns zod's issues into plain-English {@link ValidationIssue}s, each with its {@link IssueCode},
 * handed one at a time to `add` (a capped list: an issue naming a million unknown keys must not become a million-item array).
 * Messages written on the schema are kept; zod's generic ones are rewritten.
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], add: (issue: ValidationIssue) => unknown): void {
  for (const issue of issues) {
    const path = joinPath(issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          add({ path: path ? `${path}.${key}` : key, message: 'is not a known field (check the spelling)', code: 'unknown-field' });
        }
        break;
      case 'invalid_type': {
        const input = (issue as { input?: unknown }).input;
        const params = { expected: expectedKinds[issue.expected] ?? String(issue.expected), found: valueKind(input) };
        if (input === undefined) {
          add({ path, message: 'is required but missing', code: 'required' });
        } else if (issue.message.startsWith('Invalid input')) {
          const expected = expectedNames[issue.expected] ?? issue.expected;
          add({ path, message: `must be ${expected}, not ${describeValue(input)}`, code: 'wrong-type', params });
        } else {
          add({ path, message: issue.message, code: 'wrong-type', params });
        }
        break;
      }
      case 'invalid_union':
        add({
          path,
          message: issue.message.startsWith('Invalid input') ? 'has a value of the wrong kind' : issue.message,
          code: 'wrong-kind',
        });
        break;
      case 'invalid_key': {
        // A key is an id: its form is what is wrong (a pattern, or a reserved name the pattern's rule adds).
        const inner = issue.issues.find((i) => i.code === 'invalid_format') as { format?: string } | undefined;
        add({
          path,
          message: `has an invalid key: ${issue.issues.map((i) => i.message).join('; ')}`,
          code: 'invalid-format',
          params: { format: inner?.format ?? 'regex' },
        });
        break;
      }
      case 'too_big':
        add({
          path,
          message: issue.message.startsWith('Too big')
            ? `is too ${issue.origin === 'array' ? 'long' : issue.origin === 'string' ? 'long' : 'large'} (at most ${String(issue.maximum)}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''})`
            : issue.message,
          code: 'too-big',
          params: { maximum: Number(issue.maximum), unit: unitOf(issue.origin) },
        });
        break;
      case 'too_small':
        add({
          path,
          message: issue.message.startsWith('Too small')
            ? `is too ${issue.origin === 'array' || issue.origin === 'string' ? 'short' : 'small'} (at least ${String(issue.minimum)}${issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : ''})`
            : issue.message,
          code: 'too-small',
          params: { minimum: Number(issue.minimum), unit: unitOf(issue.origin) },
        });
        break;
      case 'invalid_value':
        add({
          path,
          message: issue.message.startsWith('Invalid')
            ? `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
            : issue.message,
          code: 'not-one-of',
          params: { allowed: issue.values.map((v) => String(v)).join(', ') },
        });
        break;
      case 'invalid_format':
        add({
          path,
          message: issue.message.startsWith('Invalid') ? `is not valid (${issue.message})` : issue.message,
          code: 'invalid-format',
          params: { format: issue.format },
        });
        break;
      case 'custom': {
        // A rule written on the schema names its own code and the values its sentence needs.
        const { code, ...params } = issue.params ?? {};
        const named = code === 'too-big' || code === 'listed-twice';
        add({ path, message: issue.message, code: named ? code : 'invalid', ...(named && Object.keys(params).length ? { params } : {}) });
        break;
      }
      default:
        add({
          path,
          message: issue.message.startsWith('Invalid') ? `is not valid (${issue.message})` : issue.message,
          code: 'invalid',
        });
    }
  }
}
