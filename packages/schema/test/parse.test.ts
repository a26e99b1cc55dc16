import { describe, expect, it } from 'vitest';
import {
  LshValidationError,
  parseAssessment,
  parseCatalog,
  parseChainModel,
  parseClauseLibrary,
  parseDocument,
  parseOrganisationProfile,
  safeParseAssessment,
  safeParseCatalog,
  safeParseChainModel,
  safeParseOrganisationProfile,
  upgradeDocument,
  type ValidationIssue,
} from '../src/index.js';
import { assessment, catalog, chain, clauseLibrary, profile } from './fixtures/documents.js';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function issuesOf(result: { success: boolean; error?: LshValidationError }): ValidationIssue[] {
  expect(result.success).toBe(false);
  return [...(result.error?.issues ?? [])];
}

describe('valid documents', () => {
  it('parses one document of every kind', () => {
    expect(parseOrganisationProfile(profile)).toEqual(profile);
    expect(parseCatalog(catalog)).toEqual(catalog);
    expect(parseAssessment(assessment, { catalog })).toEqual(assessment);
    expect(parseChainModel(chain)).toEqual(chain);
    expect(parseClauseLibrary(clauseLibrary)).toEqual(clauseLibrary);
  });

  it('recognises the kind of a document', () => {
    expect(parseDocument(clone(catalog)).kind).toBe('Catalog');
    expect(parseDocument(clone(assessment)).kind).toBe('Assessment');
    expect(parseDocument(clone(chain)).kind).toBe('ChainModel');
    expect(parseDocument(clone(clauseLibrary)).kind).toBe('ClauseLibrary');
    expect(parseDocument(clone(profile)).kind).toBe('OrganisationProfile');
    expect(() => parseDocument({ hello: 1 }, { file: 'x.json' })).toThrow(/x\.json: .*not a document kind/s);
  });
});

describe('errors name the file, the path and the problem', () => {
  it('lists every shape problem at once, with dot paths', () => {
    const bad = clone(assessment) as unknown as Record<string, unknown>;
    (bad.answers as Record<string, unknown>)['q-backup'] = { value: 3 };
    bad.selfRating = 9;
    bad.colour = 'red';
    delete bad.createdAt;
    let error: unknown;
    try {
      parseAssessment(bad, { file: 'scan.json' });
    } catch (e) {
      error = e;
    }
    expect(LshValidationError.isInstance(error)).toBe(true);
    const e = error as LshValidationError;
    expect(e.file).toBe('scan.json');
    expect(e.issues).toEqual(
      expect.arrayContaining([
        {
          path: 'answers.q-backup.value',
          message: 'must be text, not 3',
          code: 'wrong-type',
          params: { expected: 'text', found: 'number' },
        },
        { path: 'selfRating', message: 'must be at most 5', code: 'too-big', params: { maximum: 5, unit: 'value' } },
        { path: 'colour', message: 'is not a known field (check the spelling)', code: 'unknown-field' },
        { path: 'createdAt', message: 'is required but missing', code: 'required' },
      ]),
    );
    expect(e.message).toContain('scan.json: answers.q-backup.value: must be text, not 3');
  });

  it('checks answers against the catalog', () => {
    const bad = clone(assessment);
    bad.answers['q-ghost'] = { value: 'yes' };
    bad.answers['q-backup'] = { value: 'maybe' };
    bad.answers['q-mfa'] = { value: 'na' };
    expect(issuesOf(safeParseAssessment(bad, { catalog }))).toEqual([
      {
        path: 'answers.q-backup.value',
        message: '"maybe" is not an option of this question (allowed: yes, no, unknown)',
        code: 'not-an-option',
        params: { value: 'maybe', allowed: 'yes, no, unknown' },
      },
      {
        path: 'answers.q-ghost',
        message: 'answers question "q-ghost", which catalog mini 1.0.0 does not have',
        code: 'unknown-question',
        params: { question: 'q-ghost' },
      },
    ]);
    bad.answers = { 'q-backup': { value: 'na' } };
    expect(issuesOf(safeParseAssessment(bad, { catalog }))).toEqual([
      { path: 'answers.q-backup.value', message: 'this question does not allow "na" (not applicable)', code: 'na-not-allowed' },
    ]);
    expect(issuesOf(safeParseAssessment({ ...clone(assessment), catalog: { id: 'mini', version: '2.0.0' } }, { catalog }))[0]?.path).toBe(
      'catalog.version',
    );
  });

  it('finds duplicate ids, unresolved references and bad identifiers in a catalog', () => {
    const bad = clone(catalog);
    bad.questions.push({ ...clone(catalog.questions[0]!) });
    bad.questions[1]!.measures = ['m-nothing'];
    bad.questions[1]!.domain = 'nowhere';
    bad.questions[0]!.references.iso27001 = ['5.99'];
    bad.questions[0]!.references.nistCsf = ['PR.AA-99'];
    bad.questions[0]!.options[0]!.value = 'unknown';
    bad.measures[0]!.prerequisites = ['m-mfa'];
    const paths = issuesOf(safeParseCatalog(bad)).map((i) => `${i.path}: ${i.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'questions.2.id: duplicate question id "q-backup" (first used at questions.0)',
        'questions.1.measures.0: refers to measure "m-nothing", which the catalog does not have',
        'questions.1.domain: refers to domain "nowhere", which the catalog does not have',
        'questions.0.references.iso27001.0: "5.99" is not an ISO/IEC 27001:2022 Annex A control',
        'questions.0.references.nistCsf.0: "PR.AA-99" is not a NIST CSF 2.0 subcategory',
        'questions.0.options.0.value: "unknown" is reserved for every question and cannot be an option value',
      ]),
    );
    expect(paths.some((p) => p.includes('prerequisites form a cycle'))).toBe(true);
  });

  it('checks every citation kind against its list in reference/, and glossary ids for duplicates', () => {
    const bad = clone(catalog);
    bad.questions[0]!.references = {
      ...bad.questions[0]!.references,
      nis2Articles: ['20', '21(9)'],
      gdpr: ['5(1)(e)', '99(9)'],
      standards: ['NEN 7510-1:2024', 'NEN 7510:2017'],
      mdr: ['MDR Art. 87', 'MDR Art. 999'],
      nlHealthLaw: ['Wkkgz art. 11(1)(a)', 'Wkkgz art. 99'],
    };
    const entry = {
      id: 'mfa',
      term: { nl: 'MFA', en: 'MFA' },
      definition: { nl: 'Een extra code.', en: 'An extra code.' },
      forms: { nl: ['MFA'], en: ['MFA'] },
    };
    bad.glossary = [entry, clone(entry)];
    const paths = issuesOf(safeParseCatalog(bad)).map((i) => `${i.path}: ${i.message}`);
    expect(paths).toEqual([
      'glossary.1.id: duplicate glossary term id "mfa" (first used at glossary.0)',
      'questions.0.references.nis2Articles.1: "21(9)" is not a NIS2 article or point in reference/nis2-articles.txt',
      'questions.0.references.gdpr.1: "99(9)" is not a GDPR article or point in reference/gdpr-articles.txt',
      'questions.0.references.standards.1: "NEN 7510:2017" is not a standard edition in reference/standards.txt',
      'questions.0.references.mdr.1: "MDR Art. 999" is not an MDR or IVDR provision in reference/mdr-ivdr.txt',
      'questions.0.references.nlHealthLaw.1: "Wkkgz art. 99" is not a Dutch health-law provision in reference/nl-health-law.txt',
    ]);
  });

  it('requires a best option worth 1 and a worst worth 0', () => {
    const bad = clone(catalog);
    bad.questions[0]!.options[0]!.points = 0.9;
    expect(issuesOf(safeParseCatalog(bad))).toEqual([
      { path: 'questions.0.options', message: 'the best option must be worth 1 point (fully in place)' },
    ]);
  });

  it('finds unknown organisations, self-dependencies and bad numbers in a chain, and accepts a repeated dependency', () => {
    const bad = clone(chain);
    bad.dependencies.push({ from: 'hospital', to: 'ghost' }, { from: 'ehr', to: 'ehr' }, { from: 'hospital', to: 'ehr' });
    bad.organisations.push({ id: 'ehr', name: 'Twin', role: 'x' });
    expect(issuesOf(safeParseChainModel(bad)).map((i) => i.path)).toEqual(['organisations.4.id', 'dependencies.4.to', 'dependencies.5.to']);
    const numbers = clone(chain) as unknown as { dependencies: Record<string, unknown>[]; organisations: Record<string, unknown>[] };
    numbers.dependencies[0]!.criticality = 1.5;
    numbers.dependencies[1]!.criticality = Number.NaN;
    numbers.organisations[0]!.score = Number.POSITIVE_INFINITY;
    expect(issuesOf(safeParseChainModel(numbers))).toEqual([
      {
        path: 'organisations.0.score',
        message: 'must be a number from 0 to 100',
        code: 'wrong-type',
        params: { expected: 'number', found: 'number' },
      },
      { path: 'dependencies.0.criticality', message: 'must be at most 1', code: 'too-big', params: { maximum: 1, unit: 'value' } },
      {
        path: 'dependencies.1.criticality',
        message: 'must be a number from 0 to 1',
        code: 'wrong-type',
        params: { expected: 'number', found: 'number' },
      },
    ]);
  });

  it('accepts cycles in a chain', () => {
    expect(safeParseChainModel(chain).success).toBe(true);
  });
});

describe('hostile input', () => {
  it('refuses __proto__ keys without touching any prototype', () => {
    const raw = JSON.parse(
      `{"schemaVersion":1,"id":"a","organisation":${JSON.stringify(assessment.organisation)},"catalog":{"id":"mini","version":"1.0.0"},"answers":{"__proto__":{"value":"yes","polluted":true}},"createdAt":"2026-03-01T09:00:00Z","updatedAt":"2026-03-01T09:00:00Z"}`,
    );
    expect(issuesOf(safeParseAssessment(raw))).toEqual([
      { path: 'answers.__proto__', message: 'the key "__proto__" is not allowed', code: 'forbidden-key' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses reserved question ids such as constructor as answer keys, but accepts them as ids users bring', () => {
    const bad = clone(assessment);
    bad.answers = { constructor: { value: 'yes' } };
    expect(issuesOf(safeParseAssessment(bad)).map((i) => i.path)).toEqual(['answers.constructor']);
    const odd = clone(chain);
    odd.id = 'toString';
    odd.organisations[0]!.id = '__proto__';
    for (const d of odd.dependencies) {
      if (d.from === chain.organisations[0]!.id) d.from = '__proto__';
      if (d.to === chain.organisations[0]!.id) d.to = '__proto__';
    }
    expect(safeParseChainModel(odd).success).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an over-long string by its length alone', () => {
    const huge = 'x'.repeat(5_000_000);
    const issues = issuesOf(safeParseOrganisationProfile({ ...profile, name: huge }));
    // One problem, about the length: the text is not scanned for anything else.
    expect(issues).toEqual([
      { path: 'name', message: 'must be at most 500 characters', code: 'too-big', params: { maximum: 500, unit: 'characters' } },
    ]);
  });

  it('turns a throwing getter into a validation error', () => {
    const evil = { ...profile };
    Object.defineProperty(evil, 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = safeParseOrganisationProfile(evil);
    expect(result.success).toBe(false);
    expect(result.success ? null : result.error.issues[0]?.message).toContain('boom');
  });

  it('accepts a regional chain of 100,000 organisations', () => {
    const organisations = Array.from({ length: 100_000 }, (_, i) => ({ id: `o${i}`, name: `Org ${i}`, role: 'lab', score: i % 101 }));
    const dependencies = Array.from({ length: 100_000 }, (_, i) => ({ from: `o${i}`, to: `o${(i * 7 + 1) % 100_000}` }));
    expect(safeParseChainModel({ schemaVersion: 1, id: 'big', name: 'Big', organisations, dependencies }).success).toBe(true);
  }, 60_000);
});

describe('schema versions', () => {
  it('refuses a version newer than this library', () => {
    expect(issuesOf(safeParseOrganisationProfile({ ...profile, schemaVersion: 2 }))).toEqual([
      {
        path: 'schemaVersion',
        message: 'is 2, newer than this library reads (1); upgrade @lsh-cyber/schema',
        code: 'version-too-new',
        params: { version: 2, supported: 1 },
      },
    ]);
  });

  it('runs migrations in order without changing the input', () => {
    const old = Object.freeze({ schemaVersion: 0, title: 'x' });
    const { value, issues } = upgradeDocument('Catalog', old, { 0: (doc) => ({ ...doc, schemaVersion: 1, renamed: doc.title }) });
    expect(issues).toEqual([]);
    expect(value).toEqual({ schemaVersion: 1, title: 'x', renamed: 'x' });
    expect(old).toEqual({ schemaVersion: 0, title: 'x' });
  });

  it('names a version no migration reads', () => {
    expect(upgradeDocument('Catalog', { schemaVersion: 0 }).issues).toEqual([
      { path: 'schemaVersion', message: 'version 0 cannot be read by this library', code: 'version-unreadable', params: { version: 0 } },
    ]);
  });
});
