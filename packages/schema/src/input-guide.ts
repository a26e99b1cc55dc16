import type { z } from 'zod';

/** Bits for the kinds of value a schema accepts at one place of a document. */
export const KIND = Object.freeze({ text: 1, number: 2, boolean: 4, null: 8, object: 16, list: 32 });
const EVERY_KIND = 63;
const LEAVES = KIND.text | KIND.number | KIND.boolean | KIND.null;

/** A field of an object, as the walk needs to know it. */
export interface GuideField {
  readonly guide: Guide;
  /** True when zod reports the field as missing if the key is absent. */
  readonly required: boolean;
}

/**
 * What a schema expects at one place of a document, as far as the bounded walk
 * ({@link walkInput}) uses it: which kinds of value it accepts, and for an object or a list what it
 * expects inside. The walk uses it only to learn early that a document is invalid (a value of a
 * kind the schema never accepts, an unknown key of a strict object, a missing required field), so
 * that it can stop checking after the first entries of each list and object. A guide never
 * decides that a document is valid: it may miss a problem, never invent one.
 */
export interface Guide {
  /** The kinds of value accepted here, as {@link KIND} bits. */
  readonly accepts: number;
  /** The zod schema at this place, to name a problem found where the checked part does not reach. */
  readonly schema?: z.ZodType;
  /** For an object: its fields. */
  readonly fields?: ReadonlyMap<string, GuideField>;
  /** For an object: true when a key that is not a field is a problem. */
  readonly strict?: boolean;
  /** How many fields are required. */
  readonly required?: number;
  /** For a list: the guide of each item; for a record: the guide of each value. */
  readonly items?: Guide;
}

/** No guidance: any value may be here, and nothing is known of what is inside it. */
export const UNGUIDED: Guide = Object.freeze({ accepts: EVERY_KIND });

/** The kind bit of a value, or 0 for one the guide says nothing about (undefined, or not data at all). */
export function kindBit(value: unknown): number {
  if (value === null) return KIND.null;
  switch (typeof value) {
    case 'string':
      return KIND.text;
    case 'number':
      return KIND.number;
    case 'boolean':
      return KIND.boolean;
    case 'object':
      return Array.isArray(value) ? KIND.list : KIND.object;
    default:
      return 0;
  }
}

const cache = new WeakMap<z.ZodType, Guide>();

/**
 * The guide of a zod schema. Understands the types the document schemas use (strict objects,
 * records, lists, unions, optional and nullable values, texts, numbers, true/false, enums and
 * literals); anything else is {@link UNGUIDED}, so an unfamiliar schema only makes the walk less
 * informed, never wrong.
 */
export function guideOf(schema: z.ZodType): Guide {
  const known = cache.get(schema);
  if (known) return known;
  // A recursive schema meets itself while its guide is built: that inner place is left unguided.
  cache.set(schema, UNGUIDED);
  const guide = build(schema);
  cache.set(schema, guide);
  return guide;
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  values?: unknown[];
  entries?: Record<string, unknown>;
};

function leafBits(values: Iterable<unknown>): number {
  let bits = 0;
  for (const v of values) bits |= kindBit(v);
  return bits;
}

function build(schema: z.ZodType): Guide {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'string':
      return { accepts: KIND.text, schema };
    case 'number':
      return { accepts: KIND.number, schema };
    case 'boolean':
      return { accepts: KIND.boolean, schema };
    case 'null':
      return { accepts: KIND.null, schema };
    case 'never':
      return { accepts: 0, schema };
    case 'literal':
      return { accepts: leafBits(def.values ?? []) || EVERY_KIND, schema };
    case 'enum':
      return { accepts: leafBits(Object.values(def.entries ?? {})) || EVERY_KIND, schema };
    case 'optional':
      return def.innerType ? { ...guideOf(def.innerType), schema } : UNGUIDED;
    case 'nullable': {
      if (!def.innerType) return UNGUIDED;
      const inner = guideOf(def.innerType);
      return { ...inner, accepts: inner.accepts | KIND.null, schema };
    }
    case 'array':
      return { accepts: KIND.list, schema, items: def.element ? guideOf(def.element) : UNGUIDED };
    case 'record':
      return { accepts: KIND.object, schema, items: def.valueType ? guideOf(def.valueType) : UNGUIDED };
    case 'object': {
      const fields = new Map<string, GuideField>();
      let required = 0;
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const isRequired = (field as unknown as { _zod: { optin?: string } })._zod.optin === undefined;
        if (isRequired) required++;
        fields.set(key, { guide: guideOf(field), required: isRequired });
      }
      const strict = (def.catchall as unknown as { _zod?: { def: Def } } | undefined)?._zod?.def.type === 'never';
      return { accepts: KIND.object, schema, fields, strict, required };
    }
    case 'union': {
      // Leaves of several kinds combine; one object or list option keeps its guide; two are unguided.
      const options = (def.options ?? []).map(guideOf);
      let accepts = 0;
      let container: Guide | undefined;
      for (const option of options) {
        accepts |= option.accepts;
        if ((option.accepts & ~LEAVES) === 0) continue;
        if (container) return UNGUIDED;
        container = option;
      }
      return container ? { ...container, accepts, schema } : { accepts, schema };
    }
    default:
      return UNGUIDED;
  }
}

/**
 * The first problem the guide found, where the walk found it. `wrong-kind`: a value the schema at
 * `path` never accepts (`standIn`: a value of the same kind, empty for an object or a list, that
 * zod refuses with the same words); `unknown-key`: a key a strict object does not have;
 * `missing`: required fields absent from the object at `path`. `inView`: whether the place lies in
 * the part of the document the shape is checked on first (then zod names the problem there).
 */
export type GuideFinding =
  | { kind: 'wrong-kind'; path: (string | number)[]; inView: boolean; schema: z.ZodType | undefined; standIn: unknown }
  | { kind: 'unknown-key'; path: (string | number)[]; inView: boolean; key: string }
  | { kind: 'missing'; path: (string | number)[]; inView: boolean; keys: string[] };
