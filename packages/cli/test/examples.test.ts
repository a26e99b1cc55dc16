import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lshCatalog } from '@lsh-cyber/catalog-lsh';
import { parseAssessment } from '@lsh-cyber/schema';
import { planRoadmap, scoreAssessment } from '@lsh-cyber/scoring';
import { describe, expect, it } from 'vitest';
import { example, expectNoStackTrace, fixture, run } from './helpers.js';

const assessmentFiles = readdirSync(example('assessments'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => join(example('assessments'), f));
const exampleFiles = readdirSync(example('.'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => example(f));
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('the files in examples/', () => {
  it('has the sample assessments', () => {
    expect(assessmentFiles.length).toBeGreaterThanOrEqual(6);
  });

  it('validates every example, assessments against the built-in catalog', () => {
    const result = run(['validate', ...exampleFiles, ...assessmentFiles]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const file of assessmentFiles) {
      expect(result.stdout).toContain(`${file}: valid Assessment (answers match catalog ${lshCatalog.id} ${lshCatalog.version})`);
    }
  });

  it('scores every sample assessment exactly as the engine does', () => {
    for (const file of assessmentFiles) {
      const result = run(['score', file, '--json']);
      expect(result.status).toBe(0);
      const expected = scoreAssessment(parseAssessment(readJson(file), { catalog: lshCatalog }), lshCatalog);
      expect(result.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    }
  });

  it('prints a terminal report for every sample assessment in both languages', () => {
    for (const file of assessmentFiles) {
      const report = scoreAssessment(parseAssessment(readJson(file), { catalog: lshCatalog }), lshCatalog);
      for (const lang of ['en', 'nl'] as const) {
        const result = run(['score', file, '--lang', lang]);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain(report.level.name[lang]);
        for (const d of report.domains) expect(result.stdout).toContain(d.title[lang].slice(0, 30));
        for (const g of report.criticalGaps) expect(result.stdout).toContain(`[${g.questionId}: `);
      }
    }
  });

  it('plans a roadmap for a sample assessment as the engine does', () => {
    const file = assessmentFiles[0]!;
    const result = run(['roadmap', file, '--budget', '10000', '--years', '3', '--json']);
    expect(result.status).toBe(0);
    const assessment = parseAssessment(readJson(file), { catalog: lshCatalog });
    const expected = planRoadmap(scoreAssessment(assessment, lshCatalog), lshCatalog, {
      budgetPerYear: 10000,
      years: 3,
      sizeClass: assessment.organisation.sizeClass,
    });
    expect(result.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    const text = run(['roadmap', file, '--budget', '10000', '--years', '3']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Year 3:');
  });

  it('asks for --catalog when an assessment names a catalog that is not built in', () => {
    const file = fixture('mini-assessment.json');
    const result = run(['score', file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `lsh-cyber: ${file}: answers catalog "mini" 1.0.0, which is not built in (built in: ${lshCatalog.id} ${lshCatalog.version}`,
    );
    expect(result.stderr).toContain('pass the catalog with --catalog <file>');
    expectNoStackTrace(result);
    const validated = run(['validate', file]);
    expect(validated.status).toBe(0);
    expect(validated.stdout).toContain('note: answers catalog "mini", which is not built in: answers not checked (pass --catalog <file>)');
  });
});
