import { scoreBand } from '@lsh-cyber/schema';

/** A place to write text: process.stdout, process.stderr, or a test's buffer. */
export interface Output {
  write(text: string): unknown;
  /** True when the output is a terminal. */
  isTTY?: boolean;
}

/** Text styles; every function returns its input unchanged when colour is off. */
export interface Style {
  readonly colour: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
}

/**
 * Whether to colour an output: never when `NO_COLOR` is set to anything non-empty
 * (https://no-color.org), always when `FORCE_COLOR` is set to anything but `0`, otherwise only
 * when the output is a terminal.
 */
export function colourEnabled(output: Output, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return output.isTTY === true && env.TERM !== 'dumb';
}

/** ANSI styles, or plain text when `colour` is false. */
export function createStyle(colour: boolean): Style {
  const wrap = (open: number, close: number) => (text: string) => (colour ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return {
    colour,
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
  };
}

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/**
 * A bar of `width` cells for a score 0-100, drawn with Unicode block elements so it reads without
 * colour: full blocks for the score, a partial block for the remainder, light shade for the rest.
 * Null draws a dotted bar (no score).
 */
export function bar(score: number | null, width = 20): string {
  if (score === null || !Number.isFinite(score)) return '·'.repeat(width);
  const eighths = Math.round((Math.min(100, Math.max(0, score)) / 100) * width * 8);
  const full = Math.floor(eighths / 8);
  const part = EIGHTHS[eighths % 8] ?? '';
  const used = full + (part ? 1 : 0);
  return '█'.repeat(full) + part + '░'.repeat(width - used);
}

/** Colours a score by its display band (`scoreBand` of `@lsh-cyber/schema`): weak red, fair yellow, strong green. */
export function scoreColour(style: Style, score: number | null): (text: string) => string {
  const band = scoreBand(score);
  return band === 'none' ? style.dim : band === 'weak' ? style.red : band === 'fair' ? style.yellow : style.green;
}

/** A score as the terminal shows it: one decimal, right-aligned in 5 characters; `n/a` for null. */
export function formatScore(score: number | null): string {
  return (score === null ? 'n/a' : score.toFixed(1)).padStart(5);
}

/** Supported report languages. */
export type Lang = 'nl' | 'en';

/** Euros without cents, in the number style of the language. */
export function formatEuros(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    amount,
  );
}

/** A plain number in the style of the language, at most `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

/**
 * The JSON every `--json` flag prints: the value's own key order, 2-space indent, a trailing
 * newline. Engines build their results in a documented key order, so the output is stable.
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Pads text to `width` characters (by code points), cutting it with an ellipsis when longer. */
export function fit(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length > width) return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
  return text + ' '.repeat(width - chars.length);
}

/** Escapes one CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ makes spreadsheets run the cell as a formula; a quote mark keeps it text.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document: header and rows, CRLF line ends as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
