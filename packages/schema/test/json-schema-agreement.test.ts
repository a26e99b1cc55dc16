import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DOCUMENT_KINDS } from '../src/index.js';
import { assessment, catalog, chain, clauseLibrary, profile } from './fixtures/documents.js';
import { validDocuments } from './support/documents.js';
import { replaceAt } from './support/paths.js';

// ajv-formats is CommonJS; its default export arrives wrapped under Node's ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

const root = join(import.meta.dirname, '..', '..', '..');
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
const validators = Object.fromEntries(
  DOCUMENT_KINDS.map(({ kind, file }) => [
    kind,
    ajv.compile(JSON.parse(readFileSync(join(root, 'schemas', `${file}.schema.json`), 'utf8'))),
  ]),
);
const shapes = Object.fromEntries(DOCUMENT_KINDS.map(({ kind, schema }) => [kind, schema])) as Record<string, z.ZodType>;

/** Both validators' verdicts on the shape of a document (the semantic rules are out of JSON Schema's reach). */
function verdicts(kind: string, doc: unknown): { zod: boolean; ajv: boolean } {
  const json = doc === undefined ? null : (JSON.parse(JSON.stringify(doc)) as unknown);
  return { zod: shapes[kind]!.safeParse(json).success, ajv: validators[kind]!(json) as boolean };
}

const mutations: fc.Arbitrary<(doc: unknown) => unknown> = fc.oneof(
  fc.tuple(fc.nat(), fc.oneof(fc.jsonValue(), fc.constantFrom('', 'x'.repeat(600), -1, 1.5, 101, 1e13, 'constructor', 'nl'))).map(
    ([pick, junk]) =>
      (doc: unknown) =>
        replaceAt(doc, pick, () => junk),
  ),
  fc.nat().map((pick) => (doc: unknown) => replaceAt(doc, pick, () => undefined)),
  fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 8 })).map(
    ([pick, key]) =>
      (doc: unknown) =>
        replaceAt(doc, pick, (v) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v, [`x${key}`]: 1 } : v)),
  ),
);

describe('the zod schemas and the JSON Schemas compiled with ajv judge documents the same', () => {
  it('accept the hand-written samples', () => {
    const samples = {
      OrganisationProfile: profile,
      Catalog: catalog,
      Assessment: assessment,
      ChainModel: chain,
      ClauseLibrary: clauseLibrary,
    };
    for (const [kind, doc] of Object.entries(samples)) expect(verdicts(kind, doc), kind).toEqual({ zod: true, ajv: true });
  });

  it('accept the same ids users bring from other systems', () => {
    for (const id of ['libstdc++6', 'pkg:npm/%40scope/name@1.2.3', 'Zorg & Co (Utrecht)', 'e.müller@example.org', '__proto__', '😀'])
      expect(verdicts('OrganisationProfile', { ...profile, id }), id).toEqual({ zod: true, ajv: true });
  });

  it('refuse the same hand-written broken documents', () => {
    const broken: [string, unknown][] = [
      ['OrganisationProfile', { ...profile, sizeClass: 'huge' }],
      ['OrganisationProfile', { ...profile, data: ['patient', 'patient'] }],
      ['OrganisationProfile', { ...profile, id: ' \t ' }],
      ['OrganisationProfile', { ...profile, name: 'Lab\u0007 B.V.' }],
      ['Catalog', { ...catalog, id: 'constructor' }],
      ['OrganisationProfile', { ...profile, downtimeCostPerDay: -5 }],
      ['Assessment', { ...assessment, selfRating: 2.5 }],
      ['Assessment', { ...assessment, createdAt: 'yesterday' }],
      ['Assessment', { ...assessment, answers: { 'q 1': { value: 'yes' } } }],
      ['Catalog', { ...catalog, version: 'v1' }],
      ['Catalog', { ...catalog, questions: [] }],
      ['ChainModel', { ...chain, dependencies: [{ from: 'a', to: 'b', criticality: 2 }] }],
      ['ChainModel', { ...chain, organisations: [{ id: 'a', name: 'A' }] }],
      ['ClauseLibrary', { ...clauseLibrary, clauses: [{ ...clauseLibrary.clauses[0]!, tier: 'gold' }] }],
      ['ScoreReport', { overall: 50 }],
    ];
    for (const [kind, doc] of broken)
      expect(verdicts(kind, doc), `${kind}: ${JSON.stringify(doc).slice(0, 80)}`).toEqual({ zod: false, ajv: false });
  });

  it.each(DOCUMENT_KINDS.map((d) => d.kind))('agree on generated and mutated %s documents', (kind) => {
    fc.assert(
      fc.property(validDocuments[kind], fc.array(mutations, { maxLength: 2 }), (doc, changes) => {
        const mutated = changes.reduce<unknown>((d, change) => change(d), doc);
        const v = verdicts(kind, mutated);
        expect(v.ajv, String(JSON.stringify(mutated)).slice(0, 400)).toBe(v.zod);
      }),
      { numRuns: 300 },
    );
  });
});
