import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChainModelSchema } from '../src/chain.js';
import { validateDocument } from '../src/document.js';
import { safeParseChainModel } from '../src/index.js';
import { checkChainModel } from '../src/semantic/chain.js';

// Both fast routes for chains (in place for plain data, copying for values of any origin) must
// accept exactly what the full route (input bounds, then zod) accepts, and refuse with the same
// problems at the same paths (they hand every refusal to the full route).

/** The full route: the walk, the schema and the semantic rules, without a fast check. */
const fullRoute = (input: unknown) => validateDocument('ChainModel', ChainModelSchema, input, checkChainModel, undefined);

const ids = ['org-a', 'org-b', 'org-a', 'org-b', 'libstdc++6', 'pkg:npm/%40scope/name@1.2.3', 'Zorg Één', '__proto__', 'constructor'];
const badIds = ['', '   ', 'tab\there', 'nul\u0000', 'x'.repeat(201), 7, null];
const id = fc.oneof({ weight: 40, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constantFrom(...badIds) });
const name = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom('Lab De Linde', 'Apotheek', 'Cloud B.V.', 'x'.repeat(200)) },
  { weight: 1, arbitrary: fc.constantFrom('', 'line\nbreak', 'esc\u001b[31m', 'x'.repeat(201), 3, 'c1\u0085') },
);
const maybe = <T>(a: fc.Arbitrary<T>, weight = 3) => fc.oneof({ weight, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: a });
const score = fc.oneof(
  { weight: 20, arbitrary: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 100.5, '50', null, true) },
);
const criticality = fc.oneof(
  { weight: 20, arbitrary: fc.oneof(fc.constantFrom(0, 0.25, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true })) },
  { weight: 1, arbitrary: fc.constantFrom(-0.1, 1.01, '1', null) },
);
const kind = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom('saas', 'cloud', 'managed-it', 'lab-service', 'logistics', 'other') },
  { weight: 1, arbitrary: fc.constantFrom('SaaS', 'friend', 1) },
);
// Fields the fast route leaves to zod, valid and not.
const profile = fc.constantFrom(
  { region: 'Leiden' },
  { sizeClass: 'micro' },
  { data: ['patient'] },
  {},
  { sizeClass: 'huge' },
  { data: ['x'] },
  [],
);
const data = fc.constantFrom(['patient'], ['personal', 'ip'], ['nope'], [], 'patient');
const note = fc.constantFrom('a note', 'two\nlines\tok', 'bad\u0007bell', '');

const organisation = fc.record(
  { id, name, role: name, score: maybe(score), assessment: maybe(id), profile: maybe(profile, 8), extra: maybe(fc.constant('x'), 60) },
  { requiredKeys: ['id', 'name', 'role'] },
);
const dependency = fc.record(
  {
    from: id,
    to: id,
    kind: maybe(kind),
    criticality: maybe(criticality),
    group: maybe(id),
    data: maybe(data, 8),
    note: maybe(note, 8),
    extra: maybe(fc.constant(1), 60),
  },
  { requiredKeys: ['from', 'to'] },
);
const chain = fc.record(
  {
    schemaVersion: fc.oneof({ weight: 30, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constantFrom(2, '1') }),
    id,
    name,
    description: maybe(fc.constantFrom({ nl: 'Keten', en: 'Chain' }, { nl: '' }), 8),
    $schema: maybe(fc.constantFrom('../schemas/chain.schema.json', 5), 8),
    organisations: fc.array(organisation, { maxLength: 6 }),
    dependencies: fc.array(dependency, { maxLength: 4 }),
    extra: maybe(fc.constant(true), 60),
  },
  { requiredKeys: ['schemaVersion', 'id', 'name', 'organisations', 'dependencies'] },
);

/** As `JSON.parse` would give it: undefined fields gone, and `extra` keys renamed to `__proto__` now and then. */
function asJson(value: unknown, proto: boolean): unknown {
  const text = JSON.stringify(value);
  return JSON.parse(proto ? text.replaceAll('"extra":', '"__proto__":') : text);
}

function sameOutcome(input: unknown, plainData = true): void {
  const full = fullRoute(input);
  const routes = plainData ? [safeParseChainModel(input), safeParseChainModel(input, { plainData: true })] : [safeParseChainModel(input)];
  for (const fast of routes) {
    expect(fast.success).toBe(full.success);
    if (full.success && fast.success) expect(fast.data).toEqual(full.data);
    if (!full.success && !fast.success) expect(fast.error.issues).toEqual(full.error.issues);
  }
}

/**
 * The same chain as an embedding application might hold it: some fields behind getters, some
 * organisations shared or made by a class, a proxy that throws, now and then.
 */
function inMemory(value: unknown, how: number): unknown {
  const doc = structuredClone(value) as { organisations?: unknown[]; dependencies?: unknown[]; name?: unknown };
  if (!Array.isArray(doc.organisations) || doc.organisations.length === 0) return doc;
  const first = doc.organisations[0];
  switch (how % 6) {
    case 0: {
      const name = doc.name;
      Object.defineProperty(doc, 'name', { get: () => name, enumerable: true });
      return doc;
    }
    case 1:
      doc.organisations.push(first);
      return doc;
    case 2:
      doc.organisations[0] = Object.assign(new (class Organisation {})(), first);
      return doc;
    case 3:
      doc.organisations[0] = new Proxy(first as object, {
        get: () => {
          throw new Error('no access');
        },
      });
      return doc;
    case 4: {
      let reads = 0;
      const good = (first as { id?: unknown }).id;
      Object.defineProperty(first, 'id', { get: () => (reads++ === 0 ? good : 7), enumerable: true });
      return doc;
    }
    default:
      doc.dependencies = doc.organisations;
      return doc;
  }
}

describe('the fast route for chains read from JSON', () => {
  it('accepts and refuses exactly what the zod route does, with the same problems', () => {
    fc.assert(
      fc.property(chain, fc.boolean(), (value, proto) => sameOutcome(asJson(value, proto))),
      { numRuns: 3000 },
    );
  });

  it('accepts and refuses in-memory chains (getters, shared parts, classes, proxies) exactly as the full route does', () => {
    fc.assert(
      fc.property(chain, fc.nat(), (value, how) => {
        const plain = asJson(value, false) as { organisations?: { id?: unknown }[] };
        const input = inMemory(plain, how);
        if (how % 6 === 4) {
          // A getter that changes its answer after the first read: what is returned is what was
          // read and checked, as a plain value.
          const result = safeParseChainModel(input);
          const first = result.success ? result.data.organisations[0] : undefined;
          if (first) {
            expect(first.id).toBe(plain.organisations?.[0]?.id);
            expect(Object.getOwnPropertyDescriptor(first, 'id')?.get).toBeUndefined();
          }
          return;
        }
        sameOutcome(input, false);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts valid chains often enough for the property to mean something', () => {
    const samples = fc.sample(chain, { numRuns: 3000, seed: 1 }).map((v) => asJson(v, false));
    const accepted = samples.filter((v) => safeParseChainModel(v, { plainData: true }).success).length;
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(2900);
  });

  it('copies lists longer than its first room whole, and refuses a long list of junk after a valid first item', () => {
    // 5,000 organisations and dependencies: the copy makes room as items fit (1,024, 2,048, 4,096, 5,000).
    const n = 5_000;
    const organisations = Array.from({ length: n }, (_, i) => ({ id: `org-${i}`, name: `Organisatie ${i}`, role: 'lab', score: i % 101 }));
    const dependencies = Array.from({ length: n }, (_, i) => ({ from: `org-${i}`, to: `org-${(i * 7 + 1) % n}`, criticality: 0.5 }));
    const valid = { schemaVersion: 1, id: 'big', name: 'Big', organisations, dependencies };
    const copied = safeParseChainModel(valid);
    expect(copied.success && copied.data.organisations).toEqual(organisations);
    expect(copied.success && copied.data.dependencies).toEqual(dependencies);
    sameOutcome(valid);
    // A valid organisation, then two million numbers: refused at the first number.
    const junk = { ...valid, organisations: [organisations[0], ...new Array(2_000_000).fill(1)] };
    const refused = safeParseChainModel(junk);
    expect(refused.success).toBe(false);
    expect(!refused.success && refused.error.issues[0]).toMatchObject({ path: 'organisations.1', code: 'wrong-type' });
  });

  it('refuses a chain of bad organisations and dependencies with the zod route’s problems', () => {
    const bad = {
      schemaVersion: 1,
      id: 'c',
      name: 'C',
      organisations: [{ id: 'a', name: 'A', role: 'lab' }, { id: 'a', name: '', role: 'lab', score: 101 }, {}],
      dependencies: [
        { from: 'a', to: 'a' },
        { from: 'a', to: 'ghost', criticality: 2, kind: 'friend' },
      ],
    };
    const fast = safeParseChainModel(bad, { plainData: true });
    expect(fast.success).toBe(false);
    if (!fast.success) {
      expect(fast.error.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining(['organisations.1.name', 'organisations.1.score', 'dependencies.1.kind']),
      );
    }
    sameOutcome(bad);
  });
});
