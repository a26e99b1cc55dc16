import {
  ChainOrganisationSchema,
  DEPENDENCY_KINDS,
  DependencySchema,
  detectCsvDelimiter,
  isId,
  isName,
  LIMITS,
  LocalizedTextSchema,
  type ValidationIssue,
} from '@lsh-cyber/schema';
import { compileChain } from '../compile-chain.js';
import { CompiledChain, type CompiledChainParts, chainMemory } from '../compiled-chain.js';
import {
  type ChainCsv,
  type ChainCsvMeta,
  cellReader,
  DEPENDENCY_COLUMNS,
  fromCsv,
  type Header,
  ORGANISATION_COLUMNS,
  PROFILE_COLUMNS,
  readHeader,
  recordBuilder,
} from './csv.js';

/*
 * `fromCsv` builds a `ChainModel` (an object per organisation and per dependency), checks it with
 * the schema, and `compileChain` then turns it into typed arrays. At national scale that is six
 * million objects built only to be read once. The route below answers one question while it reads
 * the two files straight into the typed arrays: "would `fromCsv` accept these files, and what
 * would `compileChain` make of them?" It never explains a refusal: whenever anything does not fit
 * (or might not), it gives up, and `fromCsv` runs and lists the problems, so every problem keeps
 * one wording and one path (as `chainModelShapeFits` does for JSON in @lsh-cyber/schema). The
 * property test in test/csv-compile.test.ts checks that both routes agree.
 */

/** A chain read from its two CSV files and compiled: what `lsh-cyber chain` analyses. */
export interface CompiledCsvChain {
  /** The compiled chain, exactly as `compileChain(fromCsv(files, meta))` makes it. */
  chain: CompiledChain;
  /** The organisations' names, in chain order. */
  names: string[];
}

/**
 * Reads a chain from its two CSV files and compiles it: the same chain, the same names and the same
 * problems as `compileChain(fromCsv(files, meta))`, in a fraction of the time and memory for large
 * files. Files whose cells are all plain (ids, names, roles, scores, criticalities, kinds and
 * groups; profiles, data kinds and notes are checked with the schema of their row) are read
 * straight into the compiled chain's arrays, without building the model; anything the fast reader
 * is unsure of is read by `fromCsv`, which names every problem.
 *
 * @throws LshValidationError listing every problem, with the paths `fromCsv` gives.
 */
export function compileCsv(files: ChainCsv, meta: ChainCsvMeta): CompiledCsvChain {
  const fast = readCompiled(files, meta);
  if (fast !== null) return fast;
  const model = fromCsv(files, meta);
  return { chain: compileChain(model, { validate: 'structure' }), names: model.organisations.map((o) => o.name) };
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const APOSTROPHE = 39;
/** The reader could not be sure: `fromCsv` decides. */
const UNSURE = -1;
/** A `to` cell that is looked up once every row is read. */
const LATER = -2;

/** The cells of one record: the range of text of each, or its value when it was quoted. */
interface Cells {
  start: number[];
  end: number[];
  /** The cell's value when it was quoted (quotes removed, `""` undone), else undefined. */
  quoted: (string | undefined)[];
  count: number;
}

/** Where the record after the blank lines at `at` starts (the shared reader skips empty lines). */
function skipBlankLines(text: string, at: number): number {
  const n = text.length;
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === LF) at++;
    else if (c === CR && (at + 1 === n || text.charCodeAt(at + 1) === LF)) at += at + 1 === n ? 1 : 2;
    else return at;
  }
}

/**
 * Reads the record at `at` into `cells`, as the shared `CsvReader` splits it; returns where the
 * next record starts, or {@link UNSURE} when the reader would report a syntax problem (a stray or
 * unclosed quote, text after a closing quote) or might split it otherwise.
 */
function readRecord(text: string, at: number, delimiter: number, cells: Cells): number {
  const n = text.length;
  let k = 0;
  let i = at;
  let quotes = false;
  for (;;) {
    let c = i < n ? text.charCodeAt(i) : -1;
    if (c === QUOTE) {
      quotes = true;
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return UNSURE;
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += text.slice(from, q);
        i = q + 1;
        break;
      }
      c = i < n ? text.charCodeAt(i) : -1;
      if (c === CR && text.charCodeAt(i + 1) === LF) c = LF;
      else if (c !== delimiter && c !== LF && c !== -1) return UNSURE;
      cells.start[k] = 0;
      cells.end[k] = 0;
      cells.quoted[k] = value;
    } else {
      const s = i;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c === delimiter || c === LF) break;
        if (c === QUOTE) return UNSURE;
        i++;
      }
      if (i >= n) c = -1;
      let e = i;
      // A line's CR LF ends it; a lone CR at the very end of a record with quotes stays in the
      // shared reader's cell (its quoted path), so that case is left to it.
      if (c !== delimiter && e > s && text.charCodeAt(e - 1) === CR) {
        if (c === -1 && quotes) return UNSURE;
        e--;
      }
      cells.start[k] = s;
      cells.end[k] = e;
      cells.quoted[k] = undefined;
    }
    k++;
    if (c === delimiter) {
      i++;
      continue;
    }
    cells.count = k;
    if (c === -1) return n;
    // At LF, or at the CR of a CR LF after a quoted cell.
    return text.charCodeAt(i) === CR ? i + 2 : i + 1;
  }
}

/** The text of cell `k`, exactly as the shared reader gives it. */
function cellText(text: string, cells: Cells, k: number): string {
  return cells.quoted[k] ?? text.slice(cells.start[k], cells.end[k]);
}

/** Whether cell `k` is empty (an absent field). */
function isEmpty(cells: Cells, k: number): boolean {
  const q = cells.quoted[k];
  return q === undefined ? cells.end[k] === cells.start[k] : q === '';
}

/** Whether any of the cells at `positions` is filled. */
function anyFilled(cells: Cells, positions: readonly number[]): boolean {
  for (const k of positions) if (k < cells.count && !isEmpty(cells, k)) return true;
  return false;
}

/**
 * A number cell of up to 15 digits with at most one decimal separator inside, as `Number` reads it
 * (an integer divided by a power of ten is rounded once, correctly); NaN when the cell needs the
 * general number reader (signs, spaces, exponents, more digits).
 */
function plainNumber(text: string, s: number, e: number, decimalComma: boolean): number {
  if (e <= s || e - s > 15) return Number.NaN;
  let digits = 0;
  let scale = 1;
  let point = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits = digits * 10 + (c - 48);
      if (point) scale *= 10;
    } else if ((c === 46 || (c === 44 && decimalComma)) && !point && i > s && i < e - 1) point = true;
    else return Number.NaN;
  }
  return digits / scale;
}

/** A hash of the characters `s..e` of `text` (FNV-1a, then murmur's finaliser). */
function hashOf(text: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Whether `id` is the characters `s..e` of `text`. */
function sameText(id: string, text: string, s: number, e: number): boolean {
  if (id.length !== e - s) return false;
  for (let i = 0; i < id.length; i++) if (id.charCodeAt(i) !== text.charCodeAt(s + i)) return false;
  return true;
}

/** Whether the `length` characters of `text` at `a` and at `b` are the same. */
function sameRange(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** Characters of an id kept in its slot of an {@link IdTable}, two to an integer. */
const PACKED = 10;
/** How many ids {@link IdTable.findAll} looks up side by side. */
const LOOKUP_BLOCK = 64;
/** Integers per slot: hash, organisation + 1 (0: empty), length, then {@link PACKED} characters. */
const STRIDE = 3 + PACKED / 2;

/**
 * Organisation ids by their text, looked up straight from the file's characters, so that the ten
 * million `from` and `to` cells of a national chain never become strings (open addressing, linear
 * probing, at most half full). A lookup is bound by memory, not by work: each slot holds the id's
 * hash, length and first {@link PACKED} characters side by side, so that an id that short is
 * found, or found missing, with one cache miss instead of two (the slot, then the string).
 */
class IdTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  constructor(
    private readonly ids: readonly string[],
    capacity: number,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * STRIDE);
    this.mask = size - 1;
  }
  /** The index of the organisation whose id is `text[s..e)`, or -1. */
  find(text: string, s: number, e: number): number {
    return this.findHashed(text, s, e, hashOf(text, s, e) | 0);
  }
  /**
   * For each `i < count` with `starts[i] >= 0`, sets `out[i]` to the organisation whose id is
   * `text[starts[i]..ends[i])`; false as soon as one is unknown. The lookups go in blocks: first
   * the slot of every id of a block is read, loads that do not depend on each other and that the
   * processor overlaps; then each id is probed, from cache. A lookup waits for memory, not for
   * work, so this is what makes it cheaper.
   */
  findAll(text: string, starts: Int32Array, ends: Int32Array, out: Int32Array, count: number): boolean {
    const { slots, mask } = this;
    const hashes = new Int32Array(LOOKUP_BLOCK);
    let touched = 0;
    for (let b = 0; b < count; b += LOOKUP_BLOCK) {
      const end = Math.min(count, b + LOOKUP_BLOCK);
      for (let i = b; i < end; i++) {
        const s = starts[i]!;
        if (s < 0) continue;
        const hash = hashOf(text, s, ends[i]!) | 0;
        hashes[i - b] = hash;
        touched |= slots[(hash & mask) * STRIDE + 1]!;
      }
      for (let i = b; i < end; i++) {
        const s = starts[i]!;
        if (s < 0) continue;
        const v = this.findHashed(text, s, ends[i]!, hashes[i - b]!);
        if (v < 0) return false;
        out[i] = v;
      }
    }
    // Kept, so that the first loop's loads are not optimised away.
    this.touched = touched;
    return true;
  }
  /** What the first loop of {@link findAll} read, kept so that its loads are not optimised away. */
  touched = 0;
  private findHashed(text: string, s: number, e: number, hash: number): number {
    const { slots, mask } = this;
    const length = e - s;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * STRIDE;
      const v = slots[at + 1]! - 1;
      if (v < 0) return -1;
      if (slots[at] === hash && slots[at + 2] === length && this.holds(at, text, s, length, v)) return v;
    }
  }
  /** Whether the slot at `at` (organisation `v`) holds the id `text[s..s+length)`, its hash and length already matched. */
  private holds(at: number, text: string, s: number, length: number, v: number): boolean {
    if (length > PACKED) return sameText(this.ids[v]!, text, s, s + length);
    for (let i = 0; i < length; i += 2) {
      const pair = text.charCodeAt(s + i) | (i + 1 < length ? text.charCodeAt(s + i + 1) << 16 : 0);
      if (this.slots[at + 3 + (i >> 1)] !== pair) return false;
    }
    return true;
  }
  /** Adds organisation `v` (its id is `ids[v]`); false when the id is already there. */
  add(v: number): boolean {
    const id = this.ids[v]!;
    const hash = hashOf(id, 0, id.length) | 0;
    if (this.findHashed(id, 0, id.length, hash) >= 0) return false;
    const { slots, mask } = this;
    let slot = hash & mask;
    while (slots[slot * STRIDE + 1] !== 0) slot = (slot + 1) & mask;
    const at = slot * STRIDE;
    slots[at] = hash;
    slots[at + 1] = v + 1;
    slots[at + 2] = id.length;
    for (let i = 0; i < Math.min(id.length, PACKED); i += 2)
      slots[at + 3 + (i >> 1)] = id.charCodeAt(i) | (i + 1 < id.length ? id.charCodeAt(i + 1) << 16 : 0);
    return true;
  }
}

/** The first record (the header) and where the next starts, or null when the file has none or its header is not one `fromCsv` reads. */
function headerOf(text: string, file: string, columns: readonly string[]): { header: Header; at: number; delimiter: number } | null {
  const body = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const delimiter = detectCsvDelimiter(text).charCodeAt(0);
  const cells: Cells = { start: [], end: [], quoted: [], count: 0 };
  const at = skipBlankLines(text, body);
  if (at >= text.length) return null;
  const next = readRecord(text, at, delimiter, cells);
  if (next === UNSURE) return null;
  const issues: ValidationIssue[] = [];
  const header = readHeader(cellTexts(text, cells, cells.count), file, columns, delimiter === 59, issues);
  return header && issues.length === 0 ? { header, at: next, delimiter } : null;
}

/** The cells of a record as strings, for the rows read through `recordBuilder` and the schema. */
function cellTexts(text: string, cells: Cells, width: number): string[] {
  return Array.from({ length: Math.min(cells.count, width) }, (_, k) => cellText(text, cells, k));
}

const KINDS: ReadonlySet<unknown> = new Set(DEPENDENCY_KINDS);
const inRange = (x: unknown, max: number): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= max;

/**
 * @internal The compiled chain of two CSV files whose cells are all plain (the fast route of
 * {@link compileCsv}), or null when `fromCsv` must decide.
 */
export function readCompiled(files: ChainCsv, meta: ChainCsvMeta): CompiledCsvChain | null {
  if (!isId(meta.id) || !isName(meta.name)) return null;
  if (meta.description !== undefined && !LocalizedTextSchema.safeParse(meta.description).success) return null;
  const orgs = readOrganisations(files.organisations);
  if (orgs === null) return null;
  const deps = readDependencies(files.dependencies, orgs.table);
  if (deps === null) return null;
  const chain = new CompiledChain({
    id: meta.id,
    name: meta.name,
    ids: orgs.ids,
    indexOf: (id) => orgs.table.find(id, 0, id.length),
    score: orgs.score,
    ...deps,
  });
  return { chain, names: orgs.names };
}

interface Organisations {
  ids: string[];
  names: string[];
  score: Float64Array;
  table: IdTable;
}

function readOrganisations(text: string): Organisations | null {
  const start = headerOf(text, 'organisations.csv', ORGANISATION_COLUMNS);
  if (start === null) return null;
  const { header, delimiter } = start;
  const columns = header.header;
  const width = columns.length;
  const reader = (column: string) => cellReader(column, header);
  const record = recordBuilder(columns, reader, PROFILE_COLUMNS);
  const {
    at: [idK, nameK, roleK, scoreK, assessmentK],
    others,
  } = plainColumns(columns, ['id', 'name', 'role', 'score', 'assessment'] as const);
  const readId = reader('id');
  const readName = reader('name');
  const readRole = reader('role');
  const readNumber = reader('score');
  const readAssessment = reader('assessment');
  const decimalComma = header.decimalComma;

  const ids: string[] = [];
  const names: string[] = [];
  const scores: number[] = [];
  const cells: Cells = { start: [], end: [], quoted: [], count: 0 };
  const field = (k: number, read: (raw: string) => unknown): unknown =>
    k < 0 || k >= cells.count || isEmpty(cells, k) ? undefined : read(cellText(text, cells, k));
  for (let pos = skipBlankLines(text, start.at); pos < text.length; pos = skipBlankLines(text, pos)) {
    pos = readRecord(text, pos, delimiter, cells);
    if (pos === UNSURE) return null;
    let id: unknown;
    let name: unknown;
    let score: unknown;
    if (anyFilled(cells, others)) {
      // A row with a profile: its record, as `fromCsv` builds it, through the schema of one organisation.
      const o = record(cellTexts(text, cells, width));
      if (!ChainOrganisationSchema.safeParse(o).success) return null;
      ({ id, name, score } = o);
    } else {
      id = field(idK, readId);
      name = field(nameK, readName);
      const role = field(roleK, readRole);
      const assessment = field(assessmentK, readAssessment);
      if (!isId(id) || !isName(name) || !isName(role) || (assessment !== undefined && !isId(assessment))) return null;
      if (scoreK >= 0 && scoreK < cells.count && cells.quoted[scoreK] === undefined) {
        score = plainNumber(text, cells.start[scoreK]!, cells.end[scoreK]!, decimalComma);
        if (Number.isNaN(score)) score = field(scoreK, readNumber);
      } else score = field(scoreK, readNumber);
      if (score !== undefined && !inRange(score, 100)) return null;
    }
    ids.push(id as string);
    names.push(name as string);
    scores.push(score === undefined ? Number.NaN : (score as number));
  }
  const n = ids.length;
  if (n > LIMITS.organisations) return null;
  const table = new IdTable(ids, n);
  for (let v = 0; v < n; v++) if (!table.add(v)) return null;
  const score = new Float64Array(chainMemory(n * 8));
  score.set(scores);
  return { ids, names, score, table };
}

type Dependencies = Pick<CompiledChainParts, 'depFrom' | 'depTo' | 'depCriticality' | 'depGroup' | 'groupOwner' | 'groupName'>;

/** Where each of the `plain` columns is among the header's `columns` (-1: absent), and where every other column is. */
function plainColumns<const C extends readonly string[]>(
  columns: readonly string[],
  plain: C,
): { at: { [K in keyof C]: number }; others: number[] } {
  const at = plain.map((c) => columns.indexOf(c));
  const others = columns.map((_, k) => k).filter((k) => !at.includes(k));
  return { at: at as { [K in keyof C]: number }, others };
}

function readDependencies(text: string, table: IdTable): Dependencies | null {
  const start = headerOf(text, 'dependencies.csv', DEPENDENCY_COLUMNS);
  if (start === null) return null;
  const { header, delimiter } = start;
  const columns = header.header;
  const width = columns.length;
  const reader = (column: string) => cellReader(column, header);
  const record = recordBuilder(columns, reader);
  const {
    at: [fromK, toK, kindK, criticalityK, groupK],
    others,
  } = plainColumns(columns, ['from', 'to', 'kind', 'criticality', 'group'] as const);
  const readKind = reader('kind');
  const readNumber = reader('criticality');
  const readGroup = reader('group');
  const decimalComma = header.decimalComma;
  // The different kind cells of a file that fit (a few), each read once.
  const fitting: string[] = [];

  // Every record takes at least one line: the lines bound the number of dependencies.
  let capacity = 1;
  for (let i = text.indexOf('\n', start.at); i >= 0; i = text.indexOf('\n', i + 1)) capacity++;
  const memory = chainMemory(capacity * 20);
  const depCriticality = new Float64Array(memory, 0, capacity);
  const depFrom = new Int32Array(memory, capacity * 8, capacity);
  const depTo = new Int32Array(memory, capacity * 12, capacity);
  const depGroup = new Int32Array(memory, capacity * 16, capacity).fill(-1);
  // The `to` cells looked up after the last row: where each one's id is in the text (-1: looked up already).
  const toStart = new Int32Array(capacity);
  const toEnd = new Int32Array(capacity);
  const groupIndex = new Map<string, number>();
  const groupOwner: number[] = [];
  const groupName: string[] = [];

  const cells: Cells = { start: [], end: [], quoted: [], count: 0 };
  /** The organisation a `from` or `to` cell names, or -1 (also for an empty cell). */
  const organisation = (k: number): number => {
    if (k >= cells.count) return -1;
    const quoted = cells.quoted[k];
    if (quoted !== undefined) {
      const id = quoted.charCodeAt(0) === APOSTROPHE ? quoted.slice(1) : quoted;
      return id === '' ? -1 : table.find(id, 0, id.length);
    }
    // Text cells lose one leading apostrophe, as `unmarkText` reads them.
    const s = cells.start[k]! + (text.charCodeAt(cells.start[k]!) === APOSTROPHE ? 1 : 0);
    const e = cells.end[k]!;
    return s >= e ? -1 : table.find(text, s, e);
  };
  const field = (k: number, read: (raw: string) => unknown): unknown =>
    k < 0 || k >= cells.count || isEmpty(cells, k) ? undefined : read(cellText(text, cells, k));

  let lastFrom = -1;
  let lastStart = 0;
  let lastEnd = 0;
  let m = 0;
  for (let pos = skipBlankLines(text, start.at); pos < text.length; pos = skipBlankLines(text, pos)) {
    pos = readRecord(text, pos, delimiter, cells);
    if (pos === UNSURE || m >= capacity) return null;
    let f: number;
    let t: number;
    let criticality: unknown;
    let group: unknown;
    if (anyFilled(cells, others)) {
      // A row with data kinds or a note: its record, as `fromCsv` builds it, through the schema of one dependency.
      const d = record(cellTexts(text, cells, width));
      if (!DependencySchema.safeParse(d).success) return null;
      const id = (x: unknown) => (typeof x === 'string' ? table.find(x, 0, x.length) : -1);
      f = id(d.from);
      t = id(d.to);
      ({ criticality, group } = d);
    } else {
      // An id found in the table is an organisation's id, and so a valid one. Exports list a
      // customer's dependencies one after the other: a `from` cell like the last one is not looked up.
      if (fromK >= 0 && fromK < cells.count && cells.quoted[fromK] === undefined) {
        const s = cells.start[fromK]!;
        const e = cells.end[fromK]!;
        if (lastFrom >= 0 && e - s === lastEnd - lastStart && sameRange(text, s, lastStart, e - s)) f = lastFrom;
        else {
          f = organisation(fromK);
          lastFrom = f;
          lastStart = s;
          lastEnd = e;
        }
      } else f = fromK < 0 || isEmpty(cells, fromK) ? -1 : organisation(fromK);
      if (toK >= 0 && toK < cells.count && cells.quoted[toK] === undefined) {
        // Looked up after the last row, many at a time (`findAll`); text cells lose one leading apostrophe.
        const s = cells.start[toK]! + (text.charCodeAt(cells.start[toK]!) === APOSTROPHE ? 1 : 0);
        const e = cells.end[toK]!;
        if (s >= e) return null;
        toStart[m] = s;
        toEnd[m] = e;
        t = LATER;
      } else t = toK < 0 || isEmpty(cells, toK) ? -1 : organisation(toK);
      if (kindK >= 0 && kindK < cells.count && !isEmpty(cells, kindK)) {
        const s = cells.start[kindK]!;
        const length = cells.end[kindK]! - s;
        let known = false;
        if (cells.quoted[kindK] === undefined)
          for (const kind of fitting) if (kind.length === length && text.startsWith(kind, s)) known = true;
        if (!known) {
          const raw = cellText(text, cells, kindK);
          if (!KINDS.has(readKind(raw))) return null;
          if (fitting.length < 64) fitting.push(raw);
        }
      }
      if (criticalityK >= 0 && criticalityK < cells.count && cells.quoted[criticalityK] === undefined) {
        criticality = plainNumber(text, cells.start[criticalityK]!, cells.end[criticalityK]!, decimalComma);
        if (Number.isNaN(criticality)) criticality = field(criticalityK, readNumber);
      } else criticality = field(criticalityK, readNumber);
      group = field(groupK, readGroup);
      if (group !== undefined && !isId(group)) return null;
    }
    if (f < 0 || t === -1 || f === t) return null;
    if (criticality !== undefined && !inRange(criticality, 1)) return null;
    depFrom[m] = f;
    depTo[m] = t;
    if (t !== LATER) toStart[m] = -1;
    depCriticality[m] = criticality === undefined ? 1 : (criticality as number);
    if (group !== undefined) {
      // Numbered in order of first use, as `compileChain` numbers them; NUL cannot occur in an id.
      const key = `${f}\u0000${group as string}`;
      let g = groupIndex.get(key);
      if (g === undefined) {
        g = groupOwner.length;
        groupIndex.set(key, g);
        groupOwner.push(f);
        groupName.push(group as string);
      }
      depGroup[m] = g;
    }
    m++;
  }
  if (m > LIMITS.dependencies) return null;
  if (!table.findAll(text, toStart, toEnd, depTo, m)) return null;
  for (let i = 0; i < m; i++) if (depTo[i] === depFrom[i]) return null;
  return {
    depFrom: depFrom.subarray(0, m),
    depTo: depTo.subarray(0, m),
    depCriticality: depCriticality.subarray(0, m),
    depGroup: depGroup.subarray(0, m),
    groupOwner: Int32Array.from(groupOwner),
    groupName,
  };
}
