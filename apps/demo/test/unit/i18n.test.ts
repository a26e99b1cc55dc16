import type { IssueCode } from '@lsh-cyber/schema';
import { safeParseAssessment } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { issueText } from '../../src/i18n/issues.js';
import { MESSAGES, type MessageKey, render } from '../../src/i18n/messages.js';

const placeholders = (m: unknown): string[] =>
  [...JSON.stringify(m).matchAll(/\{(\w+)\}/g)]
    .map((x) => x[1]!)
    .sort()
    .filter((x, i, a) => a.indexOf(x) === i);

describe('the translation layer', () => {
  it('has every text in both languages, with the same placeholders and plural shape', () => {
    const keys = Object.keys(MESSAGES.en) as MessageKey[];
    expect(Object.keys(MESSAGES.nl).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(typeof MESSAGES.nl[key], key).toBe(typeof MESSAGES.en[key]);
      expect(placeholders(MESSAGES.nl[key]), key).toEqual(placeholders(MESSAGES.en[key]));
    }
  });

  it('chooses the plural form with Intl.PluralRules and formats numbers for the language', () => {
    expect(render(MESSAGES.nl['result.effort'], 'nl', { count: 1 })).toBe('1 dag werk');
    expect(render(MESSAGES.nl['result.effort'], 'nl', { count: 2.5 })).toBe('2,5 dagen werk');
    expect(render(MESSAGES.en['result.questions'], 'en', { count: 1 })).toBe('1 question');
    expect(render(MESSAGES.nl['chain.statsOrgs'], 'nl', { count: 5000 })).toBe('5.000 organisaties');
    expect(render(MESSAGES.en['chain.statsOrgs'], 'en', { count: 5000 })).toBe('5,000 organisations');
    expect(render(MESSAGES.en['chain.bindsCount'], 'en', { count: 1 })).toBe('Holds back 1 other organisation (shown in colour).');
    expect(render(MESSAGES.nl['chain.whatIfResult'], 'nl', { name: 'X', score: 80, count: 1 })).toBe(
      'Als X 80 haalt, scoort 1 organisatie hoger.',
    );
  });

  it('says every problem of a broken assessment in Dutch, by its code, without an English word', () => {
    const broken = {
      schemaVersion: 1,
      id: 'x',
      organisation: { id: 'o', name: '', subsector: 'space', sizeClass: 7, data: ['patient', 'patient'], certifications: [] },
      catalog: { id: 'c', version: 'one' },
      answers: { 'q-a': { value: 3 } },
      createdAt: 'yesterday',
      extra: true,
    };
    const parsed = safeParseAssessment(JSON.parse(JSON.stringify(broken)));
    if (parsed.success) throw new Error('the broken file was accepted');
    const issues = parsed.error.issues;
    expect(issues.length).toBeGreaterThan(5);
    const english = /\b(required|missing|must|known|field|number|text|one of|valid|allowed|option|wrong|version|should|least|most)\b/i;
    for (const issue of issues) {
      const nl = issueText(issue, 'nl');
      expect(nl, JSON.stringify(issue)).not.toMatch(english);
      expect(nl).not.toBe(issue.message);
    }
  });

  it('has a Dutch and an English sentence for every issue code', () => {
    const codes: IssueCode[] = ['required', 'unknown-field', 'wrong-type', 'too-big', 'not-one-of', 'duplicate-id', 'unknown-organisation'];
    for (const code of codes) {
      expect(issueText({ path: 'x', code }, 'nl')).not.toBe(issueText({ path: 'x', code }, 'en'));
      expect(issueText({ path: 'x', code }, 'nl')).not.toBe(issueText({ path: 'x' }, 'nl'));
    }
  });
});
