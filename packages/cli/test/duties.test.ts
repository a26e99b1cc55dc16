import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applicability, deadlines, firstAidCard, renderFirstAidCard, suppliersFromChain } from '@lsh-cyber/duties';
import { describe, expect, it } from 'vitest';
import { example, expectNoStackTrace, run, tempDir } from './helpers.js';

const hospitalFile = example('assessments/hospital-it.json');
const hospital = { schemaVersion: 1, ...JSON.parse(readFileSync(hospitalFile, 'utf8')).organisation };
const chainFile = example('zuid-holland-chain.json');

describe('duties', () => {
  it('prints the applicability of a sample organisation with its reasons', () => {
    const result = run(['duties', hospitalFile]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('NIS2: yes, as an essential entity');
    expect(result.stdout).toContain('GDPR: controller');
    expect(result.stdout).toContain('Annex I point 5, first indent');
  });
  it('prints the engine output with --json, and reads an organisation profile document', () => {
    const result = run(['duties', example('organisation-profile.json'), '--json']);
    expect(result.status).toBe(0);
    const profile = JSON.parse(readFileSync(example('organisation-profile.json'), 'utf8'));
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify({ schemaVersion: 1, ...applicability(profile) })));
  });
  it('names the file, the field and the problem for an invalid profile', () => {
    const dir = tempDir();
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        id: 'x',
        name: 'X',
        subsector: 'hospital',
        sizeClass: 'small',
        data: [],
        certifications: [],
        headcount: -3,
      }),
    );
    const result = run(['duties', file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}: headcount: must not be negative`);
    expectNoStackTrace(result);
  });
});

describe('deadlines', () => {
  it('prints every clock on Amsterdam time, and the engine output with --json', () => {
    const dir = tempDir();
    const incidentFile = join(dir, 'incident.json');
    const incident = { awareAt: '2026-10-24T12:00:00+02:00', significant: true, personalData: true };
    writeFileSync(incidentFile, JSON.stringify(incident));
    const text = run(['deadlines', hospitalFile, '--incident', incidentFile, '--lang', 'nl']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/uiterlijk zondag 25 oktober 2026.*11:00 \(CET\)/);
    expect(text.stdout).toContain('Vroegtijdige waarschuwing');
    expect(text.stdout).toContain('voorlopig');
    const json = run(['deadlines', hospitalFile, '--incident', incidentFile, '--json']);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify({ schemaVersion: 1, deadlines: deadlines(hospital, incident) })));
  });
  it('names the incident file and each bad field', () => {
    const dir = tempDir();
    const incidentFile = join(dir, 'incident.json');
    writeFileSync(incidentFile, JSON.stringify({ awareAt: 'yesterday', significant: 'yes' }));
    const result = run(['deadlines', hospitalFile, '--incident', incidentFile]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${incidentFile}: incident.awareAt: must be a date and time with time zone`);
    expect(result.stderr).toContain(`${incidentFile}: incident.significant: must be true or false`);
    expectNoStackTrace(result);
  });
  it('asks for --incident', () => {
    const result = run(['deadlines', hospitalFile]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('missing --incident');
  });
});

describe('ehbo', () => {
  it('writes the card with the organisation’s own suppliers from the chain', () => {
    const dir = tempDir();
    const out = join(dir, 'kaart.html');
    const result = run(['ehbo', hospitalFile, '--chain', chainFile, '--format', 'html', '-o', out, '--lang', 'nl']);
    expect(result.status).toBe(0);
    const chain = JSON.parse(readFileSync(chainFile, 'utf8'));
    const card = firstAidCard(hospital, { suppliers: suppliersFromChain(chain, hospital.id) });
    expect(readFileSync(out, 'utf8')).toBe(renderFirstAidCard(card, { locale: 'nl', format: 'html' }));
    expect(result.stdout).toContain('EHBO-kaart voor Ziekenhuis Westerhaven');
  });
  it('writes Word and Markdown', () => {
    const dir = tempDir();
    expect(run(['ehbo', hospitalFile, '--format', 'docx', '-o', join(dir, 'k.docx')]).status).toBe(0);
    expect(readFileSync(join(dir, 'k.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(run(['ehbo', hospitalFile, '--format', 'md', '-o', join(dir, 'k.md'), '--insurer', 'Polderpolis']).status).toBe(0);
    expect(readFileSync(join(dir, 'k.md'), 'utf8')).toContain('**Polderpolis**');
  });
  it('never overwrites without --force', () => {
    const dir = tempDir();
    const out = join(dir, 'mine.html');
    writeFileSync(out, 'my own notes');
    const result = run(['ehbo', hospitalFile, '--format', 'html', '-o', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${out}: already exists; pass --force to overwrite it`);
    expect(readFileSync(out, 'utf8')).toBe('my own notes');
    expect(run(['ehbo', hospitalFile, '--format', 'html', '-o', out, '--force']).status).toBe(0);
  });
  it('refuses a chain without the organisation and a wrong format, writing nothing', () => {
    const dir = tempDir();
    const out = join(dir, 'k.html');
    const chain = run([
      'ehbo',
      example('organisation-profile.json').replace('organisation-profile', 'assessments/contract-lab'),
      '--chain',
      chainFile,
      '--format',
      'pdf',
      '-o',
      out,
    ]);
    expect(chain.status).toBe(1);
    expect(chain.stderr).toContain('--format must be html, docx or md');
    expect(existsSync(out)).toBe(false);
  });
  it('shows its help', () => {
    const result = run(['ehbo', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: lsh-cyber ehbo');
  });
});
