import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exposure, generateChain, propagate, singlePointsOfFailure } from '@lsh-cyber/chain';
import { parseChainModel } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace, fixture, run, tempDir } from './helpers.js';

const chainFile = fixture('mini-chain.json');
const model = () => parseChainModel(JSON.parse(readFileSync(chainFile, 'utf8')));

describe('chain', () => {
  it('prints JSON that matches the engines: all effective scores, exposure, single points of failure', () => {
    const result = run(['chain', chainFile, '--json', '--top', '3']);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(result.stdout).toBe(`${JSON.stringify(out, null, 2)}\n`);
    const propagated = propagate(model());
    expect(Object.keys(out)).toEqual(['schemaVersion', 'chain', 'top', 'lowest', 'exposure', 'singlePointsOfFailure', 'organisations']);
    expect(out.schemaVersion).toBe(1);
    expect(out.chain).toEqual({
      id: 'mini-chain',
      name: 'Mini chain',
      organisations: 4,
      dependencies: 4,
      repeatedDependencies: 0,
      assessed: 3,
      unknownScore: 50,
    });
    expect(out.top).toBe(3);
    expect(out.organisations).toEqual(propagated.toJSON().organisations);
    expect(out.exposure).toEqual(exposure(propagated).slice(0, 3));
    expect(out.singlePointsOfFailure).toEqual(singlePointsOfFailure(propagated, { limit: 3 }));
    expect(out.lowest.map((o: { id: string }) => o.id)).toEqual(['cloud-a', 'hospital', 'ehr']);
    expect(out.lowest[1]).toEqual({ ...propagated.get('hospital'), path: propagated.path('hospital') });
  });

  it('prints the lowest effective scores with their explanation, who holds the chain back, and single points of failure', () => {
    const result = run(['chain', chainFile]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('4 organisations, 4 dependencies, 3 with an own score.');
    expect(result.stdout).toMatch(/Ziekenhuis Noord \(hospital\) +█{6}░{4} effective 60, own 80\n {4}held back by: ehr\n/);
    expect(result.stdout).toMatch(/EHR Vendor \(ehr\) +binds 1 organisation, together losing 20 points \(own 60\)/);
    expect(result.stdout).toContain('Single points of failure (2)');
    expect(result.stdout).toContain(
      'Ziekenhuis Noord (hospital) → EHR Vendor (ehr): criticality 1; if the supplier fails, the dependant drops 60 points',
    );
    expect(result.stderr).toBe('');
  });

  it('shows progress on stderr when asked, never on stdout', () => {
    const result = run(['chain', chainFile, '--json'], { env: { LSH_CYBER_PROGRESS: '1' } });
    expect(result.status).toBe(0);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    expect(result.stderr).toContain('lsh-cyber: [1/5] reading and checking the chain');
    expect(result.stderr).toContain('[5/5] testing each organisation for a single point of failure');
    const quiet = run(['chain', chainFile, '--quiet'], { env: { LSH_CYBER_PROGRESS: '1' } });
    expect(quiet.stderr).toBe('');
  });

  it('refuses a broken chain with file, path and problem', () => {
    const file = fixture('broken-chain.json');
    const result = run(['chain', file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `lsh-cyber: ${file}: not a valid ChainModel (1 problem)\n${file}: dependencies.5.criticality: must be at most 1\n`,
    );
    expectNoStackTrace(result);
  });

  it('lists every broken reference of a chain', () => {
    const file = fixture('bad-refs-chain.json');
    const result = run(['chain', file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      [
        `lsh-cyber: ${file}: not a valid ChainModel (2 problems)`,
        `${file}: dependencies.4.to: organisation "hospital" cannot depend on itself`,
        `${file}: dependencies.5.from: refers to organisation "ghost", which the chain does not have`,
        '',
      ].join('\n'),
    );
  });

  it('reads a chain from organisations.csv and dependencies.csv', () => {
    const csv = run(['chain', fixture('csv/organisations.csv'), fixture('csv/dependencies.csv'), '--json']);
    expect(csv.status).toBe(0);
    const fromCsv = JSON.parse(csv.stdout);
    const fromJson = JSON.parse(run(['chain', chainFile, '--json']).stdout);
    expect(fromCsv.chain).toEqual({ ...fromJson.chain, id: 'csv-chain', name: 'organisations.csv + dependencies.csv' });
    expect(fromCsv.organisations).toEqual(fromJson.organisations);
    expect(fromCsv.singlePointsOfFailure).toEqual(fromJson.singlePointsOfFailure);
    const text = run(['chain', fixture('csv/organisations.csv'), fixture('csv/dependencies.csv')]);
    expect(text.stdout).toContain('EHR Vendor, Inc. (ehr)');
  });

  it('refuses a broken CSV chain naming the file, line and column', () => {
    const file = fixture('csv/broken-organisations.csv');
    const result = run(['chain', file, fixture('csv/dependencies.csv')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `lsh-cyber: not a valid ChainModel (2 problems)\n${file}:2:score: must be at most 100\n${file}:3:score: must be a number from 0 to 100\n`,
    );
    expectNoStackTrace(result);
  });

  it('refuses a bad --top and too many files', () => {
    const top = run(['chain', chainFile, '--top', '0']);
    expect(top.status).toBe(1);
    expect(top.stderr).toContain('--top must be a whole number from 1 to 100000, not "0"');
    const many = run(['chain', chainFile, chainFile, chainFile]);
    expect(many.status).toBe(1);
    expect(many.stderr).toContain('too many arguments');
  });

  it('finds the same single points of failure in worker threads as in one thread', () => {
    const generated = generateChain({ organisations: 3000, dependencies: 15_000, seed: 8 });
    const file = join(tempDir(), 'generated.json');
    writeFileSync(file, JSON.stringify(generated));
    const expected = singlePointsOfFailure(propagate(generated), { limit: 25 });
    expect(expected.organisations.length).toBe(25);
    for (const threads of ['1', '2', '3']) {
      const result = run(['chain', file, '--json', '--top', '25', '--threads', threads]);
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout).singlePointsOfFailure).toEqual(expected);
    }
    const bad = run(['chain', file, '--threads', '0']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--threads must be a whole number from 1 to 64, not "0"');
  });
});
