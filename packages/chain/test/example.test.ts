import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromCsv } from '../src/io/csv.js';
import { parseChainJson } from '../src/io/json.js';
import { propagate } from '../src/propagate-api.js';
import { singlePointsOfFailure } from '../src/single-points-of-failure.js';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../../examples/${path}`, import.meta.url)), 'utf8');

describe('examples/zuid-holland-chain.json', () => {
  const model = parseChainJson(read('zuid-holland-chain.json'), { file: 'zuid-holland-chain.json' });

  it('is a valid chain of 40 to 80 organisations with the sample assessments linked', () => {
    expect(model.organisations.length).toBeGreaterThanOrEqual(40);
    expect(model.organisations.length).toBeLessThanOrEqual(80);
    const linked = Object.fromEntries(model.organisations.filter((o) => o.assessment).map((o) => [o.id, o.assessment]));
    expect(linked).toEqual({
      'wierbloem-bio': 'asm-wierbloem-bio',
      'cardiomed-devices': 'asm-cardiomed-devices',
      'apotheek-zeehaven': 'asm-apotheek-zeehaven',
      'thuiszorg-lindenhof': 'asm-thuiszorg-lindenhof',
      'deltalab-research': 'asm-deltalab-research',
      'ziekenhuis-westerhaven': 'asm-ziekenhuis-westerhaven',
    });
    for (const id of Object.keys(linked)) expect(model.organisations.find((o) => o.id === id)!.score).toBeTypeOf('number');
    const roles = new Set(model.organisations.map((o) => o.role));
    for (const role of [
      'university-medical-centre',
      'hospital',
      'biotech',
      'cro',
      'lab',
      'pharmacy',
      'home-care',
      'wholesaler',
      'ehr-vendor',
      'lims-vendor',
      'cloud',
      'managed-it',
      'device-maker',
      'logistics',
    ]) {
      expect(roles).toContain(role);
    }
    expect(model.dependencies.some((d) => d.group !== undefined)).toBe(true);
  });

  it('has weak links that hold others back, and single points of failure', () => {
    const result = propagate(model);
    const lowered = result.toJSON().organisations.filter((o) => o.effective < o.own);
    expect(lowered.length).toBeGreaterThan(3);
    expect(singlePointsOfFailure(result).organisations.length).toBeGreaterThan(3);
  });

  it('matches its CSV version in examples/chain-csv', () => {
    const csv = fromCsv(
      { organisations: read('chain-csv/organisations.csv'), dependencies: read('chain-csv/dependencies.csv') },
      { id: model.id, name: model.name },
    );
    // CSV has no chain description, and an empty list is an empty cell, the same as no list.
    const { $schema: _schema, description: _description, ...rest } = model;
    const withoutEmptyLists = JSON.parse(JSON.stringify(rest, (_k, v) => (Array.isArray(v) && v.length === 0 ? undefined : v)));
    expect(csv).toEqual(withoutEmptyLists);
  });
});
