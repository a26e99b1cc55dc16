import { CSV_DIALECTS, LshValidationError } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileChain } from '../src/compile-chain.js';
import type { CompiledChain } from '../src/compiled-chain.js';
import { generateChain } from '../src/generate.js';
import { type ChainCsv, fromCsv, toCsv } from '../src/io/csv.js';
import { compileCsv, readCompiled } from '../src/io/csv-compile.js';
import { chainArbitrary } from './arbitraries.js';
import { richChainArbitrary } from './rich.js';

const meta = { id: 'csv-chain', name: 'organisations.csv + dependencies.csv' };

/** Everything a compiled chain holds, as plain arrays. */
function partsOf(chain: CompiledChain) {
  return {
    id: chain.id,
    name: chain.name,
    ids: [...chain.ids],
    score: [...chain.score],
    depFrom: [...chain.depFrom],
    depTo: [...chain.depTo],
    depCriticality: [...chain.depCriticality],
    depGroup: [...chain.depGroup],
    groupOwner: [...chain.groupOwner],
    groupName: [...chain.groupName],
    inStart: [...chain.inStart],
    inFrom: [...chain.inFrom],
    inGroup: [...chain.inGroup],
    index: chain.ids.map((id) => chain.indexOf(id)),
  };
}

/** What the model route gives for two files: the compiled chain and names, or the problems. */
function modelRoute(files: ChainCsv) {
  try {
    const model = fromCsv(files, meta);
    return { chain: partsOf(compileChain(model, { validate: 'structure' })), names: model.organisations.map((o) => o.name) };
  } catch (error) {
    if (LshValidationError.isInstance(error)) return { problems: error.issues };
    throw error;
  }
}

/** The same for `compileCsv`. */
function fastRoute(files: ChainCsv) {
  try {
    const { chain, names } = compileCsv(files, meta);
    return { chain: partsOf(chain), names };
  } catch (error) {
    if (LshValidationError.isInstance(error)) return { problems: error.issues };
    throw error;
  }
}

/** Characters that change how a CSV file splits or what a cell means. */
const NOISE = ['"', ',', ';', '\n', '\r', '\r\n', "'", '-', '=', ' ', '0', '1', '.', '5', 'x', '\u0001', '\u00a0', 'é', '\ufeff', ''];
/** One edit of a text: at a position (a fraction of its length), delete `cut` characters and insert `insert`. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat(3), insert: fc.constantFrom(...NOISE) });
function applyEdits(text: string, edits: readonly { at: number; cut: number; insert: string }[]): string {
  let out = text;
  for (const e of edits) {
    const i = Math.floor(e.at * out.length);
    out = out.slice(0, i) + e.insert + out.slice(i + e.cut);
  }
  return out;
}

describe('compileCsv', () => {
  it('gives the chain and the names of compileChain(fromCsv(…)) for valid files of every kind (both dialects, both languages)', () => {
    fc.assert(
      fc.property(
        fc.oneof(richChainArbitrary(), richChainArbitrary({ flat: true }), chainArbitrary()),
        fc.constantFrom(...CSV_DIALECTS),
        fc.constantFrom('en' as const, 'nl' as const),
        (model, dialect, language) => {
          const files = toCsv(model, { dialect, language });
          const expected = modelRoute(files);
          expect(expected.problems).toBeUndefined();
          expect(fastRoute(files)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same problems at the same paths as fromCsv for damaged files, and the same chain where they are still valid', () => {
    fc.assert(
      fc.property(
        fc.oneof(chainArbitrary({ maxOrganisations: 6, maxDependencies: 10 }), richChainArbitrary()),
        fc.constantFrom(...CSV_DIALECTS),
        fc.constantFrom('en' as const, 'nl' as const),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (model, dialect, language, edits, inOrganisations) => {
          const written = toCsv(model, { dialect, language });
          const files = inOrganisations
            ? { ...written, organisations: applyEdits(written.organisations, edits) }
            : { ...written, dependencies: applyEdits(written.dependencies, edits) };
          expect(fastRoute(files)).toEqual(modelRoute(files));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('agrees on a corpus of bad chains, each refused with its problem', () => {
    const organisations = 'id,name,role,score\na,A,lab,50\nb,B,cloud,\n';
    const corpus: [string, ChainCsv][] = [
      ['unknown supplier', { organisations, dependencies: 'from,to\na,zz\n' }],
      ['unknown dependant', { organisations, dependencies: 'from,to\nzz,a\n' }],
      ['self-dependency', { organisations, dependencies: 'from,to\na,a\n' }],
      ['duplicate id', { organisations: `${organisations}a,A again,lab,\n`, dependencies: 'from,to\n' }],
      ['score out of range', { organisations: 'id,name,role,score\na,A,lab,101\n', dependencies: 'from,to\n' }],
      ['score not a number', { organisations: 'id,name,role,score\na,A,lab,high\n', dependencies: 'from,to\n' }],
      ['criticality out of range', { organisations, dependencies: 'from,to,criticality\na,b,1.5\n' }],
      ['decimal comma in a "," file', { organisations, dependencies: 'from,to,criticality\na,b,"0,5"\n' }],
      ['unknown kind', { organisations, dependencies: 'from,to,kind\na,b,magic\n' }],
      ['missing name', { organisations: 'id,name,role\na,,lab\n', dependencies: 'from,to\n' }],
      ['blank id', { organisations: 'id,name,role\n  ,A,lab\n', dependencies: 'from,to\n' }],
      ['control character in a name', { organisations: 'id,name,role\na,A\u0007,lab\n', dependencies: 'from,to\n' }],
      ['group that is not an id', { organisations, dependencies: 'from,to,group\na,b,"  "\n' }],
      ['unknown column', { organisations: 'id,name,role,colour\na,A,lab,red\n', dependencies: 'from,to\n' }],
      ['missing column', { organisations: 'id,name\na,A\n', dependencies: 'from,to\n' }],
      ['stray quote', { organisations: 'id,name,role\na,A"x,lab\n', dependencies: 'from,to\n' }],
      ['unclosed quote', { organisations: 'id,name,role\na,"A,lab\n', dependencies: 'from,to\n' }],
      ['text after a closing quote', { organisations: 'id,name,role\na,"A"x,lab\n', dependencies: 'from,to\n' }],
      ['bad profile', { organisations: 'id,name,role,sizeClass\na,A,lab,huge\n', dependencies: 'from,to\n' }],
      ['bad data kind', { organisations, dependencies: 'from,to,data\na,b,secrets\n' }],
      ['empty file', { organisations: '', dependencies: 'from,to\n' }],
      // The shared reader keeps a lone CR at the very end of a record with quotes in the last cell.
      ['lone CR after a quoted record', { organisations: 'id,name,role\n"a",A,lab\r', dependencies: 'from,to\n' }],
    ];
    for (const [what, files] of corpus) {
      const expected = modelRoute(files);
      expect(expected.problems, what).toBeDefined();
      expect(readCompiled(files, meta), what).toBeNull();
      expect(fastRoute(files), what).toEqual(expected);
    }
  });

  it('reads plain files itself, without building the model: generated chains, Dutch Excel, quotes, marked formulas, blank lines', () => {
    const model = generateChain({ organisations: 300, dependencies: 1500, seed: 5 });
    for (const dialect of CSV_DIALECTS)
      for (const language of ['en', 'nl'] as const) {
        const files = toCsv(model, { dialect, language });
        expect(readCompiled(files, meta), `${dialect} ${language}`).not.toBeNull();
      }
    const files = {
      organisations: '\ufeffcode;naam;rol;score\r\n"a;1";"Lab ""Noord""";laboratorium;40,5\r\n\r\n\'=b;\'-B;cloud;\r\n',
      dependencies: 'afnemer;leverancier;soort;belang;groep\r\n"a;1";\'=b;clouddienst;0,25;g\r\n',
    };
    const fast = readCompiled(files, meta);
    expect(fast).not.toBeNull();
    expect(fast!.names).toEqual(['Lab "Noord"', '-B']);
    expect(partsOf(fast!.chain)).toMatchObject({ ids: ['a;1', '=b'], score: [40.5, Number.NaN], depCriticality: [0.25], groupName: ['g'] });
    expect(fastRoute(files)).toEqual(modelRoute(files));
  });

  it('finds every organisation by its id, whatever the id (__proto__ and constructor included)', () => {
    const ids = ['__proto__', 'constructor', 'libstdc++6', 'pkg:npm/%40scope/name@1.2.3', 'Café Zuid', 'a', 'a '];
    const organisations = `id,name,role\n${ids.map((id, i) => `${id},N${i},lab`).join('\n')}\n`;
    const dependencies = `from,to\n${ids.map((id, i) => `${id},${ids[(i + 1) % ids.length]}`).join('\n')}\n`;
    const { chain } = compileCsv({ organisations, dependencies }, meta);
    expect(ids.map((id) => chain.indexOf(id))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(chain.indexOf('hasOwnProperty')).toBe(-1);
    expect([...chain.depTo]).toEqual([1, 2, 3, 4, 5, 6, 0]);
  });
});
