import {
  type ChainModel,
  type CsvDialect,
  type CsvValue,
  type LocalizedText,
  LshValidationError,
  parseCsvNumber,
  readCsv,
  unmarkText,
  type ValidationIssue,
  writeCsv,
} from '@lsh-cyber/schema';
import { parseModel } from '../compile-chain.js';

/** The two CSV files of a chain: one row per organisation, one row per dependency, each with a header row. */
export interface ChainCsv {
  /** `organisations.csv`: columns {@link ORGANISATION_COLUMNS}; `id`, `name` and `role` are required. */
  organisations: string;
  /** `dependencies.csv`: columns {@link DEPENDENCY_COLUMNS}; `from` and `to` are required. */
  dependencies: string;
}

/** What the CSV files do not hold: the chain's id, name and description. */
export interface ChainCsvMeta {
  id: string;
  name: string;
  description?: LocalizedText;
}

/** Columns of `organisations.csv`. Lists (`data`, `certifications`) are separated by `;`. */
export const ORGANISATION_COLUMNS = [
  'id',
  'name',
  'role',
  'score',
  'assessment',
  'subsector',
  'sizeClass',
  'region',
  'data',
  'certifications',
  'downtimeCostPerDay',
  'nis2',
  'gdprController',
] as const;

/** Columns of `dependencies.csv`. The list `data` is separated by `;`. */
export const DEPENDENCY_COLUMNS = ['from', 'to', 'kind', 'criticality', 'group', 'data', 'note'] as const;

// Every column after `assessment` belongs to the organisation's profile.
const PROFILE_COLUMNS = new Set<string>(ORGANISATION_COLUMNS.slice(ORGANISATION_COLUMNS.indexOf('subsector')));
const NUMBER_COLUMNS = new Set(['score', 'downtimeCostPerDay', 'criticality']);
const LIST_COLUMNS = new Set(['data', 'certifications']);
// Columns whose values come from a fixed list: spaces around them are a spreadsheet's doing.
const CODE_COLUMNS = new Set(['subsector', 'sizeClass', 'nis2', 'kind', 'gdprController']);
const REQUIRED: Record<string, readonly string[]> = { 'organisations.csv': ['id', 'name', 'role'], 'dependencies.csv': ['from', 'to'] };

interface Rows {
  header: string[];
  decimalComma: boolean;
  rows: { line: number; cells: string[] }[];
}

function readRows(text: string, file: string, columns: readonly string[], issues: ValidationIssue[]): Rows | null {
  const { delimiter, records, problems } = readCsv(text);
  if (problems.length > 0) {
    for (const p of problems.slice(0, 20)) issues.push({ path: `${file}:${p.line}`, message: `is not valid CSV: ${p.message}` });
    if (problems.length > 20) issues.push({ path: file, message: `… and ${problems.length - 20} more CSV syntax problems` });
    return null;
  }
  if (records.length === 0) {
    issues.push({ path: file, message: `is empty; it needs a header row with ${REQUIRED[file]!.join(', ')}` });
    return null;
  }
  const header = records[0]!.cells.map((h) => h.trim());
  const before = issues.length;
  header.forEach((h, k) => {
    if (!columns.includes(h))
      issues.push({ path: `${file}:1:${h || `column ${k + 1}`}`, message: `is not a known column; known: ${columns.join(', ')}` });
    else if (header.indexOf(h) !== k) issues.push({ path: `${file}:1:${h}`, message: 'is listed twice' });
  });
  for (const r of REQUIRED[file]!) if (!header.includes(r)) issues.push({ path: `${file}:1`, message: `misses the column "${r}"` });
  if (issues.length > before) return null;
  return { header, decimalComma: delimiter === ';', rows: records.slice(1) };
}

/**
 * The value of one cell. Text is kept exactly as written, except the apostrophe the writer puts in
 * front of a formula-like text (`unmarkText`); numbers accept a decimal comma in `;` files.
 */
/** @internal The value of one cell, for the CSV readers of this package. */
export function cellValue(column: string, raw: string, decimalComma: boolean): unknown {
  if (NUMBER_COLUMNS.has(column)) return parseCsvNumber(raw, decimalComma) ?? raw;
  if (LIST_COLUMNS.has(column)) return raw.split(';').map((x) => x.trim());
  if (column === 'gdprController') {
    const flag = raw.trim();
    return flag === 'true' ? true : flag === 'false' ? false : flag;
  }
  if (CODE_COLUMNS.has(column)) return raw.trim();
  return unmarkText(raw);
}

/**
 * Reads a chain from its two CSV files with the shared reader (`readCsv`): `,` or `;` separated,
 * BOM, CRLF, quoted line breaks, decimal commas in `;` files. Empty cells are absent fields. Every problem names the file, the
 * line and the column, e.g. `organisations.csv:4:score`.
 *
 * @throws LshValidationError listing every problem.
 */
export function fromCsv(files: ChainCsv, meta: ChainCsvMeta): ChainModel {
  const issues: ValidationIssue[] = [];
  const orgs = readRows(files.organisations, 'organisations.csv', ORGANISATION_COLUMNS, issues);
  const deps = readRows(files.dependencies, 'dependencies.csv', DEPENDENCY_COLUMNS, issues);
  if (!orgs || !deps) throw new LshValidationError('ChainModel', issues);
  const organisations = orgs.rows.map(({ cells }) => {
    const o: Record<string, unknown> = {};
    const profile: Record<string, unknown> = {};
    orgs.header.forEach((column, k) => {
      const cell = cells[k] ?? '';
      if (cell === '') return;
      if (PROFILE_COLUMNS.has(column)) profile[column] = cellValue(column, cell, orgs.decimalComma);
      else o[column] = cellValue(column, cell, orgs.decimalComma);
    });
    if (Object.keys(profile).length > 0) o.profile = profile;
    return o;
  });
  const dependencies = deps.rows.map(({ cells }) => {
    const d: Record<string, unknown> = {};
    deps.header.forEach((column, k) => {
      const cell = cells[k] ?? '';
      if (cell !== '') d[column] = cellValue(column, cell, deps.decimalComma);
    });
    return d;
  });
  const model = { schemaVersion: 1, ...meta, organisations, dependencies };
  try {
    return parseModel(model, undefined, true);
  } catch (error) {
    if (!LshValidationError.isInstance(error)) throw error;
    throw new LshValidationError(
      'ChainModel',
      error.issues.map((i) => ({ path: csvPath(i.path, orgs, deps), message: i.message })),
    );
  }
}

/** Turns a model path such as `organisations.3.profile.data.1` into `organisations.csv:5:data`. */
function csvPath(path: string, orgs: Rows, deps: Rows): string {
  const m = /^(organisations|dependencies)\.(\d+)(?:\.(?:profile\.)?([A-Za-z]+))?/.exec(path);
  if (!m) return path;
  const rows = m[1] === 'organisations' ? orgs : deps;
  const line = rows.rows[Number(m[2])]?.line;
  return `${m[1]}.csv:${line}${m[3] ? `:${m[3]}` : ''}`;
}

/** Options of {@link toCsv}. */
export interface ToCsvOptions {
  /** `rfc4180` (the default: `,`, decimal point) or `excel-nl` (`;`, decimal comma, BOM). */
  dialect?: CsvDialect;
}

/**
 * Writes a chain as its two CSV files (see {@link fromCsv}) with the shared writer (`writeCsv`),
 * which neutralises every text a spreadsheet would run as a formula; `fromCsv` reads either
 * dialect back to the same chain. The chain's id, name and description are not in them.
 */
export function toCsv(model: ChainModel, options: ToCsvOptions = {}): ChainCsv {
  const dialect = options.dialect ?? 'rfc4180';
  const cell = (x: unknown): CsvValue =>
    x === undefined ? undefined : Array.isArray(x) ? x.join(';') : typeof x === 'number' || typeof x === 'boolean' ? x : String(x);
  const organisations = model.organisations.map((o) => {
    const flat: Record<string, unknown> = { ...o.profile, ...o };
    return ORGANISATION_COLUMNS.map((c) => cell(flat[c]));
  });
  const dependencies = model.dependencies.map((d) => DEPENDENCY_COLUMNS.map((c) => cell((d as Record<string, unknown>)[c])));
  return {
    organisations: writeCsv([[...ORGANISATION_COLUMNS], ...organisations], dialect),
    dependencies: writeCsv([[...DEPENDENCY_COLUMNS], ...dependencies], dialect),
  };
}
