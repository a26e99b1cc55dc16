import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCsv, toGexf, toGraphml } from '@lsh-cyber/chain';
import { type ChainModel, parseChainModel } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, fixture, run } from './helpers.js';

const chainFile = fixture('mini-chain.json');
const chainText = readFileSync(chainFile, 'utf8');
const model = (): ChainModel => parseChainModel(JSON.parse(chainText));
const dir = mkdtempSync(join(tmpdir(), 'lsh-cyber-real-input-'));
const analysis = (args: string[], input?: string) => {
  const result = run(['chain', ...args, '--json'], input === undefined ? {} : { input });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as { chain: Record<string, unknown>; organisations: unknown[] };
};

describe('files as Unix tools speak them', () => {
  it('reads a chain from standard input with -', () => {
    expect(analysis(['-'], chainText).organisations).toEqual(analysis([chainFile]).organisations);
  });

  it('reads an assessment from standard input with -', () => {
    const assessment = readFileSync(fixture('mini-assessment.json'), 'utf8');
    const fromFile = run(['score', fixture('mini-assessment.json'), '--catalog', fixture('mini.catalog.json'), '--json']);
    const fromStdin = run(['score', '-', '--catalog', fixture('mini.catalog.json'), '--json'], { input: assessment });
    expect(fromStdin.status, fromStdin.stderr).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('writes a clause pack to standard output with -o -, the summary to stderr', () => {
    const result = run(['clauses', '--chain', fixture('clauses-chain.json'), '--supplier', 'ehr', '--format', 'md', '-o', '-']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^# /);
    expect(result.stderr).toContain('standard output');
  });

  it('reads GEXF and GraphML by extension, and from standard input with --format', () => {
    const gexf = join(dir, 'chain.gexf');
    const graphml = join(dir, 'chain.graphml');
    writeFileSync(gexf, toGexf(model()));
    writeFileSync(graphml, toGraphml(model()));
    const expected = analysis([chainFile]).organisations;
    expect(analysis([gexf]).organisations).toEqual(expected);
    expect(analysis([graphml]).organisations).toEqual(expected);
    expect(analysis(['-', '--format', 'graphml'], toGraphml(model())).organisations).toEqual(expected);
    const bad = run(['chain', gexf, '--format', 'xlsx']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--format must be one of');
  });

  it('refuses a GEXF file of 50,000 unknown entities in a few lines naming the file, not a line per entity', () => {
    const file = join(dir, 'entities.gexf');
    const label = Array.from({ length: 50_000 }, (_, i) => `&bogus${i % 50};`).join('');
    writeFileSync(
      file,
      `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="${label}"/></nodes><edges/></graph></gexf>`,
    );
    const result = run(['chain', file]);
    expect(result.status).toBe(1);
    expectNoStackTrace(result);
    const lines = result.stderr.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(25);
    expect(lines[1]).toContain('is not well-formed XML, as GEXF must be');
    expect(lines[1]).toContain('entities.gexf');
    expect(lines[0]).toContain('(50000 problems)');
    // The 20 lines are every problem any output lists; the rest is a count, so no --json hint.
    expect(lines.at(-1)).toBe('… and 49980 more');
    expect(result.stdout).toBe('');
  });

  it('reads a ";" CSV pair with decimal commas, as Dutch Excel writes it, and says how many dependencies repeat', () => {
    const m = model();
    m.dependencies.push({ ...m.dependencies[0]!, criticality: 0.5 });
    const files = toCsv(m, { dialect: 'excel-nl' });
    expect(files.dependencies).toContain(';0,5;');
    const orgs = join(dir, 'organisations.csv');
    const deps = join(dir, 'dependencies.csv');
    writeFileSync(orgs, files.organisations);
    writeFileSync(deps, files.dependencies);
    const out = analysis([orgs, deps]);
    expect(out.chain.repeatedDependencies).toBe(1);
    expect(out.chain.dependencies).toBe(m.dependencies.length);
    const text = run(['chain', orgs, deps, '--lang', 'en']);
    expect(text.stdout).toContain('1 dependency repeats an earlier one between the same two organisations');
  });

  it('prints the first 20 problems and says how many more there are', () => {
    const m = model() as unknown as { organisations: Record<string, unknown>[] };
    for (let i = 0; i < 45; i++) m.organisations.push({ id: `x${i}`, name: 'X', role: 'x', score: 200 });
    const file = join(dir, 'many-problems.json');
    writeFileSync(file, JSON.stringify(m));
    const result = run(['chain', file]);
    expect(result.status).toBe(1);
    expectNoStackTrace(result);
    const lines = result.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('.score: '))).toHaveLength(20);
    expect(lines.at(-1)).toBe('… and 25 more (use lsh-cyber validate --json for all)');
    const validate = run(['validate', file]);
    expect(validate.stdout).toContain('… and 25 more (use --json for all)');
    expect(JSON.parse(run(['validate', file, '--json']).stdout).files[0].issues).toHaveLength(45);
  });

  it('says how many --json lists when the list of problems was itself capped', () => {
    const m = model() as unknown as { organisations: Record<string, unknown>[] };
    // Two problems each: past the 1,000 problems any list holds, within the 1,000 entries checked.
    for (let i = 0; i < 1500; i++) m.organisations.push({ id: `x${i}`, name: '', role: 'x', score: 200 });
    const file = join(dir, 'capped-problems.json');
    writeFileSync(file, JSON.stringify(m));
    const result = run(['chain', file]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toContain('(1992 problems)');
    expect(lines.at(-1)).toBe('… and 1972 more (use lsh-cyber validate --json for the first 1000)');
    const json = JSON.parse(run(['validate', file, '--json']).stdout).files[0].issues as { code?: string }[];
    expect(json.filter((i) => i.code !== 'more-problems' && i.code !== 'checked-part')).toHaveLength(1000);
  });
});
