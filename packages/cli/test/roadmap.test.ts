import { readFileSync } from 'node:fs';
import { CSV_DIALECTS, parseAssessment, parseCatalog, readCsv, unmarkText } from '@lsh-cyber/schema';
import { planRoadmap, scoreAssessment } from '@lsh-cyber/scoring';
import { describe, expect, it } from 'vitest';
import { FORMULA_PAYLOADS, isFormulaCell } from '../../schema/test/support/formula-payloads.js';
import { renderRoadmapCsv } from '../src/render/roadmap-text.js';
import { expectNoStackTrace, fixture, run } from './helpers.js';

const catalogFile = fixture('mini.catalog.json');
const assessmentFile = fixture('mini-assessment.json');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const base = ['roadmap', assessmentFile, '--catalog', catalogFile];

describe('roadmap', () => {
  it('prints the engine roadmap with --json', () => {
    const result = run([...base, '--budget', '700', '--years', '2', '--json']);
    expect(result.status).toBe(0);
    const catalog = parseCatalog(readJson(catalogFile));
    const assessment = parseAssessment(readJson(assessmentFile), { catalog });
    const expected = planRoadmap(scoreAssessment(assessment, catalog), catalog, {
      budgetPerYear: 700,
      years: 2,
      sizeClass: assessment.organisation.sizeClass,
    });
    expect(result.stdout).toBe(`${JSON.stringify({ schemaVersion: 1, ...expected }, null, 2)}\n`);
  });

  it('prints CSV with one row per planned measure', () => {
    const result = run([...base, '--budget', '1000', '--years', '1', '--csv']);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'status,year,order,measure,title,audience,one_off_eur,yearly_eur,first_year_eur,effort_days,addresses,as_prerequisite,risk_reduction,projected_overall,projected_level',
    );
    expect(lines.filter((l) => l.startsWith('planned,1,')).map((l) => l.split(',')[3])).toEqual(['m-backup', 'm-mfa']);
    expect(lines.at(-1)).toBe('');
  });

  it('writes excel-nl CSV for Dutch (";", decimal comma, BOM) unless --csv-dialect says rfc4180', () => {
    const nl = run([...base, '--budget', '1000', '--years', '1', '--csv', '--lang', 'nl']);
    expect(nl.status).toBe(0);
    expect(nl.stdout.startsWith('\ufeffstatus;year;order;')).toBe(true);
    const rows = readCsv(nl.stdout).records.map((r) => r.cells);
    expect(rows.filter((r) => r[0] === 'planned').map((r) => r[3])).toEqual(['m-backup', 'm-mfa']);
    const rfc = run([...base, '--budget', '1000', '--years', '1', '--csv', '--lang', 'nl', '--csv-dialect', 'rfc4180']);
    expect(rfc.stdout.startsWith('status,year,order,')).toBe(true);
    const bad = run([...base, '--budget', '1000', '--years', '1', '--csv', '--csv-dialect', 'excel']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--csv-dialect must be excel-nl or rfc4180');
  });

  it("neutralises every formula payload in a catalog's measure titles, in both dialects", () => {
    const catalog = parseCatalog(readJson(catalogFile));
    const assessment = parseAssessment(readJson(assessmentFile), { catalog });
    for (const payload of FORMULA_PAYLOADS) {
      const evil = structuredClone(catalog);
      for (const m of evil.measures) m.title = { nl: payload, en: payload };
      const roadmap = planRoadmap(scoreAssessment(assessment, evil), evil, { budgetPerYear: 1000, years: 1 });
      for (const dialect of CSV_DIALECTS) {
        const cells = readCsv(renderRoadmapCsv(roadmap, 'en', dialect)).records.flatMap((r) => r.cells);
        for (const cell of cells) expect(isFormulaCell(cell), `${dialect} ${JSON.stringify(cell)}`).toBe(false);
        expect(cells.filter((c) => unmarkText(c) === payload).length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps to the budget: measures that do not fit are listed as not planned', () => {
    const result = run([...base, '--budget', '400', '--years', '1']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Not planned within this budget');
    expect(result.stdout).toContain('Offline backup [m-backup]');
  });

  it('refuses missing or malformed --budget and --years, and --json with --csv', () => {
    const cases: [string[], string][] = [
      [[...base, '--years', '2'], 'missing --budget'],
      [[...base, '--budget', '100'], 'missing --years'],
      [[...base, '--budget', 'lots', '--years', '2'], '--budget must be a number from 0 to'],
      [[...base, '--budget', '100', '--years', '2.5'], '--years must be a whole number from 1 to 20, not "2.5"'],
      [[...base, '--budget', '100', '--years', '2', '--json', '--csv'], 'choose --json or --csv, not both'],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(message);
      expectNoStackTrace(result);
    }
  });
});
