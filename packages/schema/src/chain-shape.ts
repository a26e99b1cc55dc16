import { type ChainModel, ChainOrganisationSchema, DEPENDENCY_KINDS, DependencySchema } from './chain.js';
import { ID_PATTERN, LIMITS, LocalizedTextSchema, NAME_PATTERN } from './common.js';
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

const ORGANISATION_FIELDS = new Set(['id', 'name', 'role', 'score', 'assessment']);
const DEPENDENCY_FIELDS = new Set(['from', 'to', 'kind', 'criticality', 'group']);
const MODEL_FIELDS = new Set(['$schema', 'schemaVersion', 'id', 'name', 'description', 'organisations', 'dependencies']);
const KINDS: ReadonlySet<unknown> = new Set(DEPENDENCY_KINDS);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isId = (x: unknown): boolean => typeof x === 'string' && ID_PATTERN.test(x);
const isName = (x: unknown): boolean => typeof x === 'string' && x.length >= 1 && x.length <= LIMITS.shortText && NAME_PATTERN.test(x);
const inRange = (x: unknown, max: number): boolean => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= max;

/** True when every own key of `o` is in `fields`. */
function onlyFields(o: Record<string, unknown>, fields: ReadonlySet<string>): boolean {
  for (const key in o) if (!fields.has(key) || !Object.hasOwn(o, key)) return false;
  return true;
}

function organisationFits(o: unknown): boolean {
  if (!isObject(o)) return false;
  if (!onlyFields(o, ORGANISATION_FIELDS)) return ChainOrganisationSchema.safeParse(o).success;
  return (
    isId(o.id) &&
    isName(o.name) &&
    isName(o.role) &&
    (o.score === undefined || inRange(o.score, 100)) &&
    (o.assessment === undefined || isId(o.assessment))
  );
}

function dependencyFits(d: unknown, knownIds: ReadonlySet<string>): boolean {
  if (!isObject(d)) return false;
  if (!onlyFields(d, DEPENDENCY_FIELDS)) return DependencySchema.safeParse(d).success;
  // An endpoint that names a checked organisation is an id; any other goes to the slow route.
  return (
    typeof d.from === 'string' &&
    knownIds.has(d.from) &&
    typeof d.to === 'string' &&
    knownIds.has(d.to) &&
    (d.kind === undefined || KINDS.has(d.kind)) &&
    (d.criticality === undefined || inRange(d.criticality, 1)) &&
    (d.group === undefined || isId(d.group))
  );
}

/**
 * True when `value` has the shape the ChainModel schema accepts, checked much faster than zod for
 * the common fields; false when it may not (the caller then runs the schema, which names the
 * problems). Expects plain data, as `JSON.parse` returns it. A dependency between organisations the
 * chain does not have also answers false, so a true answer leaves only the semantic rules to check.
 */
export function chainModelShapeFits(value: unknown): value is ChainModel {
  if (!isObject(value) || !onlyFields(value, MODEL_FIELDS)) return false;
  const { organisations, dependencies } = value;
  if (value.schemaVersion !== CURRENT_SCHEMA_VERSION || !isId(value.id) || !isName(value.name)) return false;
  if (value.$schema !== undefined && !(typeof value.$schema === 'string' && value.$schema.length <= LIMITS.shortText)) return false;
  if (value.description !== undefined && !LocalizedTextSchema.safeParse(value.description).success) return false;
  if (!Array.isArray(organisations) || organisations.length > LIMITS.organisations) return false;
  if (!Array.isArray(dependencies) || dependencies.length > LIMITS.dependencies) return false;
  const ids = new Set<string>();
  for (let i = 0; i < organisations.length; i++) {
    const o = organisations[i];
    if (!organisationFits(o)) return false;
    ids.add((o as { id: string }).id);
  }
  for (let i = 0; i < dependencies.length; i++) if (!dependencyFits(dependencies[i], ids)) return false;
  return true;
}
