import { type ChainModel, type LocalizedText, LshValidationError, type ValidationIssue } from '@lsh-cyber/schema';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { parseModel } from '../compile.js';

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
const REQUIRED: Record<string, readonly string[]> = { 'organisations.csv': ['id', 'name', 'role'], 'dependencies.csv': ['from', 'to'] };

interface Rows {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

function readCsv(text: string, file: string, columns: readonly string[], issues: ValidationIssue[]): Rows | null {
  let records: { info: { lines: number }; record: string[] }[];
  try {
    records = parse(text, { info: true, bom: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    issues.push({ path: line === undefined ? file : `${file}:${line}`, message: `is not valid CSV: ${(error as Error).message}` });
    return null;
  }
  if (records.length === 0) {
    issues.push({ path: file, message: `is empty; it needs a header row with ${REQUIRED[file]!.join(', ')}` });
    return null;
  }
  const header = records[0]!.record.map((h) => h.trim());
  const before = issues.length;
  header.forEach((h, k) => {
    if (!columns.includes(h))
      issues.push({ path: `${file}:1:${h || `column ${k + 1}`}`, message: `is not a known column; known: ${columns.join(', ')}` });
    else if (header.indexOf(h) !== k) issues.push({ path: `${file}:1:${h}`, message: 'is listed twice' });
  });
  for (const r of REQUIRED[file]!) if (!header.includes(r)) issues.push({ path: `${file}:1`, message: `misses the column "${r}"` });
  if (issues.length > before) return null;
  return { header, rows: records.slice(1).map((r) => ({ line: r.info.lines, cells: r.record })) };
}

function cellValue(column: string, raw: string): unknown {
  // Spaces around a value are a spreadsheet's doing, except in a free note.
  const cell = column === 'note' ? raw : raw.trim();
  if (NUMBER_COLUMNS.has(column)) return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell) ? Number(cell) : cell;
  if (LIST_COLUMNS.has(column)) return cell.split(';').map((x) => x.trim());
  if (column === 'gdprController') return cell === 'true' ? true : cell === 'false' ? false : cell;
  return cell;
}

/**
 * Reads a chain from its two CSV files (parsed with csv-parse, so quoting, embedded commas and
 * line breaks follow RFC 4180). Empty cells are absent fields. Every problem names the file, the
 * line and the column, e.g. `organisations.csv:4:score`.
 *
 * @throws LshValidationError listing every problem.
 */
export function fromCsv(files: ChainCsv, meta: ChainCsvMeta): ChainModel {
  const issues: ValidationIssue[] = [];
  const orgs = readCsv(files.organisations, 'organisations.csv', ORGANISATION_COLUMNS, issues);
  const deps = readCsv(files.dependencies, 'dependencies.csv', DEPENDENCY_COLUMNS, issues);
  if (!orgs || !deps) throw new LshValidationError('ChainModel', issues);
  const organisations = orgs.rows.map(({ cells }) => {
    const o: Record<string, unknown> = {};
    const profile: Record<string, unknown> = {};
    orgs.header.forEach((column, k) => {
      const cell = cells[k] ?? '';
      if (cell.trim() === '') return;
      if (PROFILE_COLUMNS.has(column)) profile[column] = cellValue(column, cell);
      else o[column] = cellValue(column, cell);
    });
    if (Object.keys(profile).length > 0) o.profile = profile;
    return o;
  });
  const dependencies = deps.rows.map(({ cells }) => {
    const d: Record<string, unknown> = {};
    deps.header.forEach((column, k) => {
      const cell = cells[k] ?? '';
      if (cell.trim() !== '') d[column] = cellValue(column, cell);
    });
    return d;
  });
  const model = { schemaVersion: 1, ...meta, organisations, dependencies };
  try {
    return parseModel(model);
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

/** Writes a chain as its two CSV files (see {@link fromCsv}); the chain's id, name and description are not in them. */
export function toCsv(model: ChainModel): ChainCsv {
  const cell = (x: unknown): string => (x === undefined ? '' : Array.isArray(x) ? x.join(';') : String(x));
  const organisations = model.organisations.map((o) => {
    const flat: Record<string, unknown> = { ...o, ...o.profile };
    return ORGANISATION_COLUMNS.map((c) => cell(flat[c]));
  });
  const dependencies = model.dependencies.map((d) => DEPENDENCY_COLUMNS.map((c) => cell((d as Record<string, unknown>)[c])));
  return {
    organisations: stringify([[...ORGANISATION_COLUMNS], ...organisations]),
    dependencies: stringify([[...DEPENDENCY_COLUMNS], ...dependencies]),
  };
}
