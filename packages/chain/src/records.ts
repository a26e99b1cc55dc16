import { ID_MESSAGE, isId, LshValidationError, type ValidationIssue, valueKind } from '@lsh-cyber/schema';
import { CompiledChain, chainMemory } from './compiled-chain.js';

/** An organisation as the structure check reads it. */
export interface OrgRecord {
  id?: unknown;
  score?: unknown;
}
/** A dependency as the structure check reads it. */
export interface DepRecord {
  from?: unknown;
  to?: unknown;
  criticality?: unknown;
  group?: unknown;
}
/** The records of a chain, from a model or a graph, with how to name their paths in errors. */
export interface Records {
  id: unknown;
  name: unknown;
  organisations: readonly unknown[];
  dependencies: readonly unknown[];
  orgPath: (i: number) => string;
  depPath: (i: number) => string;
}

/** True for a plain object (not an array). */
export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The structure check and the compilation in one pass over the records: ids (valid, unique),
 * scores, dependency endpoints (known, not the same organisation; repeated pairs are legal), criticalities
 * and groups. Throws `LshValidationError` listing every problem; otherwise returns the chain.
 */
export function fromRecords(r: Records): CompiledChain {
  const issues: ValidationIssue[] = [];
  const id = isId(r.id) ? r.id : '';
  if (!isId(r.id)) issues.push(idIssue('id', r.id));
  const name = typeof r.name === 'string' ? r.name : '';
  if (typeof r.name !== 'string') issues.push(typeIssue('name', 'must be a non-empty text', 'text', r.name));
  else if (r.name.length === 0)
    issues.push({ path: 'name', message: 'must be a non-empty text', code: 'too-small', params: { minimum: 1, unit: 'characters' } });

  const n = r.organisations.length;
  const m = r.dependencies.length;
  const ids: string[] = new Array(n);
  const index: Record<string, number> = Object.create(null);
  // One buffer for the arrays read from the source (see CompiledChain for why).
  const buffer = chainMemory((n + m) * 8 + 3 * m * 4);
  const score = new Float64Array(buffer, 0, n);
  const depCriticality = new Float64Array(buffer, n * 8, m);
  const depFrom = new Int32Array(buffer, (n + m) * 8, m);
  const depTo = new Int32Array(buffer, (n + m) * 8 + m * 4, m);
  const depGroup = new Int32Array(buffer, (n + m) * 8 + 2 * m * 4, m).fill(-1);
  for (let i = 0; i < n; i++) {
    const o = r.organisations[i] as OrgRecord;
    if (!isObject(o)) {
      issues.push(typeIssue(r.orgPath(i), 'must be an object', 'object', o));
      ids[i] = '';
      continue;
    }
    const oid = o.id;
    if (!isId(oid)) issues.push(idIssue(`${r.orgPath(i)}.id`, oid));
    else if (index[oid] !== undefined)
      issues.push({
        path: `${r.orgPath(i)}.id`,
        message: `duplicate id "${oid}" (first at ${r.orgPath(index[oid])})`,
        code: 'duplicate-id',
        params: { id: oid },
      });
    else index[oid] = i;
    ids[i] = typeof oid === 'string' ? oid : '';
    const s = o.score;
    if (s === undefined) score[i] = Number.NaN;
    else if (typeof s !== 'number' || !Number.isFinite(s) || s < 0 || s > 100) {
      issues.push(rangeIssue(`${r.orgPath(i)}.score`, s, 100));
    } else score[i] = s;
  }

  const groupIndex = new Map<string, number>();
  const groupOwner: number[] = [];
  const groupName: string[] = [];
  let lastFrom: unknown;
  let lastF: number | undefined;
  for (let i = 0; i < m; i++) {
    const d = r.dependencies[i] as DepRecord;
    if (!isObject(d)) {
      issues.push(typeIssue(r.depPath(i), 'must be an object', 'object', d));
      depFrom[i] = depTo[i] = -1;
      continue;
    }
    const from = d.from;
    // Dependencies usually come grouped by dependant: skip the lookup when `from` repeats.
    const f = from === lastFrom ? lastF : typeof from === 'string' ? index[from] : undefined;
    lastFrom = from;
    lastF = f;
    const t = typeof d.to === 'string' ? index[d.to] : undefined;
    depFrom[i] = f ?? -1;
    depTo[i] = t ?? -1;
    if (f === undefined) issues.push(unknownIssue(`${r.depPath(i)}.from`, d.from));
    if (t === undefined) issues.push(unknownIssue(`${r.depPath(i)}.to`, d.to));
    if (f !== undefined && f === t)
      issues.push({
        path: `${r.depPath(i)}.to`,
        message: `organisation "${d.from}" cannot depend on itself`,
        code: 'self-dependency',
        params: { organisation: String(d.from) },
      });
    const c = d.criticality;
    if (c === undefined) depCriticality[i] = 1;
    else if (typeof c !== 'number' || !Number.isFinite(c) || c < 0 || c > 1) {
      issues.push(rangeIssue(`${r.depPath(i)}.criticality`, c, 1));
    } else depCriticality[i] = c;
    const g = d.group;
    if (g !== undefined) {
      if (!isId(g)) issues.push(idIssue(`${r.depPath(i)}.group`, g));
      else if (f !== undefined) {
        // NUL cannot occur in an id, so the key is unambiguous.
        const key = `${f}\u0000${g}`;
        let k = groupIndex.get(key);
        if (k === undefined) {
          k = groupOwner.length;
          groupIndex.set(key, k);
          groupOwner.push(f);
          groupName.push(g);
        }
        depGroup[i] = k;
      }
    }
  }
  if (issues.length > 0) throw new LshValidationError('ChainModel', issues);
  return new CompiledChain({
    id,
    name,
    ids,
    indexOf: (key) => (Object.hasOwn(index, key) ? index[key]! : -1),
    score,
    depFrom,
    depTo,
    depCriticality,
    depGroup,
    groupOwner: Int32Array.from(groupOwner),
    groupName,
  });
}

function typeIssue(path: string, message: string, expected: string, found: unknown): ValidationIssue {
  return { path, message, code: 'wrong-type', params: { expected, found: valueKind(found) } };
}

function idIssue(path: string, value: unknown): ValidationIssue {
  return typeof value === 'string'
    ? { path, message: ID_MESSAGE, code: 'invalid-format', params: { format: 'regex' } }
    : typeIssue(path, ID_MESSAGE, 'text', value);
}

/** A value that must be a number from 0 to `maximum`. */
function rangeIssue(path: string, value: unknown, maximum: number): ValidationIssue {
  const message = `must be a number from 0 to ${maximum}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return typeIssue(path, message, 'number', value);
  return value < 0
    ? { path, message, code: 'too-small', params: { minimum: 0, unit: 'value' } }
    : { path, message, code: 'too-big', params: { maximum, unit: 'value' } };
}

function unknownIssue(path: string, id: unknown): ValidationIssue {
  return typeof id === 'string'
    ? {
        path,
        message: `refers to organisation "${id}", which the chain does not have`,
        code: 'unknown-organisation',
        params: { organisation: id },
      }
    : typeIssue(path, 'must be the id of an organisation', 'text', id);
}
