/**
 * The one CSV reader and the one CSV writer of lsh-cyber (the chain importer and exporter, the
 * command line and the demo all use these). CSV lives in the data-contract package because the
 * CSV columns are part of the contract and every other package already depends on this one; the
 * code has no dependency and runs in Node and in the browser.
 *
 * Reading (RFC 4180 plus what Excel writes): `,` or `;` separated (detected from the header
 * row), an optional UTF-8 byte-order mark, LF or CRLF line ends, quoted cells with `""` for a quote
 * and line breaks inside. The reader never changes a cell: no trimming, no type guessing.
 *
 * Writing, in one of two dialects: `rfc4180` (`,`, decimal point, no BOM) and `excel-nl` (`;`,
 * decimal comma, BOM, what Dutch Excel opens in columns). Both end lines with CRLF. Every text cell
 * a spreadsheet would run as a formula is neutralised with a leading apostrophe (see
 * {@link neutraliseFormula}); numbers the writer formats itself are written as numbers.
 */

/** A cell separator the reader accepts. */
export type CsvDelimiter = ',' | ';';

/** The CSV dialects the writer knows. */
export const CSV_DIALECTS = ['excel-nl', 'rfc4180'] as const;
/** A CSV dialect: `excel-nl` (`;`, decimal comma, BOM) or `rfc4180` (`,`, decimal point). */
export type CsvDialect = (typeof CSV_DIALECTS)[number];

/** What a dialect writes. */
export interface CsvDialectRules {
  delimiter: CsvDelimiter;
  decimalComma: boolean;
  bom: boolean;
}

/** The rules of each dialect. */
export const CSV_DIALECT_RULES: Readonly<Record<CsvDialect, CsvDialectRules>> = Object.freeze({
  'excel-nl': { delimiter: ';', decimalComma: true, bom: true },
  rfc4180: { delimiter: ',', decimalComma: false, bom: false },
});

/** One record read: its cells and the line (1-based) it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** What is wrong with a line's CSV syntax: a quote never closed, text after a closing quote, a quote inside an unquoted cell. */
export type CsvSyntaxCode = 'unclosed-quote' | 'text-after-quote' | 'stray-quote';

/** A problem in the CSV syntax itself, at a line: in English, and as a code for translation. */
export interface CsvSyntaxProblem {
  line: number;
  message: string;
  code: CsvSyntaxCode;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * The separator of a CSV file, from its first line: `;` when that line holds more `;` than `,`
 * outside quotes, else `,`.
 */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) break;
    else if (!quoted && c === 44) commas++;
    else if (!quoted && c === 59) semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * A streaming CSV reader: give it the text in chunks of any size with {@link write}, then call
 * {@link end}; each complete record goes to `onRecord` as soon as it is read. Empty lines are
 * skipped. A record's cells are exactly the text in the file (quotes removed, `""` undone).
 * Lines without a quote take a fast path (a native split), so reading costs about as much as
 * splitting the text into lines and fields.
 */
export class CsvReader {
  private delimiter: CsvDelimiter | undefined;
  private rest = '';
  private line = 1;
  private first = true;
  /** Syntax problems met so far (an unclosed quote, text after a closing quote). */
  readonly problems: CsvSyntaxProblem[] = [];

  /** @param onRecord receives each record; `delimiter` is detected from the first line when absent. */
  constructor(
    private readonly onRecord: (record: CsvRecord) => void,
    options: { delimiter?: CsvDelimiter } = {},
  ) {
    this.delimiter = options.delimiter;
  }

  /** The separator in use (detected from the first line once it has been read). */
  get separator(): CsvDelimiter | undefined {
    return this.delimiter;
  }

  /** Reads the next chunk of text. */
  write(chunk: string): void {
    let text = this.rest + chunk;
    if (this.first) {
      if (text.length === 0) return;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      // The separator needs the whole first line.
      if (this.delimiter === undefined) {
        if (!/[\r\n]/.test(text)) {
          this.rest = text;
          return;
        }
        this.delimiter = detectCsvDelimiter(text);
      }
      this.first = false;
    }
    this.rest = this.consume(text, false);
  }

  /** Reads what is left; call once after the last chunk. */
  end(): void {
    if (this.first) {
      this.first = false;
      let text = this.rest;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.delimiter ??= detectCsvDelimiter(text);
      this.rest = text;
    }
    const left = this.consume(this.rest, true);
    this.rest = '';
    if (left !== '') this.problems.push({ line: this.line, message: 'has a quote that is never closed', code: 'unclosed-quote' });
  }

  /** Reads every complete record of `text`; returns the unread tail. */
  private consume(text: string, final: boolean): string {
    const d = this.delimiter!;
    let at = 0;
    const n = text.length;
    // The next quote (n when there is none), found once and reused for every line before it (no
    // rescans). Written without -1: on Node 20, once optimised, the test `quote >= 0 && quote < at`
    // with `quote` at -1 made every later call of this method about 100 times slower.
    let quote = text.indexOf('"');
    if (quote < 0) quote = n;
    while (at < n) {
      let lf = text.indexOf('\n', at);
      if (lf < 0) {
        if (!final) return text.slice(at);
        lf = n;
      }
      const end = lf > at && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
      if (quote < at) {
        quote = text.indexOf('"', at);
        if (quote < 0) quote = n;
      }
      if (quote >= end) {
        // Fast path: no quote on this line.
        if (end > at) this.onRecord({ line: this.line, cells: text.slice(at, end).split(d) });
        this.line++;
        at = lf + 1;
        continue;
      }
      const read = this.quotedRecord(text, at, d, final);
      if (read < 0) return text.slice(at);
      at = read;
    }
    return '';
  }

  /**
   * Reads one record with quotes starting at `at`; returns where the next record starts, or -1 when
   * the record is not complete yet (more text is needed) or, at the end, has an unclosed quote.
   */
  private quotedRecord(text: string, at: number, d: CsvDelimiter, final: boolean): number {
    const delim = d.charCodeAt(0);
    const cells: string[] = [];
    const problems: CsvSyntaxProblem[] = [];
    const startLine = this.line;
    let lines = 0;
    const countLines = (from: number, to: number) => {
      for (let k = from; k < to; k++) if (text.charCodeAt(k) === LF) lines++;
    };
    let i = at;
    const n = text.length;
    for (;;) {
      if (i < n && text.charCodeAt(i) === QUOTE) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) return -1;
          countLines(from, q);
          if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          if (q + 1 >= n && !final) return -1;
          value += text.slice(from, q);
          i = q + 1;
          break;
        }
        // After a closing quote comes a separator or a line end; anything else is kept, and reported.
        let extra = i;
        while (extra < n) {
          const c = text.charCodeAt(extra);
          if (c === delim || c === LF || (c === CR && extra + 1 < n && text.charCodeAt(extra + 1) === LF)) break;
          extra++;
        }
        if (extra >= n && extra > i && !final) return -1;
        if (extra > i) {
          problems.push({ line: startLine + lines, message: 'has text after a closing quote', code: 'text-after-quote' });
          value += text.slice(i, extra);
          i = extra;
        }
        cells.push(value);
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === delim || c === LF || (c === CR && j + 1 < n && text.charCodeAt(j + 1) === LF)) break;
          if (c === QUOTE)
            problems.push({
              line: startLine + lines,
              message: 'has a quote inside a cell that does not start with one',
              code: 'stray-quote',
            });
          j++;
        }
        if (j >= n && !final) return -1;
        cells.push(text.slice(i, j));
        i = j;
      }
      if (i >= n) {
        if (!final) return -1;
        break;
      }
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        if (i >= n && !final) return -1;
        if (i >= n) cells.push('');
        if (i >= n) break;
        continue;
      }
      if (c === CR) i++;
      if (i < n && text.charCodeAt(i) === LF) i++;
      else if (i >= n && !final) return -1;
      break;
    }
    this.problems.push(...problems);
    this.onRecord({ line: startLine, cells });
    this.line = startLine + lines + 1;
    return i;
  }
}

/** Reads a whole CSV text (see {@link CsvReader}). */
export function readCsv(
  text: string,
  options: { delimiter?: CsvDelimiter } = {},
): { delimiter: CsvDelimiter; records: CsvRecord[]; problems: CsvSyntaxProblem[] } {
  const records: CsvRecord[] = [];
  const reader = new CsvReader((r) => records.push(r), options);
  reader.write(text);
  reader.end();
  return { delimiter: reader.separator ?? ',', records, problems: reader.problems };
}

/**
 * A number written in a CSV cell, or null when the cell is not one: optional spaces around an
 * optional minus, digits, an optional fraction and exponent. The decimal separator is `.`, or `,`
 * when `decimalComma` (files separated by `;`, as Dutch Excel writes them).
 */
export function parseCsvNumber(cell: string, decimalComma: boolean): number | null {
  const text = cell.trim();
  const pattern = decimalComma ? /^-?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?$/ : /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;
  if (!pattern.test(text)) return null;
  const n = Number(decimalComma ? text.replace(',', '.') : text);
  return Number.isFinite(n) ? n : null;
}

// First non-blank character a spreadsheet runs as a formula, in ASCII and full width.
const FORMULA_START = /^[ \u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/**
 * A text cell as the writer puts it in a file: prefixed with an apostrophe when a spreadsheet
 * would run it as a formula (first non-blank character `=`, `+`, `-`, `@` or their full-width
 * forms `＝＋－＠`; or a leading tab or carriage return), and also when it already starts with an
 * apostrophe, so that {@link unmarkText} gives every text back exactly.
 */
export function neutraliseFormula(text: string): string {
  const c = text.charCodeAt(0);
  return c === 9 || c === CR || c === 39 || FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes {@link neutraliseFormula}: removes one leading apostrophe. */
export function unmarkText(cell: string): string {
  return cell.charCodeAt(0) === 39 ? cell.slice(1) : cell;
}

/** A value the writer puts in a cell: text is neutralised, numbers and booleans are formatted. */
export type CsvValue = string | number | boolean | null | undefined;

/** One cell in a dialect: formatted, neutralised, quoted when it must be. */
export function csvCell(value: CsvValue, dialect: CsvDialect): string {
  const rules = CSV_DIALECT_RULES[dialect];
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') text = rules.decimalComma ? String(value).replace('.', ',') : String(value);
  else if (typeof value === 'boolean') text = String(value);
  else text = neutraliseFormula(value);
  const needsQuotes = text.includes(rules.delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document in a dialect: the rows (the header first), CRLF line ends, a BOM for `excel-nl`. */
export function writeCsv(rows: readonly (readonly CsvValue[])[], dialect: CsvDialect): string {
  const rules = CSV_DIALECT_RULES[dialect];
  const lines = rows.map((row) => row.map((v) => csvCell(v, dialect)).join(rules.delimiter));
  return `${rules.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}

/** The dialect a user gets without choosing: `excel-nl` for Dutch, else `rfc4180`. */
export function defaultCsvDialect(lang: string): CsvDialect {
  return lang === 'nl' ? 'excel-nl' : 'rfc4180';
}
