import { type ChainModel, ChainOrganisationSchema, DEPENDENCY_KINDS, DependencySchema } from './chain.js';
import { isId, isName, LIMITS, LocalizedTextSchema } from './common.js';
import { CURRENT_SCHEMA_VERSION } from './migrate.js';

/*
 * A national chain holds millions of organisations and dependencies, and checking each one with
 * zod costs about ten times as much as `JSON.parse` itself. Nearly all of them hold only the few
 * fields below. This check answers one question, "would the ChainModel schema accept this?", with
 * plain comparisons for those fields, and asks the zod schema of the one element for anything else
 * (a profile, data kinds, a note with more than plain text). It never explains a refusal: when it
 * says no, the zod route runs and lists the problems, so every problem keeps one wording and one
 * path. The property test in test/chain-shape.test.ts checks that it agrees with zod.
 */

/** The fields of organisations and dependencies checked without zod. */
const ORGANISATION_FIELDS: ReadonlySet<string> = new Set(['id', 'name', 'role', 'score', 'assessment']);
const DEPENDENCY_FIELDS: ReadonlySet<string> = new Set(['from', 'to', 'kind', 'criticality', 'group']);
const MODEL_FIELDS = new Set(['$schema', 'schemaVersion', 'id', 'name', 'description', 'organisations', 'dependencies']);
const KINDS: ReadonlySet<unknown> = new Set(DEPENDENCY_KINDS);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const inRange = (x: unknown, max: number): boolean => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= max;

/** True when every key of `o` is in `fields` (`for…in` also lists inherited ones, which zod would read too). */
function onlyFields(o: Record<string, unknown>, fields: ReadonlySet<string>): boolean {
  for (const key in o) if (!fields.has(key)) return false;
  return true;
}

/*
 * Reading an object's keys costs as much as all of its keys (JavaScript has no way to read only the
 * first ones), so the fields are read first and the keys last: an object of a million keys where
 * the chain, an element or a description belongs lacks the fields and is handed on without
 * reading its keys.
 */

/** A description as zod gives it, or undefined when it does not fit: its two texts are read before its keys. */
function descriptionOf(d: unknown): ChainModel['description'] | undefined {
  if (!isObject(d) || typeof d.nl !== 'string' || typeof d.en !== 'string') return undefined;
  const parsed = LocalizedTextSchema.safeParse(d);
  return parsed.success ? parsed.data : undefined;
}

/** Whether an organisation's fields that are checked without zod hold what the schema accepts there. */
const organisationFieldsFit = (o: Record<string, unknown>): boolean =>
  isId(o.id) &&
  isName(o.name) &&
  isName(o.role) &&
  (o.score === undefined || inRange(o.score, 100)) &&
  (o.assessment === undefined || isId(o.assessment));

/** Whether a dependency's fields that are checked without zod hold what the schema accepts there. */
const dependencyFieldsFit = (d: Record<string, unknown>): boolean =>
  isId(d.from) &&
  isId(d.to) &&
  (d.kind === undefined || KINDS.has(d.kind)) &&
  (d.criticality === undefined || inRange(d.criticality, 1)) &&
  (d.group === undefined || isId(d.group));

// Those fields must fit whatever else an element holds; only an element with other fields needs zod.
const organisationFits = (o: unknown): boolean =>
  isObject(o) && organisationFieldsFit(o) && (onlyFields(o, ORGANISATION_FIELDS) || ChainOrganisationSchema.safeParse(o).success);
const dependencyFits = (d: unknown): boolean =>
  isObject(d) && dependencyFieldsFit(d) && (onlyFields(d, DEPENDENCY_FIELDS) || DependencySchema.safeParse(d).success);

/**
 * True when `value` has the shape the ChainModel schema accepts, checked much faster than zod for
 * the common fields; false when it may not (the caller then runs the schema, which names the
 * problems). Expects plain data, as `JSON.parse` returns it. The semantic rules (unique ids, known
 * organisations) are not part of the shape: they are checked after it either way.
 */
export function chainModelShapeFits(value: unknown): value is ChainModel {
  if (!isObject(value)) return false;
  const { organisations, dependencies } = value;
  if (value.schemaVersion !== CURRENT_SCHEMA_VERSION || !isId(value.id) || !isName(value.name)) return false;
  if (value.$schema !== undefined && !(typeof value.$schema === 'string' && value.$schema.length <= LIMITS.shortText)) return false;
  if (!Array.isArray(organisations) || organisations.length > LIMITS.organisations) return false;
  if (!Array.isArray(dependencies) || dependencies.length > LIMITS.dependencies) return false;
  if (value.description !== undefined && descriptionOf(value.description) === undefined) return false;
  if (!onlyFields(value, MODEL_FIELDS)) return false;
  for (let i = 0; i < organisations.length; i++) if (!organisationFits(organisations[i])) return false;
  for (let i = 0; i < dependencies.length; i++) if (!dependencyFits(dependencies[i])) return false;
  return true;
}

const isPlainRecord = (x: unknown): x is Record<string, unknown> => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === null || proto === Object.prototype;
};

// The copies are built field by field with fixed keys (a loop over key names would make every
// read and write a keyed one, twice as slow), then checked with the same rules as above.

/** A copy of a flat organisation, or undefined when it may not fit (or holds other fields). */
function organisationCopy(o: unknown): ChainModel['organisations'][number] | undefined {
  if (!isPlainRecord(o)) return undefined;
  const { id, name, role, score, assessment } = o;
  const copy = { id, name, role } as ChainModel['organisations'][number];
  if (score !== undefined) copy.score = score as number;
  if (assessment !== undefined) copy.assessment = assessment as string;
  return organisationFieldsFit(copy) && onlyFields(o, ORGANISATION_FIELDS) ? copy : undefined;
}

/** A copy of a flat dependency, or undefined when it may not fit (or holds other fields). */
function dependencyCopy(d: unknown): ChainModel['dependencies'][number] | undefined {
  if (!isPlainRecord(d)) return undefined;
  const { from, to, kind, criticality, group } = d;
  const copy = { from, to } as ChainModel['dependencies'][number];
  if (kind !== undefined) copy.kind = kind as ChainModel['dependencies'][number]['kind'];
  if (criticality !== undefined) copy.criticality = criticality as number;
  if (group !== undefined) copy.group = group as string;
  return dependencyFieldsFit(copy) && onlyFields(d, DEPENDENCY_FIELDS) ? copy : undefined;
}

/**
 * Copies each item of `list` with `copy`, or gives undefined at the first item that does not fit.
 * Room is made as items fit (doubling from 1,024), never for the whole list at once: a list of
 * millions that fails early costs what was checked, not an allocation of its length.
 */
function listCopy<T>(list: readonly unknown[], copy: (item: unknown) => T | undefined): T[] | undefined {
  const n = list.length;
  let out: T[] = new Array(Math.min(n, 1024));
  for (let i = 0; i < n; i++) {
    const item = copy(list[i]);
    if (item === undefined) return undefined;
    if (i === out.length) {
      const bigger: T[] = new Array(Math.min(n, 2 * i));
      for (let k = 0; k < i; k++) bigger[k] = out[k]!;
      out = bigger;
    }
    out[i] = item;
  }
  return out;
}

/**
 * A fresh copy of `value` when it is a chain the ChainModel schema accepts and every organisation
 * and dependency holds only the fields checked without zod; otherwise undefined (the caller then
 * takes the full route, which names the problems). Safe for values of any origin: each property is
 * read once and the copy is built from what was read, so a getter cannot change it afterwards;
 * every object must be plain (a class instance goes to the full route, which refuses it); a
 * throwing getter or proxy also goes to the full route. Elements with more fields (a profile, data
 * kinds, a note) are left to the full route, which also checks that no part is shared.
 */
export function chainModelCopy(value: unknown): ChainModel | undefined {
  try {
    if (!isPlainRecord(value)) return undefined;
    const { $schema, schemaVersion, id, name, description, organisations, dependencies } = value;
    if (schemaVersion !== CURRENT_SCHEMA_VERSION || !isId(id) || !isName(name)) return undefined;
    if ($schema !== undefined && !(typeof $schema === 'string' && $schema.length <= LIMITS.shortText)) return undefined;
    if (!Array.isArray(organisations) || organisations.length > LIMITS.organisations) return undefined;
    if (!Array.isArray(dependencies) || dependencies.length > LIMITS.dependencies) return undefined;
    let text: ChainModel['description'];
    if (description !== undefined) {
      text = isPlainRecord(description) ? descriptionOf(description) : undefined;
      if (text === undefined) return undefined;
    }
    if (!onlyFields(value, MODEL_FIELDS)) return undefined;
    const orgs = listCopy(organisations, organisationCopy);
    if (orgs === undefined) return undefined;
    const deps = listCopy(dependencies, dependencyCopy);
    if (deps === undefined) return undefined;
    // Keys in the schema's order, as zod gives them.
    return {
      ...($schema === undefined ? {} : { $schema: $schema as string }),
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: id as string,
      name: name as string,
      ...(text === undefined ? {} : { description: text }),
      organisations: orgs,
      dependencies: deps,
    };
  } catch {
    return undefined;
  }
}
