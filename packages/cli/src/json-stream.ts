import type { Output } from './format.js';

/** Characters gathered before a chunk is handed to the output. */
const CHUNK = 1 << 16;

/** An output that can tell the writer to wait (process.stdout, a file stream). */
interface Drainable extends Output {
  once?(event: 'drain', listener: () => void): unknown;
}

/** A container being written: its entries, how far along, and the indent of its lines. */
interface Frame {
  /** The list, or the object. */
  value: readonly unknown[] | Readonly<Record<string, unknown>>;
  /** The object's keys; null for a list. */
  keys: readonly string[] | null;
  next: number;
  /** Entries written so far (an object skips undefined values, as JSON.stringify does). */
  written: number;
  indent: string;
  close: string;
}

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * The text of `JSON.stringify(value, null, 2)` followed by a newline, produced in chunks of about
 * 64 KiB by a resumable walk (an explicit stack, so deep values cannot overflow the call stack).
 */
export function* jsonChunks(value: unknown): Generator<string> {
  let out = '';
  const stack: Frame[] = [];
  // Writes a value: a scalar at once, a container by opening it and pushing a frame.
  const open = (raw: unknown, indent: string): void => {
    let v = raw;
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function')
      v = (v as { toJSON(): unknown }).toJSON();
    if (v === null || typeof v !== 'object') {
      out += JSON.stringify(v) ?? 'null';
      return;
    }
    if (Array.isArray(v)) {
      stack.push({ value: v, keys: null, next: 0, written: 0, indent, close: ']' });
      return;
    }
    stack.push({ value: v as Record<string, unknown>, keys: Object.keys(v), next: 0, written: 0, indent, close: '}' });
  };
  open(value, '');
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { keys } = frame;
    const length = keys === null ? (frame.value as readonly unknown[]).length : keys.length;
    if (frame.next === length) {
      if (frame.written === 0) out += keys === null ? '[]' : '{}';
      else out += `\n${frame.indent}${frame.close}`;
      stack.pop();
    } else {
      const i = frame.next++;
      const item = keys === null ? (frame.value as readonly unknown[])[i] : (frame.value as Readonly<Record<string, unknown>>)[keys[i]!];
      if (keys !== null && skipped(item)) continue;
      const inner = `${frame.indent}  `;
      out += `${frame.written === 0 ? (keys === null ? '[' : '{') : ','}\n${inner}${keys === null ? '' : `${JSON.stringify(keys[i])}: `}`;
      frame.written++;
      // A list writes null where JSON.stringify would (undefined, functions, symbols).
      open(keys === null && skipped(item) ? null : item, inner);
    }
    if (out.length >= CHUNK) {
      yield out;
      out = '';
    }
  }
  yield `${out}\n`;
}

/**
 * Writes `value` as every `--json` flag prints it (the text of `JSON.stringify(value, null, 2)` and
 * a newline) in chunks, never as one string: a chain of millions of organisations would exceed the
 * longest string the JavaScript engine can build. Waits whenever the output asks to drain, so
 * memory stays bounded when the reader is slow.
 */
export async function writeJson(output: Drainable, value: unknown): Promise<void> {
  for (const chunk of jsonChunks(value)) {
    const more = output.write(chunk);
    if (more === false && typeof output.once === 'function') await new Promise<void>((done) => output.once!('drain', done));
  }
}
