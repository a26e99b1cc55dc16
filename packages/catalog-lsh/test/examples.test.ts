import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAssessment } from '@lsh-cyber/schema';
import { describe, expect, it } from 'vitest';
import { lshCatalog } from '../src/index.js';

const dir = join(import.meta.dirname, '..', '..', '..', 'examples', 'assessments');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const read = (f: string): unknown => JSON.parse(readFileSync(join(dir, f), 'utf8'));

// Other packages, the CLI and the demo refer to these organisations by id.
const EXPECTED: Record<string, { org: string; selfRating: number }> = {
  'biotech-startup.json': { org: 'wierbloem-bio', selfRating: 4 },
  'medtech-maker.json': { org: 'cardiomed-devices', selfRating: 4 },
  'pharmacy.json': { org: 'apotheek-zeehaven', selfRating: 3 },
  'home-care.json': { org: 'thuiszorg-lindenhof', selfRating: 3 },
  'contract-lab.json': { org: 'deltalab-research', selfRating: 3 },
  'hospital-it.json': { org: 'ziekenhuis-westerhaven', selfRating: 4 },
};

describe('examples/assessments', () => {
  it('holds the six sample organisations', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s is a valid assessment of lsh-basisscan 2.0.0', (f) => {
    const a = parseAssessment(read(f), { catalog: lshCatalog, file: f });
    const expected = EXPECTED[f]!;
    expect(a.organisation.id).toBe(expected.org);
    expect(a.id).toBe(`asm-${expected.org}`);
    expect(a.selfRating).toBe(expected.selfRating);
    expect(a.catalog).toEqual({ id: 'lsh-basisscan', version: '2.0.0' });
    expect(a.createdAt.startsWith('2026-')).toBe(true);
    expect(a.createdAt <= a.updatedAt).toBe(true);
  });

  it.each(files)('%s answers every question that applies to the organisation, and none that does not', (f) => {
    const a = parseAssessment(read(f), { catalog: lshCatalog });
    const applies = lshCatalog.questions.filter(
      (q) =>
        (!q.appliesTo?.subsectors || q.appliesTo.subsectors.includes(a.organisation.subsector)) &&
        (!q.appliesTo?.sizeClasses || q.appliesTo.sizeClasses.includes(a.organisation.sizeClass)),
    );
    expect(Object.keys(a.answers).sort()).toEqual(applies.map((q) => q.id).sort());
  });

  it('lets the biotech start-up show the gaps the study found: no MFA on e-mail, only a sync folder, many unknowns', () => {
    const a = parseAssessment(read('biotech-startup.json'), { catalog: lshCatalog });
    expect(a.answers['access.mfa-email']?.value).toBe('none');
    expect(a.answers['backup.coverage']?.value).toBe('none');
    expect(a.answers['backup.coverage']?.note).toMatch(/cloudmap/);
    expect(Object.values(a.answers).filter((x) => x.value === 'unknown').length).toBeGreaterThanOrEqual(10);
  });
});
