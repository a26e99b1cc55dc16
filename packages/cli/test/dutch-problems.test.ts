import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, fixture, run } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lsh-cyber-dutch-'));
// English words the Dutch problem lines must not hold (the paths and values are the user's own).
const ENGLISH = /\b(must|required|missing|known|field|valid|problems?|more|use|for all|at most|least|not a)\b/;
const linesOf = (text: string) => text.trim().split('\n');

describe('problems in the user’s language', () => {
  it('says a chain’s problems in Dutch with --lang nl, naming the file and the path, and in English by default', () => {
    const file = fixture('broken-chain.json');
    const nl = run(['chain', file, '--lang', 'nl']);
    expect(nl.status).toBe(1);
    expectNoStackTrace(nl);
    expect(linesOf(nl.stderr)).toEqual([
      `lsh-cyber: ${file}: is geen geldig ketenbestand (1 probleem)`,
      `${file}: dependencies.5.criticality: is te groot (hoogstens 1)`,
    ]);
    const en = run(['chain', file]);
    expect(linesOf(en.stderr)).toEqual([
      `lsh-cyber: ${file}: not a valid ChainModel (1 problem)`,
      `${file}: dependencies.5.criticality: must be at most 1`,
    ]);
  });

  it('takes Dutch from LSH_CYBER_LANG and from a Dutch locale, for validate too, and keeps --json in English with its codes', () => {
    const file = fixture('broken-assessment.json');
    const fromEnv = run(['validate', file], { env: { LSH_CYBER_LANG: 'nl' } });
    const fromLocale = run(['validate', file], { env: { LSH_CYBER_LANG: '', LANG: 'nl_NL.UTF-8' } });
    expect(fromEnv.status).toBe(1);
    expect(fromLocale.stdout).toBe(fromEnv.stdout);
    const lines = linesOf(fromEnv.stdout);
    expect(lines[0]).toBe(`✗ ${file}: is geen geldig basisscanbestand (2 problemen)`);
    for (const line of lines) expect(line.replaceAll(file, ''), line).not.toMatch(ENGLISH);
    const json = JSON.parse(run(['validate', file, '--json'], { env: { LSH_CYBER_LANG: 'nl' } }).stdout);
    expect(json.files[0].issues.map((i: { message: string; code: string }) => [i.code, i.message])).toEqual(
      JSON.parse(run(['validate', file, '--json']).stdout).files[0].issues.map((i: { message: string; code: string }) => [
        i.code,
        i.message,
      ]),
    );
    expect(run(['validate', fixture('mini-chain.json'), '--lang', 'nl']).stdout).toBe(
      `✓ ${fixture('mini-chain.json')}: geldig ketenbestand\n`,
    );
  });

  it('counts a long list in Dutch and says how many --json lists', () => {
    const m = JSON.parse(readFileSync(fixture('mini-chain.json'), 'utf8')) as { organisations: Record<string, unknown>[] };
    for (let i = 0; i < 1500; i++) m.organisations.push({ id: `x${i}`, name: '', role: 'x', score: 200 });
    const file = join(dir, 'capped.json');
    writeFileSync(file, JSON.stringify(m));
    const lines = linesOf(run(['chain', file, '--lang', 'nl']).stderr);
    expect(lines[0]).toBe(`lsh-cyber: ${file}: is geen geldig ketenbestand (1992 problemen)`);
    expect(lines).toContain(`${file}: organisations.4.name: is te kort (minstens 1 teken)`);
    expect(lines.at(-1)).toBe('… en nog 1972 (gebruik lsh-cyber validate --json voor de eerste 1000)');
    for (const line of lines) expect(line.replaceAll(file, ''), line).not.toMatch(ENGLISH);
  });

  it('says the problems of a CSV pair in Dutch at their file, line and column', () => {
    const orgs = fixture('csv/broken-organisations.csv');
    const result = run(['chain', orgs, fixture('csv/dependencies.csv'), '--lang', 'nl']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `lsh-cyber: is geen geldig ketenbestand (2 problemen)\n${orgs}:2:score: is te groot (hoogstens 100)\n${orgs}:3:score: moet een getal zijn, niet tekst\n`,
    );
  });

  it('refuses a wrong --lang in English, the language it could not read', () => {
    const result = run(['validate', fixture('mini-chain.json'), '--lang', 'fr']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--lang must be nl or en, not "fr"');
  });
});
