import type { ValidationIssue } from './validation-error.js';

/**
 * The bounds every `parseX` / `safeParseX` applies before it looks at a document's shape. They
 * keep hostile input (deep, huge, cyclic, with getters or proxies) cheap to refuse:
 * - `depth`: objects and lists nest at most this many levels (the deepest document kind needs 6);
 * - `nodes`: a document holds at most this many values (objects, lists, texts, numbers, …), enough
 *   for a chain at its 10,000,000-organisation / 50,000,000-dependency limits;
 * - `problems`: at most this many problems are listed; the rest are counted in one last issue.
 * - `checkedEntries`: once a document is known to be invalid, at most this many items of each list
 *   and entries of each object are checked further, so a list of a million bad items costs as much
 *   as a list of this many.
 */
export const INPUT_LIMITS: Readonly<{ depth: number; nodes: number; problems: number; checkedEntries: number }> = Object.freeze({
  depth: 64,
  nodes: 250_000_000,
  problems: 1_000,
  checkedEntries: 1_000,
});

/** Collects problems up to {@link INPUT_LIMITS.problems}, counting the rest instead of storing them. */
export class ProblemList {
  private readonly listed: ValidationIssue[] = [];
  private unlisted = 0;
  private readonly notes: ValidationIssue[] = [];
  private readonly keys = new Set<string>();

  constructor(private readonly cap: number = INPUT_LIMITS.problems) {}

  /** Adds one problem; beyond the cap it is only counted. A problem already listed is not listed twice. */
  add(issue: ValidationIssue): void {
    const key = `${issue.path}\u0000${issue.message}`;
    if (this.keys.has(key)) return;
    if (this.listed.length < this.cap) {
      this.keys.add(key);
      this.listed.push(issue);
    } else this.unlisted++;
  }

  /** Adds each problem in turn (never `push(...list)`, which overflows the stack on long lists). */
  addAll(issues: Iterable<ValidationIssue>): void {
    for (const issue of issues) this.add(issue);
  }

  /** Adds a remark on the whole list, always shown last (it does not count as a problem). */
  note(issue: ValidationIssue): void {
    this.notes.push(issue);
  }

  /** How many problems were added, listed or not. */
  get count(): number {
    return this.listed.length + this.unlisted;
  }

  /** The listed problems, followed by one issue that counts the unlisted ones, if any. */
  toIssues(): ValidationIssue[] {
    if (this.unlisted === 0) return [...this.listed, ...this.notes];
    const n = this.unlisted.toLocaleString('en-GB');
    return [
      ...this.listed,
      {
        path: '',
        message: `and ${n} more problem${this.unlisted === 1 ? '' : 's'} not listed (the first ${this.cap} are listed)`,
        code: 'more-problems',
        params: { count: n },
      },
      ...this.notes,
    ];
  }
}

/** One value on the walk, with what is needed to name its path only when a problem is reported. */
interface Frame {
  value: unknown;
  depth: number;
  parent: Frame | null;
  key: string | number;
}

function pathOf(frame: Frame): string {
  const keys: (string | number)[] = [];
  for (let f: Frame | null = frame; f?.parent; f = f.parent) keys.push(f.key);
  return keys.reverse().join('.');
}

/** A thrown value as text, even when it cannot become a string (a throwing `toString`, a symbol). */
export function describeThrown(cause: unknown): string {
  try {
    if (cause instanceof Error) return String(cause.message);
    if (typeof cause === 'symbol') return cause.toString();
    return String(cause);
  } catch {
    return 'a value that cannot be shown';
  }
}

/** Objects seen on the walk. Split over several sets, because one Set holds at most 2^24 entries. */
class SeenObjects {
  private readonly sets: Set<object>[] = [new Set()];
  /** Adds `o`; false when it was already there. */
  add(o: object): boolean {
    for (const s of this.sets) if (s.has(o)) return false;
    let last = this.sets[this.sets.length - 1]!;
    if (last.size >= 1 << 23) {
      last = new Set();
      this.sets.push(last);
    }
    last.add(o);
    return true;
  }
}

function kindOf(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return 'a bigint';
  try {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return tag === 'Object' ? 'an object with a class' : `a ${tag}`;
  } catch {
    return 'an unreadable object';
  }
}

/** True for an object literal, `JSON.parse` output or `Object.create(null)`. */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/**
 * Walks a document once, without recursion, before any schema sees it, and reports what makes it
 * unusable as data: an object or list holding objects or lists that is reached twice (a cycle or a
 * shared part: a document is a tree; flat objects may be shared, they are copied like any value), nesting
 * deeper than {@link INPUT_LIMITS.depth}, more values than {@link INPUT_LIMITS.nodes}, a value that
 * is not plain data (a function, a Map, a class instance), a property that cannot be read (a
 * throwing getter or proxy), and own `__proto__` keys (`JSON.parse` creates them as plain
 * properties, but a later `obj[key] = value` copy would swap a prototype). Each value is read
 * once; paths are only built for problems, so the cost is linear in the size of the document.
 */
export function checkInputBounds(input: unknown, problems: ProblemList, limits = INPUT_LIMITS): { nodes: number } {
  const seen = new SeenObjects();
  const stack: Frame[] = [];
  let nodes = 0;
  const tooMany = () =>
    problems.add({
      path: '',
      message: `holds more than ${limits.nodes.toLocaleString('en-GB')} values, the most a document may hold`,
      code: 'too-many-values',
      params: { maximum: limits.nodes },
    });
  const notData = (frame: Frame, value: unknown) =>
    problems.add({
      path: pathOf(frame),
      message: `must be plain data (an object, a list, text, a number, true/false or null), not ${kindOf(value)}`,
    });
  // Leaves are counted where they are found; only objects and lists go on the stack.
  const visit = (value: unknown, parent: Frame | null, key: string | number): boolean => {
    if (++nodes > limits.nodes) return false;
    if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      return true;
    const frame: Frame = { value, depth: parent ? parent.depth + 1 : 0, parent, key };
    if (typeof value === 'object') stack.push(frame);
    else notData(frame, value);
    return true;
  };
  if (!visit(input, null, '')) tooMany();
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value as object;
    const start = stack.length;
    try {
      if (frame.depth >= limits.depth) {
        problems.add({
          path: pathOf(frame),
          message: `is nested more than ${limits.depth} levels deep`,
          code: 'too-deep',
          params: { maximum: limits.depth },
        });
        continue;
      }
      if (Array.isArray(value)) {
        const length = value.length;
        if (length > limits.nodes - nodes) {
          tooMany();
          return { nodes };
        }
        for (let i = 0; i < length; i++) visit(value[i], frame, i);
      } else if (!isPlainObject(value)) {
        notData(frame, value);
        continue;
      } else {
        for (const key of Object.keys(value)) {
          if (key === '__proto__') {
            const at = pathOf(frame);
            problems.add({
              path: at ? `${at}.__proto__` : '__proto__',
              message: 'the key "__proto__" is not allowed',
              code: 'forbidden-key',
            });
            continue;
          }
          let item: unknown;
          try {
            item = (value as Record<string, unknown>)[key];
          } catch (cause) {
            const at = pathOf(frame);
            problems.add({ path: at ? `${at}.${key}` : key, message: `could not be read: ${describeThrown(cause)}`, code: 'unreadable' });
            continue;
          }
          if (!visit(item, frame, key)) {
            tooMany();
            return { nodes };
          }
        }
      }
      // Only an object or list that holds objects or lists is remembered: a cycle always passes
      // through one, and only a shared one can make the walk (or zod) repeat work without bound.
      // A flat object met twice costs no more than its references, and is copied like any value.
      if (stack.length > start && !seen.add(value)) {
        stack.length = start;
        problems.add({
          path: pathOf(frame),
          message: 'is the same object as another part of the document (a cycle or a shared part); a document must be a tree',
          code: 'shared-part',
        });
        continue;
      }
      reverseFrom(stack, start);
    } catch (cause) {
      // A proxy's traps (ownKeys, getPrototypeOf, get, length) may throw anything.
      stack.length = start;
      problems.add({ path: pathOf(frame), message: `could not be read: ${describeThrown(cause)}`, code: 'unreadable' });
    }
  }
  return { nodes };
}

/** Reverses `stack[start..]` in place, so the first child is popped first. */
function reverseFrom(stack: Frame[], start: number): void {
  for (let i = start, j = stack.length - 1; i < j; i++, j--) {
    const t = stack[i]!;
    stack[i] = stack[j]!;
    stack[j] = t;
  }
}

/**
 * A copy of a document (already known to be a bounded tree) in which each list keeps only its first
 * `entries` items and each object its first `entries` keys: what is checked further once a document
 * is known to be invalid. Returns whether anything was left out and the paths of the objects cut
 * (a field left out of one of those is not missing).
 */
export function boundedView(
  input: unknown,
  entries: number = INPUT_LIMITS.checkedEntries,
): { value: unknown; cut: boolean; cutObjects: ReadonlySet<string> } {
  let cut = false;
  const cutObjects = new Set<string>();
  const path: (string | number)[] = [];
  const copy = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) {
      if (value.length > entries) cut = true;
      const n = Math.min(value.length, entries);
      const out = new Array<unknown>(n);
      for (let i = 0; i < n; i++) {
        path.push(i);
        out[i] = copy(value[i]);
        path.pop();
      }
      return out;
    }
    const keys = Object.keys(value);
    if (keys.length > entries) {
      cut = true;
      cutObjects.add(path.join('.'));
    }
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length && i < entries; i++) {
      const key = keys[i]!;
      path.push(key);
      out[key] = copy((value as Record<string, unknown>)[key]);
      path.pop();
    }
    return out;
  };
  return { value: copy(input), cut, cutObjects };
}
