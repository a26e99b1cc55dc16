import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderClausePack, selectClauses } from '@lsh-cyber/clauses';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, fixture, run, tempDir } from './helpers.js';

const chainFile = fixture('clauses-chain.json');
const chain = JSON.parse(readFileSync(chainFile, 'utf8'));
const org = (id: string) => {
  const o = chain.organisations.find((x: { id: string }) => x.id === id);
  return { id: o.id, name: o.name, ...o.profile };
};

describe('clauses', () => {
  it('writes the engine pack as Markdown for the most critical dependant when no buyer is given', () => {
    const dir = tempDir();
    const out = join(dir, 'pack.md');
    const result = run(['clauses', '--chain', chainFile, '--supplier', 'ehr', '--format', 'md', '-o', out]);
    expect(result.status).toBe(0);
    // hospital and clinic both depend on ehr at 0.9; the first in the file wins.
    const pack = selectClauses({
      supplier: org('ehr'),
      buyer: org('hospital'),
      dependency: { kind: 'saas', criticality: 0.9, data: ['patient'] },
    });
    expect(readFileSync(out, 'utf8')).toBe(renderClausePack(pack, { locale: 'en', format: 'markdown' }));
    expect(result.stdout).toContain(`Wrote ${out} (${pack.clauses.length} clauses).`);
    expect(result.stdout).toContain('Buyer Ziekenhuis Noord, supplier EHR Vendor <b>&</b>');
    expect(readdirSync(dir)).toEqual(['pack.md']);
  });

  it('uses --buyer, writes HTML in Dutch and prints the pack with --json', () => {
    const dir = tempDir();
    const out = join(dir, 'pack.html');
    const result = run([
      'clauses',
      '--chain',
      chainFile,
      '--supplier',
      'ehr',
      '--buyer',
      'lab',
      '--format',
      'html',
      '-o',
      out,
      '--lang',
      'nl',
      '--json',
    ]);
    expect(result.status).toBe(0);
    const pack = selectClauses({ supplier: org('ehr'), buyer: org('lab'), dependency: { kind: 'saas', criticality: 0.5 } });
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify({ schemaVersion: 1, ...pack })));
    const html = readFileSync(out, 'utf8');
    expect(html).toBe(renderClausePack(pack, { locale: 'nl', format: 'html' }));
    expect(html).not.toContain('<b>&</b>');
  });

  it('writes the one-page checklist of the supplier terms with --checklist', () => {
    const dir = tempDir();
    const out = join(dir, 'checklist.md');
    const result = run(['clauses', '--chain', chainFile, '--supplier', 'ehr', '--format', 'md', '-o', out, '--checklist']);
    expect(result.status).toBe(0);
    const pack = selectClauses({
      supplier: org('ehr'),
      buyer: org('hospital'),
      dependency: { kind: 'saas', criticality: 0.9, data: ['patient'] },
    });
    expect(readFileSync(out, 'utf8')).toBe(renderClausePack(pack, { locale: 'en', format: 'markdown', mode: 'checklist' }));
    expect(readFileSync(out, 'utf8')).toContain('Checklist for the standard terms of');
  });

  it('writes a .docx that is a zip package', () => {
    const out = join(tempDir(), 'pack.docx');
    const result = run(['clauses', '--chain', chainFile, '--supplier', 'ehr', '--format', 'docx', '-o', out]);
    expect(result.status).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });

  it('never overwrites an existing file without --force, and leaves it untouched', () => {
    const dir = tempDir();
    const out = join(dir, 'contract.md');
    writeFileSync(out, 'my own contract text\n');
    const refused = run(['clauses', '--chain', chainFile, '--supplier', 'ehr', '--format', 'md', '-o', out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`lsh-cyber: ${out}: already exists; pass --force to overwrite it\n`);
    expect(readFileSync(out, 'utf8')).toBe('my own contract text\n');
    expect(readdirSync(dir)).toEqual(['contract.md']);
    const forced = run(['clauses', '--chain', chainFile, '--supplier', 'ehr', '--format', 'md', '-o', out, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('EHR Vendor');
    expect(readdirSync(dir)).toEqual(['contract.md']);
  });

  it('refuses unknown organisations, a buyer that does not depend on the supplier, and a bad format', () => {
    const out = join(tempDir(), 'pack.md');
    const cases: [string[], string][] = [
      [
        ['--supplier', 'nobody', '--format', 'md'],
        `lsh-cyber: ${chainFile}: has no organisation "nobody" (--supplier); organisations include: lab, hospital, clinic, ehr\n`,
      ],
      [['--supplier', 'ehr', '--buyer', 'ghost', '--format', 'md'], `lsh-cyber: ${chainFile}: has no organisation "ghost" (--buyer)`],
      [['--supplier', 'lab', '--format', 'md'], `lsh-cyber: ${chainFile}: the chain has no organisation that depends on "lab"`],
      [['--supplier', 'ehr', '--buyer', 'ehr', '--format', 'md'], `lsh-cyber: ${chainFile}: the chain has no dependency of "ehr" on "ehr"`],
      [
        ['--supplier', 'ehr', '--format', 'pdf'],
        'lsh-cyber: --format must be md, html or docx, not "pdf" (see lsh-cyber clauses --help)\n',
      ],
    ];
    for (const [args, message] of cases) {
      const result = run(['clauses', '--chain', chainFile, '-o', out, ...args]);
      expect(result.status).toBe(1);
      expect(result.stderr.startsWith(message)).toBe(true);
      expectNoStackTrace(result);
      expect(existsSync(out)).toBe(false);
    }
    const missing = run(['clauses', '--chain', chainFile, '--supplier', 'ehr', '--format', 'md']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('missing --output (-o)');
  });

  it('refuses to write into a directory that does not exist', () => {
    const out = join(tempDir(), 'no-such-dir', 'pack.md');
    const result = run(['clauses', '--chain', chainFile, '--supplier', 'ehr', '--format', 'md', '-o', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${out}: cannot be written: directory`);
    expectNoStackTrace(result);
  });
});
