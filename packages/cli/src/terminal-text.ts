// Characters that make a terminal do something instead of showing something: C0 controls (ESC
// starts colour, cursor and title sequences; CR and BS overwrite what was printed), DEL, C1
// controls (U+009B is a one-character CSI), the line and paragraph separators, and the bidi
// overrides and isolates that make text read in another order than it is stored.
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * User data as the terminal may show it: every control character, escape included, becomes a
 * visible escape such as `\x1b` or `\u202e`, so a name can never move the cursor, recolour the
 * screen, set the window title or hide text. The one output sanitiser every text formatter uses
 * for what came from a file; `--json` output is not touched (JSON escapes control characters).
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A copy of `value` with {@link terminalText} applied to every string in it (keys kept as they are). */
export function terminalSafe<T>(value: T): T {
  if (typeof value === 'string') return terminalText(value) as T;
  if (Array.isArray(value)) return value.map((v) => terminalSafe(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = terminalSafe(v);
    return out as T;
  }
  return value;
}
