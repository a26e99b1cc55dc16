import {
  CERTIFICATIONS,
  type ChainModel,
  DATA_KINDS,
  DEPENDENCY_KINDS,
  NIS2_ENTITY_TYPES,
  SIZE_CLASSES,
  SUBSECTORS,
} from '@lsh-cyber/schema';
import fc from 'fast-check';
import { userIds } from './arbitraries.js';

const word = fc.constantFrom('Lab', 'Zorg', 'B.V.', '&', '<x>', '"q"', "O'Neil", 'Café', 'a,b', 'x;y', 'Ziekenhuis', '42');
/** Single-line text without spaces at either end, with characters that need escaping in CSV and XML. */
export const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
const number = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max }),
    fc.double({ min: 0, max, noNaN: true }).map((x) => x + 0),
  );
const subset = <T>(xs: readonly T[], minLength: number) => fc.uniqueArray(fc.constantFrom(...xs), { minLength, maxLength: xs.length });

/**
 * Random valid chain models using every field. `lists: 1` keeps lists non-empty and leaves out the
 * description and `$schema`, which CSV and graph files do not carry. Ids are of every kind users
 * bring (see `userIds`) unless `plainIds`.
 */
export function richChainArbitrary(options: { flat?: boolean; plainIds?: boolean } = {}): fc.Arbitrary<ChainModel> {
  const minList = options.flat ? 1 : 0;
  const profile = fc.record(
    {
      subsector: fc.constantFrom(...SUBSECTORS),
      sizeClass: fc.constantFrom(...SIZE_CLASSES),
      region: text,
      data: subset(DATA_KINDS, minList),
      certifications: subset(CERTIFICATIONS, minList),
      downtimeCostPerDay: fc.integer({ min: 0, max: 1_000_000 }),
      nis2: fc.constantFrom(...NIS2_ENTITY_TYPES),
      gdprController: fc.boolean(),
    },
    { requiredKeys: options.flat ? ['subsector'] : [] },
  );
  return fc.integer({ min: 1, max: 8 }).chain((n) => {
    const org = (i: number) =>
      fc
        .record(
          {
            name: text,
            role: fc.constantFrom('hospital', 'lab', 'cloud'),
            profile,
            score: number(100),
            assessment: fc.constant(`asm-${i}`),
          },
          { requiredKeys: ['name', 'role'] },
        )
        .map((o) => ({ id: `o${i}`, ...o }));
    // Organisations get ids of every kind users bring; dependencies may repeat a pair.
    const dep = fc.record(
      {
        from: fc.nat(n - 1),
        to: fc.nat(n - 1),
        kind: fc.constantFrom(...DEPENDENCY_KINDS),
        criticality: number(1),
        group: fc.constantFrom('g1', 'g2'),
        data: subset(DATA_KINDS, minList),
        note: text,
      },
      { requiredKeys: ['from', 'to'] },
    );
    return fc
      .record({
        ids: options.plainIds ? fc.constant(Array.from({ length: n }, (_, i) => `o${i}`)) : userIds(n),
        organisations: fc.tuple(...Array.from({ length: n }, (_, i) => org(i))),
        dependencies: fc.array(dep, { maxLength: 20 }),
        description: options.flat ? fc.constant(undefined) : fc.option(fc.record({ nl: text, en: text }), { nil: undefined }),
        name: text,
      })
      .map(({ ids, organisations, dependencies, description, name }) => {
        const deps = dependencies.filter((d) => d.from !== d.to).map((d) => ({ ...d, from: ids[d.from]!, to: ids[d.to]! }));
        const orgs = organisations.map((o, i) => ({ ...o, id: ids[i]! }));
        const model: ChainModel = { schemaVersion: 1, id: 'rich-chain', name, organisations: orgs, dependencies: deps };
        if (description !== undefined) model.description = description;
        return model;
      });
  });
}
