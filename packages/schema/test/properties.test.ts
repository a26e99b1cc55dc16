import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LshValidationError,
  parseAssessment,
  parseCatalog,
  parseChainModel,
  parseClauseLibrary,
  parseOrganisationProfile,
  parseScoreReport,
} from '../src/index.js';
import { validDocuments } from './support/documents.js';
import { replaceAt } from './support/paths.js';

const parsers = {
  OrganisationProfile: parseOrganisationProfile,
  Catalog: parseCatalog,
  Assessment: parseAssessment,
  ScoreReport: parseScoreReport,
  ChainModel: parseChainModel,
  ClauseLibrary: parseClauseLibrary,
} as const;
type Kind = keyof typeof parsers;
const kinds = Object.keys(parsers) as Kind[];

function onlyValidationErrors(parse: (x: unknown) => unknown, input: unknown): void {
  try {
    parse(input);
  } catch (error) {
    if (!LshValidationError.isInstance(error)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
    }
  }
}

describe('arbitrary junk', () => {
  it.each(kinds)('makes parse%s throw only LshValidationError, and never pollutes Object.prototype', (kind) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true, withBigInt: true }), (junk) => {
        onlyValidationErrors(parsers[kind], junk);
      }),
      { numRuns: 300 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(kinds)('planted anywhere in a valid %s, is reported as a validation error or accepted, never a crash', (kind) => {
    fc.assert(
      fc.property(validDocuments[kind], fc.nat(), fc.anything({ withNullPrototype: true }), (doc, pick, junk) => {
        onlyValidationErrors(
          parsers[kind],
          replaceAt(doc, pick, () => junk),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('never lets a __proto__ key reach a prototype', () => {
    fc.assert(
      fc.property(validDocuments.Assessment, fc.jsonValue(), (doc, value) => {
        const answers = JSON.stringify((doc as Record<string, unknown>).answers).slice(1, -1);
        const text = JSON.stringify({ ...doc, answers: 'ANSWERS' }).replace(
          '"ANSWERS"',
          () => `{"__proto__":${JSON.stringify(value)}${answers ? `,${answers}` : ''}}`,
        );
        expect(() => parseAssessment(JSON.parse(text))).toThrow(LshValidationError);
        expect(({} as Record<string, unknown>).value).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });
});

describe('valid documents', () => {
  it.each(kinds)('every valid %s survives a JSON round trip unchanged', (kind) => {
    fc.assert(
      fc.property(validDocuments[kind], (doc) => {
        const parsed = parsers[kind](doc);
        const again = parsers[kind](JSON.parse(JSON.stringify(parsed)));
        expect(again).toEqual(parsed);
        expect(JSON.stringify(again)).toBe(JSON.stringify(parsed));
      }),
      { numRuns: 100 },
    );
  });
});
