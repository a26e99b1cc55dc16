import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerFits,
  catalogMismatch,
  DEPENDENCY_KIND_LABELS,
  DEPENDENCY_KINDS,
  LshError,
  LshValidationError,
  organisationRoleLabel,
  SCORE_BAND_LABELS,
  STRONG_SCORE,
  scoreBand,
  WEAK_SCORE,
} from '../src/index.js';

const question = {
  options: [
    { value: 'yes', label: { nl: 'Ja', en: 'Yes' }, points: 1 },
    { value: 'no', label: { nl: 'Nee', en: 'No' }, points: 0 },
  ],
  notApplicableAllowed: false,
};

describe('answerFits', () => {
  it('takes "unknown" always, "na" only where allowed, and otherwise only an option value', () => {
    expect(answerFits(question, { value: 'unknown' })).toBe(true);
    expect(answerFits(question, { value: 'na' })).toBe(false);
    expect(answerFits({ ...question, notApplicableAllowed: true }, { value: 'na' })).toBe(true);
    expect(answerFits(question, { value: 'yes' })).toBe(true);
    fc.assert(
      fc.property(fc.string(), (value) => {
        const expected = value === 'unknown' || value === 'yes' || value === 'no';
        expect(answerFits(question, { value })).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('catalogMismatch', () => {
  it('matches only the same catalog id and version, and names what differs', () => {
    const catalog = { id: 'lsh-basisscan', version: '2.0.0' };
    fc.assert(
      fc.property(fc.constantFrom('lsh-basisscan', 'mini'), fc.constantFrom('1.0.0', '2.0.0'), (id, version) => {
        const issue = catalogMismatch({ id, version }, catalog);
        if (id === catalog.id && version === catalog.version) expect(issue).toBeNull();
        else {
          expect(issue?.path).toBe(id !== catalog.id ? 'catalog.id' : 'catalog.version');
          expect(issue?.code).toBe(id !== catalog.id ? 'wrong-catalog' : 'wrong-catalog-version');
          expect(issue?.message).toBe(`is for catalog ${id} ${version}, not the catalog given (lsh-basisscan 2.0.0)`);
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe('score bands', () => {
  it('puts every score in exactly one band, at the weak and strong thresholds', () => {
    expect([WEAK_SCORE, STRONG_SCORE]).toEqual([50, 70]);
    expect(scoreBand(49.9)).toBe('weak');
    expect(scoreBand(50)).toBe('fair');
    expect(scoreBand(69.9)).toBe('fair');
    expect(scoreBand(70)).toBe('strong');
    expect(scoreBand(null)).toBe('none');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (s) => {
        const band = scoreBand(s);
        expect(band).toBe(s < WEAK_SCORE ? 'weak' : s < STRONG_SCORE ? 'fair' : 'strong');
        expect(SCORE_BAND_LABELS[band].nl).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });
});

describe('labels', () => {
  it('names every dependency kind in both languages, and roles with a fallback', () => {
    for (const kind of DEPENDENCY_KINDS) {
      expect(DEPENDENCY_KIND_LABELS[kind].nl.length).toBeGreaterThan(0);
      expect(DEPENDENCY_KIND_LABELS[kind].en.length).toBeGreaterThan(0);
    }
    expect(organisationRoleLabel('hospital', 'nl')).toBe('ziekenhuis');
    expect(organisationRoleLabel('toString', 'en')).toBe('toString');
    expect(organisationRoleLabel(undefined, 'en')).toBe('');
  });
});

describe('LshError', () => {
  it('is the base of LshValidationError, recognised by its marker across copies', () => {
    const error = new LshValidationError('Assessment', [{ path: 'id', message: 'must be an id' }]);
    expect(error).toBeInstanceOf(LshError);
    expect(LshError.isInstance(error)).toBe(true);
    expect(LshValidationError.isInstance(error)).toBe(true);
    expect(error.issues).toEqual([{ path: 'id', message: 'must be an id' }]);
    expect(Object.isFrozen(error.issues)).toBe(true);
    // A copy from another installation: a plain object with the same global markers.
    const copy = Object.assign(new Error('x'), {
      [Symbol.for('@lsh-cyber/schema.LshError')]: true,
      [Symbol.for('@lsh-cyber/schema.LshValidationError')]: true,
    });
    expect(LshValidationError.isInstance(copy)).toBe(true);
    expect(LshValidationError.isInstance(new LshError('Other', 'x', []))).toBe(false);
    expect(LshError.isInstance(new Error('x'))).toBe(false);
  });
});
