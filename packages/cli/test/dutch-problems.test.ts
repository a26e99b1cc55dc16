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

  it('says in Dutch what is wrong with a file itself: missing, not JSON, of another kind, an output that exists', () => {
    const nl = (args: string[]) => run([...args, '--lang', 'nl']);
    const missing = join(dir, 'nergens.json');
    expect(nl(['score', missing]).stderr).toBe(`lsh-cyber: ${missing}: bestand niet gevonden\n`);
    const notJson = fixture('not-json.json');
    expect(nl(['score', notJson]).stderr).toMatch(
      new RegExp(`^lsh-cyber: ${notJson}: is geen geldige JSON: .* \\(regel 7, kolom 1\\)\\n$`),
    );
    const chain = fixture('mini-chain.json');
    expect(nl(['score', chain]).stderr).toBe(`lsh-cyber: ${chain}: is een ketenbestand, geen basisscanbestand\n`);
    const out = join(dir, 'eigen-contract.md');
    writeFileSync(out, 'mijn eigen tekst\n');
    const refused = nl(['clauses', '--chain', fixture('clauses-chain.json'), '--supplier', 'ehr', '--format', 'md', '-o', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`lsh-cyber: ${out}: bestaat al; geef --force om het te overschrijven\n`);
    expect(readFileSync(out, 'utf8')).toBe('mijn eigen tekst\n');
    const unread = nl(['validate', missing]);
    expect(linesOf(unread.stdout)).toEqual([
      `✗ ${missing}: is geen geldig lsh-cyber-bestand (1 probleem)`,
      `${missing}: (bestand): bestand niet gevonden`,
    ]);
    // --json keeps the English message, whatever the language.
    expect(JSON.parse(nl(['validate', missing, '--json']).stdout).files[0].issues).toEqual([{ path: '', message: 'file not found' }]);
  });

  it('asks in Dutch for the catalog an assessment answers, and notes in Dutch that its answers were not checked', () => {
    const file = fixture('mini-assessment.json');
    const score = run(['score', file, '--lang', 'nl']);
    expect(score.status).toBe(1);
    expect(score.stderr).toMatch(
      new RegExp(
        `^lsh-cyber: ${file}: beantwoordt vragenlijst "mini" 1\\.0\\.0, die niet is ingebouwd \\(ingebouwd: .+\\); geef de vragenlijst met --catalog <bestand>\\n$`,
      ),
    );
    const validated = run(['validate', file, '--lang', 'nl']);
    expect(validated.status).toBe(0);
    expect(linesOf(validated.stdout)).toEqual([
      `✓ ${file}: geldig basisscanbestand`,
      `  ${file}: opmerking: beantwoordt vragenlijst "mini", die niet is ingebouwd: de antwoorden zijn niet gecontroleerd (geef --catalog <bestand>)`,
    ]);
    const json = JSON.parse(run(['validate', file, '--lang', 'nl', '--json']).stdout);
    expect(json.files[0].notes).toEqual(['answers catalog "mini", which is not built in: answers not checked (pass --catalog <file>)']);
  });

  it('refuses a wrong --lang in English, the language it could not read', () => {
    const result = run(['validate', fixture('mini-chain.json'), '--lang', 'fr']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--lang must be nl or en, not "fr"');
  });
});
