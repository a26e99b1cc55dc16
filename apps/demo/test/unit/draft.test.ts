import { type Catalog, ID_PATTERN, parseCatalog } from '@lsh-cyber/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentToDraft, type Draft, draftToAssessment, emptyDraft, normaliseDraft, organisationId } from '../../src/state/draft.js';

const L = (en: string) => ({ nl: `${en} (nl)`, en });
const cost = { oneOff: 100, yearly: 10, effortDays: 1 };
// A two-question catalog, enough to exercise the answer checks.
const catalog: Catalog = parseCatalog({
  schemaVersion: 1,
  id: 'test-catalog',
  version: '1.0.0',
  title: L('Test'),
  domains: [{ id: 'd', title: L('Domain') }],
  questions: ['q1', 'q2'].map((id, i) => ({
    id,
    domain: 'd',
    text: L(`Question ${id}`),
    help: L('Help'),
    weight: 1,
    critical: i === 0,
    notApplicableAllowed: i === 1,
    options: [
      { value: 'yes', points: 1, label: L('Yes') },
      { value: 'no', points: 0, label: L('No') },
    ],
    references: { nis2: ['a'] },
    measures: ['m'],
  })),
  measures: [
    {
      id: 'm',
      title: L('Measure'),
      steps: [L('Step')],
      audience: ['board'],
      cost: { micro: cost, small: cost, medium: cost, large: cost },
      prerequisites: [],
      references: {},
    },
  ],
});

const complete = (): Draft => ({
  ...emptyDraft('2026-11-23T10:00:00Z', 'assessment-1'),
  organisation: { name: 'Ünïcode Lab & Co', subsector: 'biotech-rd', sizeClass: 'micro', data: ['research'], certifications: [] },
  answers: { q1: { value: 'yes' }, q2: { value: 'na' } },
  selfRating: 3,
});

describe('organisationId', () => {
  it('always gives a valid id, whatever the name', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (name) => ID_PATTERN.test(organisationId(name))));
  });
  it('keeps a readable slug', () => {
    expect(organisationId('Ünïcode Lab & Co')).toBe('unicode-lab-co');
    expect(organisationId('!!!')).toBe('organisation');
  });
});

describe('draft to assessment', () => {
  it('names every missing profile field of an empty draft', () => {
    const result = draftToAssessment(emptyDraft('2026-11-23T10:00:00Z', 'a-1'), catalog);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['organisation.name', 'organisation.subsector', 'organisation.sizeClass']));
  });

  it('makes a valid assessment of a complete draft and comes back unchanged', () => {
    const draft = complete();
    const result = draftToAssessment(draft, catalog);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.assessment.catalog).toEqual({ id: 'test-catalog', version: '1.0.0' });
    expect(result.assessment.organisation.id).toBe('unicode-lab-co');
    expect(assessmentToDraft(result.assessment)).toEqual(draft);
  });

  it('leaves out answers the catalog no longer takes, instead of blocking the result', () => {
    const draft = { ...complete(), answers: { q1: { value: 'na' }, q2: { value: 'no' }, gone: { value: 'yes' } } };
    const result = draftToAssessment(draft, catalog);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.assessment.answers).toEqual({ q2: { value: 'no' } });
  });
});

describe('reading a draft back from storage', () => {
  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const draft = normaliseDraft(value);
        return draft === null || typeof draft.id === 'string';
      }),
    );
  });

  it('keeps a stored draft exactly', () => {
    const draft = complete();
    expect(normaliseDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it('drops fields of the wrong type and keeps the rest', () => {
    const stored = {
      ...complete(),
      organisation: {
        name: 'Lab',
        subsector: 'spaceflight',
        sizeClass: 'micro',
        data: ['patient', 'gold', 'patient'],
        downtimeCostPerDay: -5,
      },
      answers: { q1: { value: 'yes' }, q2: 'broken' },
      selfRating: 9,
    };
    const draft = normaliseDraft(stored);
    expect(draft?.organisation).toEqual({ name: 'Lab', sizeClass: 'micro', data: ['patient'], certifications: [] });
    expect(draft?.answers).toEqual({ q1: { value: 'yes' } });
    expect(draft?.selfRating).toBeUndefined();
  });
});
