import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseChainModel } from '../src/index.js';

// The fast route for chains read from JSON must accept exactly what the zod route accepts, and
// refuse with the same problems at the same paths (it hands every refusal to the zod route).

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

function sameOutcome(input: unknown): void {
  const slow = safeParseChainModel(input);
  const fast = safeParseChainModel(input, { plainData: true });
  expect(fast.success).toBe(slow.success);
  if (slow.success && fast.success) expect(fast.data).toEqual(slow.data);
  if (!slow.success && !fast.success) expect(fast.error.issues).toEqual(slow.error.issues);
}

describe('the fast route for chains read from JSON', () => {
  it('accepts and refuses exactly what the zod route does, with the same problems', () => {
    fc.assert(
      fc.property(chain, fc.boolean(), (value, proto) => sameOutcome(asJson(value, proto))),
      { numRuns: 3000 },
    );
  });

  it('accepts valid chains often enough for the property to mean something', () => {
    const samples = fc.sample(chain, { numRuns: 3000, seed: 1 }).map((v) => asJson(v, false));
    const accepted = samples.filter((v) => safeParseChainModel(v, { plainData: true }).success).length;
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(2900);
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
