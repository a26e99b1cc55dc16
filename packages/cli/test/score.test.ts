import { readFileSync } from 'node:fs';
import { parseAssessment, parseCatalog } from '@lsh-cyber/schema';
import { scoreAssessment } from '@lsh-cyber/scoring';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, fixture, run } from './helpers.js';

const catalogFile = fixture('mini.catalog.json');
const assessmentFile = fixture('mini-assessment.json');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('score', () => {
  it('prints the engine ScoreReport with --json, byte for byte in the documented form', () => {
    const result = run(['score', assessmentFile, '--catalog', catalogFile, '--json']);
    expect(result.status).toBe(0);
    const catalog = parseCatalog(readJson(catalogFile));
    const expected = scoreAssessment(parseAssessment(readJson(assessmentFile), { catalog }), catalog);
    expect(result.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(result.stderr).toBe('');
  });

  it('prints a readable report: bars, level, perception gap, critical gaps, measures', () => {
    const result = run(['score', assessmentFile, '--catalog', catalogFile]);
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toContain('Basisscan result: Vitalis Lab B.V.');
    expect(out).toMatch(/Overall score +█{5}░{15} +25\.0/);
    expect(out).toMatch(/Backups +░{20} +0\.0/);
    expect(out).toMatch(/Access +█{10}░{10} +50\.0/);
    expect(out).toContain('Level 2 of 5: Developing');
    expect(out).toContain('You rated yourself 4 of 5; the scan measures level 2. You overestimate your resilience by 2 levels.');
    expect(out).toContain('Critical gaps (1)');
    expect(out).toContain('Do you make offline backups? [q-backup: not in place]');
    expect(out).toContain('1. Offline backup [m-backup]');
    expect(out).toContain('2. Turn on MFA [m-mfa]');
    expect(out).not.toContain('\u001b[');
  });

  it('speaks Dutch with --lang nl', () => {
    const result = run(['score', assessmentFile, '--catalog', catalogFile, '--lang', 'nl']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Resultaat basisscan: Vitalis Lab B.V.');
    expect(result.stdout).toContain('Niveau 2 van 5: In ontwikkeling');
    expect(result.stdout).toContain('Maakt u offline back-ups?');
  });

  it('colours only when allowed: FORCE_COLOR adds colour, NO_COLOR always wins', () => {
    const coloured = run(['score', assessmentFile, '--catalog', catalogFile], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[31m');
    const plain = run(['score', assessmentFile, '--catalog', catalogFile], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  it('refuses an invalid assessment with file, path and problem, exit 1, no stack trace', () => {
    const file = fixture('broken-assessment.json');
    const result = run(['score', file, '--catalog', catalogFile]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`lsh-cyber: ${file}: not a valid Assessment (2 problems)\n`);
    expect(result.stderr).toContain(`${file}: selfRating: must be at most 5\n`);
    expectNoStackTrace(result);
  });

  it('refuses answers the catalog does not offer', () => {
    const file = fixture('wrong-answer-assessment.json');
    const result = run(['score', file, '--catalog', catalogFile]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}: answers.q-backup.value: "maybe" is not an option of this question`);
    expectNoStackTrace(result);
  });

  it('says so in one line when given another kind of document', () => {
    const file = fixture('mini-chain.json');
    const result = run(['score', file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`lsh-cyber: ${file}: is a chain model, not an assessment\n`);
  });

  it('refuses a wrong --lang and a missing file', () => {
    const lang = run(['score', assessmentFile, '--catalog', catalogFile, '--lang', 'de']);
    expect(lang.status).toBe(1);
    expect(lang.stderr).toBe('lsh-cyber: --lang must be nl or en, not "de" (see lsh-cyber score --help)\n');
    const missing = run(['score', fixture('nope.json'), '--catalog', catalogFile]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`lsh-cyber: ${fixture('nope.json')}: file not found\n`);
  });
});
