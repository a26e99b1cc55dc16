import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IssueCode, isIssueCode, issueText, safeParseAssessment, safeParseOrganisationProfile } from '../src/index.js';

// Every code, checked by the compiler: a code added to IssueCode without a line here does not build.
const CODES: Readonly<Record<IssueCode, true>> = {
  required: true,
  'unknown-field': true,
  'wrong-type': true,
  'wrong-kind': true,
  'too-big': true,
  'too-small': true,
  'not-one-of': true,
  'invalid-format': true,
  invalid: true,
  'forbidden-key': true,
  'version-too-new': true,
  'version-unreadable': true,
  unreadable: true,
  'unknown-document-kind': true,
  'wrong-catalog': true,
  'wrong-catalog-version': true,
  'unknown-question': true,
  'na-not-allowed': true,
  'not-an-option': true,
  'unknown-organisation': true,
  'self-dependency': true,
  'duplicate-dependency': true,
  'duplicate-id': true,
  'listed-twice': true,
  'too-many-values': true,
  'too-deep': true,
  'shared-part': true,
  'more-problems': true,
  'checked-part': true,
  'csv-syntax': true,
  'xml-syntax': true,
  'csv-empty': true,
  'unknown-column': true,
  'duplicate-column': true,
  'missing-column': true,
};
const ALL = Object.keys(CODES) as IssueCode[];

// One value for every parameter any code names.
const PARAMS = {
  expected: 'list',
  found: 'text',
  maximum: 9000,
  minimum: 2,
  unit: 'characters',
  allowed: 'a, b',
  format: 'date',
  version: 3,
  supported: '1–2',
  question: 'q-backup',
  value: 'sometimes',
  organisation: 'lab',
  from: 'lab',
  to: 'cloud',
  id: 'lab',
  count: 9000,
  entries: 1000,
  problem: 'unclosed-quote',
  columns: 'id, name',
  known: 'id, name',
  column: 'name',
};

/** An assessment valid in every part but its answers. */
const assessmentAnswering = (answers: Record<string, unknown>) => {
  const organisation = { id: 'o', name: 'O', subsector: 'pharmacy', sizeClass: 'micro', data: [], certifications: [] };
  const at = '2026-01-01T00:00:00Z';
  return { schemaVersion: 1, id: 'x', organisation, catalog: { id: 'c', version: '1.0.0' }, answers, createdAt: at, updatedAt: at };
};

describe('issueText', () => {
  it('says every code in Dutch and in English, differently, with every parameter filled', () => {
    for (const code of ALL) {
      const nl = issueText({ code, params: PARAMS }, 'nl');
      const en = issueText({ code, params: PARAMS }, 'en');
      expect(nl, code).not.toBe(en);
      expect(nl, code).not.toMatch(/[{}]/);
      expect(en, code).not.toMatch(/[{}]/);
      expect(isIssueCode(code)).toBe(true);
    }
    expect(isIssueCode('no-such-code')).toBe(false);
    expect(isIssueCode('__proto__')).toBe(false);
  });

  it('writes numbers as each language writes them and puts the words of its parameters in that language', () => {
    expect(issueText({ code: 'more-problems', params: { count: 9000 } }, 'nl')).toBe('en nog 9.000 problemen die niet zijn opgesomd');
    expect(issueText({ code: 'more-problems', params: { count: 9000 } }, 'en')).toBe('and 9,000 more problems not listed');
    expect(issueText({ code: 'wrong-type', params: { expected: 'list', found: 'text' } }, 'nl')).toBe('moet een lijst zijn, niet tekst');
    expect(issueText({ code: 'too-big', params: { maximum: 200, unit: 'characters' } }, 'nl')).toBe('is te lang (hoogstens 200 tekens)');
    expect(issueText({ code: 'too-small', params: { minimum: 1, unit: 'characters' } }, 'nl')).toBe('is te kort (minstens 1 teken)');
    expect(issueText({ code: 'too-small', params: { minimum: 1, unit: 'items' } }, 'en')).toBe('holds too few items (at least 1)');
    expect(issueText({ code: 'too-big', params: { maximum: 100, unit: 'value' } }, 'nl')).toBe('is te groot (hoogstens 100)');
    expect(issueText({ code: 'too-small', params: { minimum: 0, unit: 'value' } }, 'en')).toBe('is too small (at least 0)');
    expect(issueText({ code: 'csv-syntax', params: { problem: 'stray-quote' } }, 'en')).toBe(
      'is not valid CSV: a quote stands inside a cell',
    );
  });

  it('keeps the message of a rule no code names, so nothing it says is lost', () => {
    expect(issueText({ code: 'invalid', message: 'prerequisites form a cycle: a → b → a' }, 'nl')).toBe(
      'is niet geldig (prerequisites form a cycle: a → b → a)',
    );
    expect(issueText({ message: 'lists clause "x" twice' }, 'en')).toBe('is not valid (lists clause "x" twice)');
    expect(issueText({}, 'nl')).toBe('is niet geldig');
  });

  it('says every problem of a broken profile and assessment in Dutch by its code, not with the English message', () => {
    const profile = {
      schemaVersion: 1,
      id: 'o',
      name: '',
      subsector: 'space',
      sizeClass: 7,
      data: ['patient', 'patient'],
      certifications: [],
    };
    const assessment = {
      schemaVersion: 1,
      id: 'x',
      organisation: profile,
      catalog: { id: 'c', version: 'one' },
      answers: { 'q-a': { value: 3 } },
      createdAt: 'x',
      extra: 1,
    };
    const english = /\b(required|missing|must|known|field|number|text|one of|valid|allowed|wrong|least|most|twice|answers)\b/i;
    for (const parsed of [safeParseOrganisationProfile(profile), safeParseAssessment(assessment)]) {
      if (parsed.success) throw new Error('a broken document was accepted');
      expect(parsed.error.issues.length).toBeGreaterThan(3);
      for (const issue of parsed.error.issues) {
        const nl = issueText(issue, 'nl');
        expect(nl, JSON.stringify(issue)).not.toMatch(english);
        expect(nl).not.toBe(issue.message);
      }
    }
  });

  it('says a key that is not a valid id is of the wrong form, in Dutch', () => {
    for (const key of ['Bad Key!', 'constructor']) {
      const parsed = safeParseAssessment(assessmentAnswering({ [key]: { value: 'unknown' } }));
      if (parsed.success) throw new Error(`the key ${key} was accepted`);
      expect(parsed.error.issues).toEqual([expect.objectContaining({ path: `answers.${key}`, code: 'invalid-format' })]);
      expect(issueText(parsed.error.issues[0]!, 'nl')).toBe('heeft niet de goede vorm (bijvoorbeeld een code met letters, cijfers en -)');
    }
  });

  it('names the limit of the answers an assessment may hold, so it can be said in Dutch', () => {
    const answers = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`q-${i}`, { value: 'unknown' }]));
    const parsed = safeParseAssessment(assessmentAnswering(answers));
    if (parsed.success) throw new Error('10,001 answers were accepted');
    expect(parsed.error.issues).toEqual([
      expect.objectContaining({ path: 'answers', code: 'too-big', params: { maximum: 10_000, unit: 'items' } }),
    ]);
    expect(issueText(parsed.error.issues[0]!, 'nl')).toBe('bevat te veel onderdelen (hoogstens 10.000)');
  });

  it('is the same text for the same issue, and never throws, whatever the parameters hold', () => {
    const value = fc.oneof(
      fc.string().filter((s) => !s.includes('{')),
      fc.integer(),
      fc.double({ noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL),
        fc.dictionary(fc.constantFrom(...Object.keys(PARAMS), '__proto__', 'constructor'), value),
        fc.constantFrom('nl' as const, 'en' as const),
        (code, params, language) => {
          const text = issueText({ code, params }, language);
          expect(text).toBe(issueText({ code, params }, language));
          for (const name of Object.keys(params)) expect(text).not.toContain(`{${name}}`);
        },
      ),
      { numRuns: 500 },
    );
  });
});
