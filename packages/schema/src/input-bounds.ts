import { type Guide, type GuideFinding, KIND, kindBit, UNGUIDED } from './input-guide.js';
import type { ValidationIssue } from './validation-error.js';

/**
 * The bounds every `parseX` / `safeParseX` applies before it looks at a document's shape. They
 * keep hostile input (deep, huge, cyclic, with getters or proxies) cheap to refuse:
 * - `depth`: objects and lists nest at most this many levels (the deepest document kind needs 6);
 * - `nodes`: a document holds at most this many values (objects, lists, texts, numbers, …), enough
 *   for a chain at its 10,000,000-organisation / 50,000,000-dependency limits;
 * - `problems`: at most this many problems are listed; the rest are counted in one last issue.
 * - `checkedEntries`: once a document is known to be invalid (from its first problem on), at most
 *   this many items of each list and entries of each object are checked further, so a list of a
 *   million bad items costs as much as a list of this many (see {@link walkInput}).
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
        params: { count: this.unlisted },
      },
      ...this.notes,
    ];
  }
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

/** A list or object on the walk, with a cursor over its entries. */
interface Frame {
  readonly value: object;
  readonly parent: Frame | null;
  readonly key: string | number;
  readonly depth: number;
  /** What the schema expects of this list or object; its entries are guided by `items` or `fields`. */
  readonly guide: Guide;
  /** The object's own keys, read once; null for a list. */
  readonly keys: readonly string[] | null;
  readonly length: number;
  /** The copy in the view, or null when this part lies outside the view. */
  readonly copy: unknown[] | Record<string, unknown> | null;
  /** The next entry to read. */
  next: number;
  /** True once an entry that is an object or list was met (the frame is then remembered). */
  holdsParts: boolean;
  /** Required fields met so far. */
  requiredSeen: number;
}

function keysOf(frame: Frame | null): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let f = frame; f?.parent; f = f.parent) keys.push(f.key);
  return keys.reverse();
}
const pathOf = (frame: Frame | null): string => keysOf(frame).join('.');
const pathTo = (frame: Frame | null, key: string | number): string => {
  const at = pathOf(frame);
  return at ? `${at}.${key}` : String(key);
};
/** The path of the value at `key` of `parent`; the root's is empty. */
const placePath = (parent: Frame | null, key: string | number): string => (parent ? pathTo(parent, key) : '');

/** What {@link walkInput} learned of a document. */
export interface InputWalk {
  /** Values counted. */
  nodes: number;
  /**
   * A copy of the document in which each list keeps its first `checkedEntries` items and each
   * object its first `checkedEntries` keys: what the shape is checked on first. Only meaningful
   * when no bound problem was found.
   */
  view: unknown;
  /** True when the view leaves something out. */
  cut: boolean;
  /** Paths of the objects the view cuts (a field left out of one of those is not missing). */
  cutObjects: ReadonlySet<string>;
  /**
   * True when entries beyond the first `checkedEntries` of a list or object were left unchecked,
   * because the document was already known to be invalid.
   */
  partial: boolean;
  /** True when a list or object of a kind the schema never accepts there was refused without reading it. */
  skipped: boolean;
  /** The first problem the guide found, if any (see {@link GuideFinding}). */
  finding: GuideFinding | null;
}

/** Options of {@link walkInput}. */
export interface WalkOptions {
  /** What the schema expects (see {@link guideOf}); without it the walk checks the bounds only. */
  guide?: Guide;
  limits?: typeof INPUT_LIMITS;
}

/**
 * Walks a document once, in document order and without recursion, before any schema sees it, and
 * reports what makes it unusable as data: an object or list holding objects or lists that is reached
 * twice (a cycle or a shared part: a document is a tree; flat objects may be shared, they are copied
 * like any value), nesting deeper than {@link INPUT_LIMITS.depth}, more values than
 * {@link INPUT_LIMITS.nodes}, a value that is not plain data (a function, a Map, a class instance),
 * a property that cannot be read (a throwing getter or proxy), and own `__proto__` keys
 * (`JSON.parse` creates them as plain properties, but a later `obj[key] = value` copy would swap a
 * prototype). Each value is read once; paths are only built for problems. On the way it builds the
 * view (see {@link InputWalk.view}).
 *
 * With a guide, the walk also notes where the document cannot match the schema (a value of the wrong
 * kind, an unknown key of a strict object, a missing required field). From the first such problem
 * or bound problem on, the document is known to be invalid, and of each list and object only the
 * first {@link INPUT_LIMITS.checkedEntries} entries are checked (those the view holds), so refusing
 * a huge invalid document costs about as much as the part of it that is checked, not its size.
 */
export function walkInput(input: unknown, problems: ProblemList, options: WalkOptions = {}): InputWalk {
  const limits = options.limits ?? INPUT_LIMITS;
  const cap = limits.checkedEntries;
  const seen = new SeenObjects();
  const stack: Frame[] = [];
  const cutObjects = new Set<string>();
  let nodes = 0;
  let cut = false;
  let partial = false;
  let skipped = false;
  let stopped = false;
  let invalid = false;
  let finding: GuideFinding | null = null;

  const problem = (issue: ValidationIssue) => {
    invalid = true;
    problems.add(issue);
  };
  const notData = (path: string, value: unknown) =>
    problem({ path, message: `must be plain data (an object, a list, text, a number, true/false or null), not ${kindOf(value)}` });
  const tooMany = () => {
    stopped = true;
    problem({
      path: '',
      message: `holds more than ${limits.nodes.toLocaleString('en-GB')} values, the most a document may hold`,
      code: 'too-many-values',
      params: { maximum: limits.nodes },
    });
  };

  /** Takes in a value read at `key` of `parent`; returns what the view holds in its place. */
  const enter = (value: unknown, parent: Frame | null, key: string | number, guide: Guide, inView: boolean): unknown => {
    if (++nodes > limits.nodes) {
      tooMany();
      return undefined;
    }
    const bit = kindBit(value);
    const wrongKind = bit !== 0 && (guide.accepts & bit) === 0;
    if (wrongKind) {
      invalid = true;
      finding ??= {
        kind: 'wrong-kind',
        path: parent ? [...keysOf(parent), key] : [],
        inView,
        schema: guide.schema,
        standIn: bit === KIND.list ? [] : bit === KIND.object ? {} : value,
      };
    }
    if (typeof value !== 'object' || value === null) {
      if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') notData(placePath(parent, key), value);
      return value;
    }
    const depth = parent ? parent.depth + 1 : 0;
    if (depth >= limits.depth) {
      problem({
        path: placePath(parent, key),
        message: `is nested more than ${limits.depth} levels deep`,
        code: 'too-deep',
        params: { maximum: limits.depth },
      });
      return undefined;
    }
    let frame: Frame;
    try {
      // zod refuses a list or object of the wrong kind by its kind alone, so what it holds is not
      // read: the view holds an empty one in its place.
      if (wrongKind && Array.isArray(value)) {
        skipped = true;
        return [];
      }
      if (Array.isArray(value)) {
        const length = value.length;
        if (length > limits.nodes - nodes) {
          tooMany();
          return undefined;
        }
        if (inView && length > cap) cut = true;
        const copy = inView ? new Array<unknown>(Math.min(length, cap)) : null;
        frame = { value, parent, key, depth, guide, keys: null, length, copy, next: 0, holdsParts: false, requiredSeen: 0 };
      } else if (!isPlainObject(value)) {
        notData(placePath(parent, key), value);
        return undefined;
      } else if (wrongKind) {
        skipped = true;
        return {};
      } else {
        const keys = Object.keys(value);
        if (inView && keys.length > cap) {
          cut = true;
          cutObjects.add(placePath(parent, key));
        }
        const copy = inView ? {} : null;
        frame = { value, parent, key, depth, guide, keys, length: keys.length, copy, next: 0, holdsParts: false, requiredSeen: 0 };
      }
    } catch (cause) {
      // A proxy's traps (isArray, getPrototypeOf, ownKeys, length) may throw anything.
      problem({ path: placePath(parent, key), message: `could not be read: ${describeThrown(cause)}`, code: 'unreadable' });
      return undefined;
    }
    stack.push(frame);
    return frame.copy ?? undefined;
  };

  const view = enter(input, null, '', options.guide ?? UNGUIDED, true);
  while (stack.length > 0 && !stopped) {
    const frame = stack[stack.length - 1]!;
    const limit = invalid && frame.length > cap ? cap : frame.length;
    if (frame.next >= limit) {
      stack.pop();
      if (limit < frame.length) partial = true;
      else if (frame.keys && frame.guide.fields && frame.requiredSeen < (frame.guide.required ?? 0)) {
        const fields = frame.guide.fields;
        const present = new Set(frame.keys);
        // A key of Object.prototype is never missing for zod (it checks with `in`).
        const missing = [...fields].filter(([k, f]) => f.required && !present.has(k) && !(k in Object.prototype)).map(([k]) => k);
        if (missing.length > 0) {
          invalid = true;
          finding ??= { kind: 'missing', path: keysOf(frame), inView: frame.copy !== null, keys: missing };
        }
      }
      continue;
    }
    const index = frame.next++;
    const inView = frame.copy !== null && index < cap;
    let key: string | number = index;
    let guide = frame.guide.items ?? UNGUIDED;
    let item: unknown;
    if (frame.keys === null) {
      try {
        item = (frame.value as unknown[])[index];
      } catch (cause) {
        stack.pop();
        problem({ path: pathOf(frame), message: `could not be read: ${describeThrown(cause)}`, code: 'unreadable' });
        continue;
      }
    } else {
      key = frame.keys[index]!;
      if (key === '__proto__') {
        problem({ path: pathTo(frame, key), message: 'the key "__proto__" is not allowed', code: 'forbidden-key' });
        continue;
      }
      const fields = frame.guide.fields;
      if (fields) {
        const field = fields.get(key);
        if (field) {
          guide = field.guide;
          if (field.required) frame.requiredSeen++;
        } else {
          guide = UNGUIDED;
          if (frame.guide.strict) {
            invalid = true;
            finding ??= { kind: 'unknown-key', path: keysOf(frame), inView: frame.copy !== null, key };
          }
        }
      }
      try {
        item = (frame.value as Record<string, unknown>)[key];
      } catch (cause) {
        problem({ path: pathTo(frame, key), message: `could not be read: ${describeThrown(cause)}`, code: 'unreadable' });
        continue;
      }
    }
    // Only an object or list that holds objects or lists is remembered: a cycle always passes
    // through one, and only a shared one can make the walk (or zod) repeat work without bound.
    // A flat object met twice costs no more than its references, and is copied like any value.
    if (typeof item === 'object' && item !== null && !frame.holdsParts) {
      frame.holdsParts = true;
      if (!seen.add(frame.value)) {
        stack.pop();
        problem({
          path: pathOf(frame),
          message: 'is the same object as another part of the document (a cycle or a shared part); a document must be a tree',
          code: 'shared-part',
        });
        continue;
      }
    }
    const held = enter(item, frame, key, guide, inView);
    if (inView) (frame.copy as Record<string | number, unknown>)[key] = held;
  }
  return { nodes, view, cut, cutObjects, partial, skipped, finding };
}

/** Checks the bounds of a document without a schema's guidance (see {@link walkInput}). */
export function checkInputBounds(input: unknown, problems: ProblemList, limits = INPUT_LIMITS): { nodes: number } {
  return { nodes: walkInput(input, problems, { limits }).nodes };
}
