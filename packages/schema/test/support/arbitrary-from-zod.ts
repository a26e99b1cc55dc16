import fc from 'fast-check';
import type { z } from 'zod';
import { CATALOG_KEY_PATTERN, ID_PATTERN, NAME_PATTERN, TEXT_PATTERN } from '../../src/index.js';

// A deliberately small zod → fast-check bridge for the constructs the data contract uses, so
// the property tests generate documents from the schemas themselves instead of hand-kept copies.

type Def = { type: string; [k: string]: unknown };
type Check = { check: string; format?: string; pattern?: RegExp; value?: number; inclusive?: boolean; minimum?: number; maximum?: number };

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (d: Def): Check[] => ((d.checks as { _zod: { def: Check } }[] | undefined) ?? []).map((c) => c._zod.def);

const idChars = 'abcdefghijklmnopqrstuvwxyz0123456789-.';
const idArb = fc
  .tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), fc.string({ unit: fc.constantFrom(...idChars), maxLength: 10 }))
  .map(([a, b]) => a + b)
  .filter((s) => CATALOG_KEY_PATTERN.test(s));
// Ids users bring: any text without control characters, `__proto__` and odd names included.
const userIdArb = fc.oneof(
  idArb,
  fc.constantFrom('__proto__', 'constructor', 'libstdc++6', 'pkg:npm/%40scope/name@1.2.3', 'Zorg & Co', 'e.müller@example.org', '"a,b;c"'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).filter((s) => ID_PATTERN.test(s)),
);
const semverArb = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`);
const dateArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** An arbitrary producing values the given zod schema accepts (shape rules only, no refinements). */
export function arbitraryFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  const checks = checksOf(d);
  switch (d.type) {
    case 'string': {
      if (d.format === 'datetime') return dateArb.map((s) => s.replace(/\.\d{3}Z$/, 'Z'));
      if (d.format === 'date') return dateArb.map((s) => s.slice(0, 10));
      if (d.format === 'url') return fc.constantFrom('https://www.digitaltrustcenter.nl', 'https://example.org/help');
      const regex = checks.find((c) => c.format === 'regex')?.pattern;
      if (regex) {
        if (regex.source === CATALOG_KEY_PATTERN.source) return idArb;
        if (regex.source === ID_PATTERN.source) return userIdArb;
        if (regex.source === NAME_PATTERN.source || regex.source === TEXT_PATTERN.source) {
          const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
          return fc.string({ minLength: min, maxLength: Math.max(min, 12) }).filter((s) => NAME_PATTERN.test(s));
        }
        if (regex.source.startsWith('^(0|[1-9]')) return semverArb;
        return fc.stringMatching(regex);
      }
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      return fc.string({ minLength: min, maxLength: Math.max(min, 12) });
    }
    case 'number': {
      const lower = checks.find((c) => c.check === 'greater_than');
      const upper = checks.find((c) => c.check === 'less_than');
      const min = lower?.value ?? -1e6;
      const max = Math.min(upper?.value ?? 1e6, 1e9);
      if (d.format === 'safeint' || checks.some((c) => c.format === 'safeint')) {
        return fc.integer({
          min: Math.ceil(lower && !lower.inclusive ? min + 1 : min),
          max: Math.floor(upper && !upper.inclusive ? max - 1 : max),
        });
      }
      return fc
        .double({
          min,
          max,
          noNaN: true,
          noDefaultInfinity: true,
          minExcluded: lower ? !lower.inclusive : false,
          maxExcluded: upper ? !upper.inclusive : false,
        })
        .map((x) => (Object.is(x, -0) ? 0 : x));
    }
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(d.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries as Record<string, string>));
    case 'nullable':
      return fc.option(arbitraryFor(d.innerType as z.ZodType, depth), { nil: null });
    case 'union':
      return fc.oneof(...(d.options as z.ZodType[]).map((o) => arbitraryFor(o, depth)));
    case 'array': {
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      return fc.array(arbitraryFor(d.element as z.ZodType, depth + 1), { minLength: min, maxLength: Math.max(min, depth > 1 ? 2 : 3) });
    }
    case 'record':
      return fc.dictionary(
        arbitraryFor(d.keyType as z.ZodType, depth + 1) as fc.Arbitrary<string>,
        arbitraryFor(d.valueType as z.ZodType, depth + 1),
        {
          maxKeys: 3,
          noNullPrototype: true,
        },
      );
    case 'object': {
      const shape = (typeof d.shape === 'function' ? (d.shape as () => Record<string, z.ZodType>)() : d.shape) as Record<string, z.ZodType>;
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const [key, field] of Object.entries(shape)) {
        if (key === '$schema') continue;
        const fd = defOf(field);
        if (fd.type === 'optional') model[key] = arbitraryFor(fd.innerType as z.ZodType, depth + 1);
        else {
          model[key] = arbitraryFor(field, depth + 1);
          required.push(key);
        }
      }
      return fc.record(model, { requiredKeys: required });
    }
    case 'optional':
      return arbitraryFor(d.innerType as z.ZodType, depth);
    default:
      throw new Error(`arbitraryFor: unsupported zod type ${d.type}`);
  }
}
