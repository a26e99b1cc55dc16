import {
  CERTIFICATION_LABELS,
  type ChainModel,
  type CsvDialect,
  CsvReader,
  type CsvSyntaxProblem,
  type CsvValue,
  DATA_KIND_LABELS,
  DEPENDENCY_KIND_LABELS,
  type LocalizedText,
  LshValidationError,
  NIS2_LABELS,
  ORGANISATION_ROLE_LABELS,
  parseCsvNumber,
  SIZE_CLASS_LABELS,
  SUBSECTOR_LABELS,
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

/** The languages a chain's CSV files can be written in: column names and the words in code columns. */
export type ChainCsvLanguage = keyof LocalizedText;

type OrganisationColumn = (typeof ORGANISATION_COLUMNS)[number];
type DependencyColumn = (typeof DEPENDENCY_COLUMNS)[number];

/** The Dutch names of the columns of `organisations.csv`; `fromCsv` reads them as well as the English ones. */
export const ORGANISATION_COLUMNS_NL: Readonly<Record<OrganisationColumn, string>> = {
  id: 'code',
  name: 'naam',
  role: 'rol',
  score: 'score',
  assessment: 'basisscan',
  subsector: 'sector',
  sizeClass: 'aantal_medewerkers',
  region: 'regio',
  data: 'gegevens',
  certifications: 'certificeringen',
  downtimeCostPerDay: 'kosten_uitval_per_dag',
  nis2: 'nis2',
  gdprController: 'verwerkingsverantwoordelijke',
};

/** The Dutch names of the columns of `dependencies.csv`; `fromCsv` reads them as well as the English ones. */
export const DEPENDENCY_COLUMNS_NL: Readonly<Record<DependencyColumn, string>> = {
  from: 'afnemer',
  to: 'leverancier',
  kind: 'soort',
  criticality: 'belang',
  group: 'groep',
  data: 'gegevens',
  note: 'notitie',
};

const BOOLEAN_WORDS: Readonly<Record<'true' | 'false', LocalizedText>> = {
  true: { nl: 'ja', en: 'true' },
  false: { nl: 'nee', en: 'false' },
};

/**
 * The columns whose values are codes, with the plain words (from the schema's labels) a Dutch
 * file writes for them. Roles are open: a role without a label is written as it is.
 */
const WORDS: Readonly<Record<string, Readonly<Record<string, LocalizedText>>>> = {
  role: ORGANISATION_ROLE_LABELS,
  subsector: SUBSECTOR_LABELS,
  sizeClass: SIZE_CLASS_LABELS,
  data: DATA_KIND_LABELS,
  certifications: CERTIFICATION_LABELS,
  nis2: NIS2_LABELS,
  gdprController: BOOLEAN_WORDS,
  kind: DEPENDENCY_KIND_LABELS,
};

/** A code's word in a language, for writing; the code itself when it has none. */
function wordOf(column: string, code: string, language: ChainCsvLanguage): string {
  const labels = WORDS[column];
  return language === 'en' || !labels || !Object.hasOwn(labels, code) ? code : labels[code]![language];
}

/** @internal A header cell or a code's word as it is compared: trimmed, lower case. */
export const normalise = (x: string) => x.trim().toLocaleLowerCase('nl');

// For reading: every word (in either language, any case) to its code, per column.
export const CODES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  Object.entries(WORDS).map(([column, labels]) => {
    const codes = new Map<string, string>();
    for (const [code, text] of Object.entries(labels)) for (const w of [text.nl, text.en]) codes.set(normalise(w), code);
    return [column, codes];
  }),
);

/** A cell of a code column as the code it names: the code itself, or its word in Dutch or English. */
function codeOf(column: string, raw: string): string {
  const text = raw.trim();
  return CODES.get(column)?.get(normalise(text)) ?? text;
}

// Every column after `assessment` belongs to the organisation's profile.
export const PROFILE_COLUMNS = new Set<string>(ORGANISATION_COLUMNS.slice(ORGANISATION_COLUMNS.indexOf('subsector')));
const NUMBER_COLUMNS = new Set(['score', 'downtimeCostPerDay', 'criticality']);
const LIST_COLUMNS = new Set(['data', 'certifications']);
// Columns whose values come from a fixed list: spaces around them are a spreadsheet's doing.
const CODE_COLUMNS = new Set(['subsector', 'sizeClass', 'nis2', 'kind', 'gdprController']);
const REQUIRED: Record<string, readonly string[]> = { 'organisations.csv': ['id', 'name', 'role'], 'dependencies.csv': ['from', 'to'] };

/** @internal What a file's header row says. */
export interface Header {
  /** The column of each header cell. */
  header: string[];
  /** Each column's name as the file's header writes it, for the paths of problems. */
  written: ReadonlyMap<string, string>;
  /** The language of the header's column names. */
  language: ChainCsvLanguage;
  decimalComma: boolean;
}

interface Rows<T> extends Header {
  /** What `build` made of each record after the header, in file order. */
  values: T[];
  /** The line (1-based) each of `values` starts on. */
  lines: number[];
}

const DUTCH_NAMES: Record<string, Readonly<Record<string, string>>> = {
  'organisations.csv': ORGANISATION_COLUMNS_NL,
  'dependencies.csv': DEPENDENCY_COLUMNS_NL,
};

/**
 * Reads one CSV file: its header row, then every record, each turned into a value as soon as it is
 * read by the function `builder` makes once for that header, so that the records themselves are
 * never all held at once (at national scale they would be millions of short-lived arrays). Null
 * when the file has a syntax or header problem (added to `issues`).
 */
function readRows<T>(
  text: string,
  file: string,
  columns: readonly string[],
  issues: ValidationIssue[],
  builder: (header: Header) => (cells: string[]) => T,
): Rows<T> | null {
  let header: Header | null | undefined;
  let build: ((cells: string[]) => T) | undefined;
  const headerIssues: ValidationIssue[] = [];
  const values: T[] = [];
  const lines: number[] = [];
  const reader = new CsvReader(({ line, cells }) => {
    if (header === undefined) {
      header = readHeader(cells, file, columns, reader.separator === ';', headerIssues);
      if (header) build = builder(header);
    } else if (build) {
      values.push(build(cells));
      lines.push(line);
    }
  });
  reader.write(text);
  reader.end();
  if (reader.problems.length > 0) {
    syntaxProblems(reader.problems, file, issues);
    return null;
  }
  if (header === undefined) {
    issues.push({
      path: file,
      message: `is empty; it needs a header row with ${REQUIRED[file]!.join(', ')}`,
      code: 'csv-empty',
      params: { columns: REQUIRED[file]!.join(', ') },
    });
    return null;
  }
  for (const issue of headerIssues) issues.push(issue);
  return header && { ...header, values, lines };
}

function syntaxProblems(problems: readonly CsvSyntaxProblem[], file: string, issues: ValidationIssue[]): void {
  for (const p of problems.slice(0, 20))
    issues.push({
      path: `${file}:${p.line}`,
      message: `is not valid CSV: ${p.message}`,
      code: 'csv-syntax',
      params: { problem: p.code },
    });
  if (problems.length > 20)
    issues.push({
      path: file,
      message: `… and ${problems.length - 20} more CSV syntax problems`,
      code: 'more-problems',
      params: { count: problems.length - 20 },
    });
}

/** @internal The header row's columns, or null (with the problems added to `issues`) when it names an unknown, repeated or too few columns. */
export function readHeader(
  row: readonly string[],
  file: string,
  columns: readonly string[],
  decimalComma: boolean,
  issues: ValidationIssue[],
): Header | null {
  const dutch = DUTCH_NAMES[file]!;
  const cells = row.map((h) => h.trim());
  // A header cell names a column in English (`name`) or in Dutch (`naam`), in any case.
  const byName = new Map<string, string>();
  for (const c of columns) byName.set(normalise(c), c);
  const dutchOnly = new Set<string>();
  for (const c of columns) {
    const nl = normalise(dutch[c]!);
    if (!byName.has(nl)) dutchOnly.add(nl);
    byName.set(nl, byName.get(nl) ?? c);
  }
  const language: ChainCsvLanguage = cells.some((h) => dutchOnly.has(normalise(h))) ? 'nl' : 'en';
  const name = (c: string) => (language === 'nl' ? dutch[c]! : c);
  const header = cells.map((h) => byName.get(normalise(h)) ?? '');
  const before = issues.length;
  header.forEach((column, k) => {
    const h = cells[k]!;
    if (column === '') {
      const known = columns.map(name).join(', ');
      issues.push({
        path: `${file}:1:${h || `column ${k + 1}`}`,
        message: `is not a known column; known: ${known}`,
        code: 'unknown-column',
        params: { known },
      });
    } else if (header.indexOf(column) !== k) issues.push({ path: `${file}:1:${h}`, message: 'is listed twice', code: 'duplicate-column' });
  });
  for (const r of REQUIRED[file]!)
    if (!header.includes(r))
      issues.push({ path: `${file}:1`, message: `misses the column "${name(r)}"`, code: 'missing-column', params: { column: name(r) } });
  if (issues.length > before) return null;
  const written = new Map(header.map((column, k) => [column, cells[k]!]));
  return { header, written, language, decimalComma };
}

/**
 * @internal How a column's cells are read, decided once per file. Text is kept exactly as written,
 * except the apostrophe the writer puts in front of a formula-like text (`unmarkText`); numbers
 * accept a decimal comma in `;` files; in a file with Dutch column names a code column also takes
 * the code's plain word (in Dutch or English, any case), and a role that is the word of a known
 * role is read as that role.
 */
export function cellReader(column: string, rows: Header): (raw: string) => unknown {
  if (NUMBER_COLUMNS.has(column)) return (raw) => parseCsvNumber(raw, rows.decimalComma) ?? raw;
  if (LIST_COLUMNS.has(column)) return (raw) => raw.split(';').map((x) => codeCell(column, x, rows));
  if (column === 'gdprController')
    return (raw) => {
      const flag = codeCell(column, raw, rows);
      return flag === 'true' ? true : flag === 'false' ? false : flag;
    };
  if (CODE_COLUMNS.has(column)) return (raw) => codeCell(column, raw, rows);
  const roles = rows.language === 'nl' && column === 'role' ? CODES.get('role') : undefined;
  if (roles)
    return (raw) => {
      const text = unmarkText(raw);
      return roles.get(normalise(text)) ?? text;
    };
  return unmarkText;
}

/**
 * @internal The function that turns one record of a file with this header into an object of its
 * non-empty cells, each read by `readerOf(column)` (chosen once per column); cells of the profile
 * columns go into a nested `profile`, present only when one of them is filled.
 */
export function recordBuilder(
  columns: readonly string[],
  readerOf: (column: string) => (raw: string) => unknown,
  profileColumns?: ReadonlySet<string>,
): (cells: string[]) => Record<string, unknown> {
  const readers = columns.map(readerOf);
  const inProfile = columns.map((column) => profileColumns?.has(column) === true);
  return (cells) => {
    const o: Record<string, unknown> = {};
    let profile: Record<string, unknown> | undefined;
    const n = Math.min(cells.length, columns.length);
    for (let k = 0; k < n; k++) {
      const cell = cells[k]!;
      if (cell === '') continue;
      if (inProfile[k]) (profile ??= {})[columns[k]!] = readers[k]!(cell);
      else o[columns[k]!] = readers[k]!(cell);
    }
    if (profile) o.profile = profile;
    return o;
  };
}

/** A cell of a code column: trimmed, and in a Dutch file read as the code its word names. */
function codeCell(column: string, raw: string, rows: Header): string {
  return rows.language === 'nl' ? codeOf(column, raw) : raw.trim();
}

/**
 * Reads a chain from its two CSV files with the shared reader (`CsvReader`, streaming): `,` or `;`
 * separated, BOM, CRLF, quoted line breaks, decimal commas in `;` files. Column names may be English or
 * Dutch ({@link ORGANISATION_COLUMNS_NL}, {@link DEPENDENCY_COLUMNS_NL}), and a code column may
 * hold the code or its plain word in either language (`cloud`, `clouddienst`). Empty cells are
 * absent fields. Every problem names the file, the line and the column as the header writes it,
 * e.g. `organisations.csv:4:score`, and carries an issue code for translation.
 *
 * @throws LshValidationError listing every problem.
 */
export function fromCsv(files: ChainCsv, meta: ChainCsvMeta): ChainModel {
  const issues: ValidationIssue[] = [];
  // Each organisation's id, as read: a dependency's `from` and `to` are replaced by the very same
  // string, so that the chain holds one string per organisation instead of one per reference (at
  // national scale ten million fewer strings to keep, and lookups that compare by identity).
  const ids = new Map<string, string>();
  const sharedId = (id: string): string => ids.get(id) ?? id;
  const orgs = readRows(files.organisations, 'organisations.csv', ORGANISATION_COLUMNS, issues, (header) => {
    const record = recordBuilder(header.header, (column) => cellReader(column, header), PROFILE_COLUMNS);
    return (cells) => {
      const o = record(cells);
      if (typeof o.id === 'string' && !ids.has(o.id)) ids.set(o.id, o.id);
      return o;
    };
  });
  // Exports list a customer's dependencies one after the other: the last `from` is remembered.
  let lastFrom = '';
  let lastFromId = '';
  const fromId = (value: string): string => {
    if (value !== lastFrom) {
      lastFrom = value;
      lastFromId = sharedId(value);
    }
    return lastFromId;
  };
  // `from` and `to` are plain text columns (`cellReader` reads them with `unmarkText`).
  const deps = readRows(files.dependencies, 'dependencies.csv', DEPENDENCY_COLUMNS, issues, (header) =>
    recordBuilder(header.header, (column) =>
      column === 'from'
        ? (raw) => fromId(unmarkText(raw))
        : column === 'to'
          ? (raw) => sharedId(unmarkText(raw))
          : cellReader(column, header),
    ),
  );
  if (!orgs || !deps) throw new LshValidationError('ChainModel', issues);
  const organisations = orgs.values;
  const dependencies = deps.values;
  const model = { schemaVersion: 1, ...meta, organisations, dependencies };
  try {
    return parseModel(model, undefined, true);
  } catch (error) {
    if (!LshValidationError.isInstance(error)) throw error;
    throw new LshValidationError(
      'ChainModel',
      error.issues.map((i) => ({ ...i, path: csvPath(i.path, orgs, deps), ...allowedWords(i, orgs, deps) })),
    );
  }
}

/** For a Dutch file, a `not-one-of` issue on a code column lists the allowed words in Dutch. */
function allowedWords(issue: ValidationIssue, orgs: Header, deps: Header): Partial<ValidationIssue> {
  const m = /^(organisations|dependencies)\.\d+\.(?:profile\.)?([A-Za-z0-9]+)/.exec(issue.path);
  if (issue.code !== 'not-one-of' || !m) return {};
  const rows = m[1] === 'organisations' ? orgs : deps;
  const labels = WORDS[m[2]!];
  if (rows.language === 'en' || !labels || m[2] === 'role') return {};
  return {
    params: {
      ...issue.params,
      allowed: Object.values(labels)
        .map((l) => l[rows.language])
        .join(', '),
    },
  };
}

/** Turns a model path such as `organisations.3.profile.data.1` into `organisations.csv:5:data`. */
function csvPath(path: string, orgs: Rows<unknown>, deps: Rows<unknown>): string {
  const m = /^(organisations|dependencies)\.(\d+)(?:\.(?:profile\.)?([A-Za-z0-9]+))?/.exec(path);
  if (!m) return path;
  const rows = m[1] === 'organisations' ? orgs : deps;
  const line = rows.lines[Number(m[2])];
  const column = m[3] ? (rows.written.get(m[3]) ?? m[3]) : undefined;
  return `${m[1]}.csv:${line}${column ? `:${column}` : ''}`;
}

/** Options of {@link toCsv}. */
export interface ToCsvOptions {
  /** `rfc4180` (the default: `,`, decimal point) or `excel-nl` (`;`, decimal comma, BOM). */
  dialect?: CsvDialect;
  /**
   * `en` (the default): English column names and codes (`cloud`, `true`). `nl`: Dutch column names
   * ({@link ORGANISATION_COLUMNS_NL}) and the plain Dutch words of codes (`clouddienst`, `ja`).
   */
  language?: ChainCsvLanguage;
}

/**
 * Writes a chain as its two CSV files (see {@link fromCsv}) with the shared writer (`writeCsv`),
 * which neutralises every text a spreadsheet would run as a formula; `fromCsv` reads either
 * dialect and either language back to the same chain. The chain's id, name and description are not in them.
 */
export function toCsv(model: ChainModel, options: ToCsvOptions = {}): ChainCsv {
  const dialect = options.dialect ?? 'rfc4180';
  const language = options.language ?? 'en';
  const cell = (column: string, x: unknown): CsvValue => {
    if (x === undefined) return undefined;
    if (Array.isArray(x)) return x.map((v) => wordOf(column, String(v), language)).join(';');
    if (typeof x === 'boolean') return language === 'en' ? x : wordOf(column, String(x), language);
    if (typeof x === 'number') return x;
    return WORDS[column] ? wordOf(column, String(x), language) : String(x);
  };
  const organisations = model.organisations.map((o) => {
    const flat: Record<string, unknown> = { ...o.profile, ...o };
    return ORGANISATION_COLUMNS.map((c) => cell(c, flat[c]));
  });
  const dependencies = model.dependencies.map((d) => DEPENDENCY_COLUMNS.map((c) => cell(c, (d as Record<string, unknown>)[c])));
  const names = <C extends string>(columns: readonly C[], nl: Readonly<Record<C, string>>) =>
    columns.map((c) => (language === 'nl' ? nl[c] : c));
  return {
    organisations: writeCsv([names(ORGANISATION_COLUMNS, ORGANISATION_COLUMNS_NL), ...organisations], dialect),
    dependencies: writeCsv([names(DEPENDENCY_COLUMNS, DEPENDENCY_COLUMNS_NL), ...dependencies], dialect),
  };
}
