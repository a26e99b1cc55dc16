import { readFileSync } from 'node:fs';
import { previousCatalogs } from '@lsh-cyber/catalog-lsh';
import { parseAssessment } from '@lsh-cyber/schema';
import { DEFAULT_EFFORT_DAYS_PER_YEAR, scoreAssessment } from '@lsh-cyber/scoring';
import { describe, expect, it } from 'vitest';
import { example, expectNoStackTrace, fixture, run } from './helpers.js';

const startup = example('assessments/biotech-startup.json');
const oldStartup = fixture('biotech-startup-1.0.0.json');

describe('roadmap with the planning defaults', () => {
  it('plans within the size class’s yearly capacity and says so', () => {
    const text = run(['roadmap', startup, '--budget', '5000', '--years', '1', '--lang', 'en']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`Own work per year: at most ${DEFAULT_EFFORT_DAYS_PER_YEAR.micro} person-days`);
    const json = JSON.parse(run(['roadmap', startup, '--budget', '5000', '--years', '1', '--json']).stdout);
    expect(json.effortDaysPerYear).toBe(DEFAULT_EFFORT_DAYS_PER_YEAR.micro);
    expect(json.years[0].effortDays).toBeLessThanOrEqual(DEFAULT_EFFORT_DAYS_PER_YEAR.micro);
    expect(json.years[0].projected.level).toBeLessThanOrEqual(3);
  });

  it('shows every planned measure’s steps, the "don’t know" questions and the terms used', () => {
    const out = run(['roadmap', startup, '--budget', '5000', '--years', '1', '--lang', 'nl']).stdout;
    const json = JSON.parse(run(['roadmap', startup, '--budget', '5000', '--years', '1', '--json']).stdout);
    for (const m of json.years[0].measures) for (const s of m.steps) expect(out).toContain(s.nl);
    expect(out).toContain(`Beantwoord met "weet ik niet" (${json.unknownQuestions.length})`);
    for (const q of json.unknownQuestions) expect(out).toContain(`[${q.questionId}]`);
    expect(out).toContain('Begrippen in dit stappenplan');
  });

  it('takes --effort-days and --buy-effort, and refuses both at once', () => {
    const none = JSON.parse(run(['roadmap', startup, '--budget', '5000', '--years', '1', '--effort-days', 'none', '--json']).stdout);
    expect(none.effortDaysPerYear).toBeNull();
    const bought = JSON.parse(run(['roadmap', startup, '--budget', '5000', '--years', '1', '--buy-effort', '--json']).stdout);
    expect(bought.buyEffort).toBe(true);
    expect(bought.dayRate).toBe(880);
    const both = run(['roadmap', startup, '--budget', '5000', '--years', '1', '--buy-effort', '--effort-days', '3']);
    expect(both.status).toBe(1);
    expect(both.stderr).toContain('choose --effort-days or --buy-effort, not both');
    expectNoStackTrace(both);
  });
});

describe('an assessment of lsh-basisscan 1.0.0', () => {
  it('still validates and scores against the shipped 1.0.0 catalog', () => {
    const v1 = previousCatalogs.find((c) => c.id === 'lsh-basisscan')!;
    const validated = run(['validate', oldStartup]);
    expect(validated.status).toBe(0);
    expect(validated.stdout).toContain('answers match catalog lsh-basisscan 1.0.0');
    const score = JSON.parse(run(['score', oldStartup, '--json']).stdout);
    const expected = scoreAssessment(parseAssessment(JSON.parse(readFileSync(oldStartup, 'utf8')), { catalog: v1 }), v1);
    expect(score).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});
