import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lshCatalog } from '@lsh-cyber/catalog-lsh';
import { exposure, fromCsv, propagate, singlePointsOfFailure } from '@lsh-cyber/chain';
import { selectClauses } from '@lsh-cyber/clauses';
import { type ChainOrganisation, parseAssessment, parseChainModel, parseScoreReport } from '@lsh-cyber/schema';
import { planRoadmap, scoreAssessment } from '@lsh-cyber/scoring';
import { describe, expect, it } from 'vitest';
import { example, expectNoStackTrace, fixture, run, tempDir } from './helpers.js';

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

  it('writes score --json that validates as a ScoreReport', () => {
    const file = join(tempDir(), 'report.json');
    writeFileSync(file, run(['score', assessmentFiles[0]!, '--json']).stdout);
    expect(() => parseScoreReport(readJson(file))).not.toThrow();
    expect(run(['validate', file]).stdout).toContain(`${file}: valid ScoreReport`);
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
    expect(result.stdout).toBe(`${JSON.stringify({ schemaVersion: 1, ...expected }, null, 2)}\n`);
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

  const chainFile = example('zuid-holland-chain.json');

  it('analyses the sample chain exactly as the engines do', () => {
    const result = run(['chain', chainFile, '--json', '--top', '5']);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    const propagated = propagate(parseChainModel(readJson(chainFile)));
    expect(out.organisations).toEqual(propagated.toJSON().organisations);
    expect(out.exposure).toEqual(exposure(propagated).slice(0, 5));
    expect(out.singlePointsOfFailure).toEqual(singlePointsOfFailure(propagated, { limit: 5 }));
    const text = run(['chain', chainFile, '--lang', 'nl']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Wie houdt de keten tegen');
  });

  it('analyses the sample chain given as CSV exactly as the engines do', () => {
    const organisations = example('chain-csv/organisations.csv');
    const dependencies = example('chain-csv/dependencies.csv');
    const result = run(['chain', organisations, dependencies, '--json']);
    expect(result.status).toBe(0);
    const model = fromCsv(
      { organisations: readFileSync(organisations, 'utf8'), dependencies: readFileSync(dependencies, 'utf8') },
      { id: 'csv-chain', name: 'organisations.csv + dependencies.csv' },
    );
    expect(JSON.parse(result.stdout).organisations).toEqual(propagate(model).toJSON().organisations);
  });

  it('writes a clause pack for a sample supplier with its score report, found next to the chain', () => {
    const chain = parseChainModel(readJson(chainFile));
    const byAssessment = new Map(assessmentFiles.map((f) => [(readJson(f) as { id: string }).id, f]));
    const supplier = chain.organisations.find(
      (o) => o.assessment !== undefined && byAssessment.has(o.assessment) && chain.dependencies.some((d) => d.to === o.id),
    );
    if (!supplier) throw new Error('the sample chain has no assessed supplier with a dependant');
    // The documented rule: the most critical dependant, the first in the file among equals.
    const dependency = chain.dependencies
      .filter((d) => d.to === supplier.id)
      .reduce((best, d) => ((d.criticality ?? 1) > (best.criticality ?? 1) ? d : best));
    const profile = (o: ChainOrganisation) => ({ id: o.id, name: o.name, ...o.profile });
    const assessmentFile = byAssessment.get(supplier.assessment!)!;
    const report = scoreAssessment(parseAssessment(readJson(assessmentFile), { catalog: lshCatalog }), lshCatalog);
    const expected = selectClauses({
      supplier: profile(supplier),
      buyer: profile(chain.organisations.find((o) => o.id === dependency.from)!),
      dependency: { kind: dependency.kind, criticality: dependency.criticality, data: dependency.data },
      report,
    });
    const out = join(tempDir(), 'pack.docx');
    const result = run(['clauses', '--chain', chainFile, '--supplier', supplier.id, '--format', 'docx', '-o', out, '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify({ schemaVersion: 1, ...expected })));
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    const text = run(['clauses', '--chain', chainFile, '--supplier', supplier.id, '--format', 'md', '-o', join(tempDir(), 'pack.md')]);
    expect(text.stdout).toContain(`supplier's score from ${assessmentFile}`);
    const without = run([
      'clauses',
      '--chain',
      chainFile,
      '--supplier',
      supplier.id,
      '--format',
      'md',
      '-o',
      join(tempDir(), 'pack.md'),
      '--assessments',
      tempDir(),
    ]);
    expect(without.status).toBe(0);
    expect(without.stderr).toContain(`lsh-cyber: note: no assessment "${supplier.assessment}" found in`);
    // The score report changes the pack: its weak domains and critical gaps give reasons of their own.
    const reasonKinds = (pack: { clauses: { reasons: { kind: string }[] }[] }) => pack.clauses.flatMap((c) => c.reasons.map((r) => r.kind));
    expect(reasonKinds(expected).some((k) => k === 'weak-domain' || k === 'critical-gap')).toBe(true);
  });
});
