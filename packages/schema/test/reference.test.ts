import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GDPR_ARTICLES,
  ISO27001_ANNEX_A_CONTROLS,
  ISO27001_CLAUSES,
  MDR_IVDR_PROVISIONS,
  NIS2_ARTICLES,
  NIST_CSF_SUBCATEGORIES,
  NL_HEALTH_LAW_PROVISIONS,
  STANDARD_EDITIONS,
} from '../src/index.js';

const referenceDir = join(import.meta.dirname, '..', '..', '..', 'reference');
const ids = (file: string) =>
  readFileSync(join(referenceDir, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[0]!);

describe('official identifier lists', () => {
  it('ISO/IEC 27001:2022 Annex A controls equal reference/iso27001-2022-annex-a.txt', () => {
    expect(ISO27001_ANNEX_A_CONTROLS).toEqual(ids('iso27001-2022-annex-a.txt'));
    expect(ISO27001_ANNEX_A_CONTROLS).toHaveLength(93);
  });
  it('NIST CSF 2.0 subcategories equal reference/nist-csf-2.0-subcategories.txt', () => {
    expect(NIST_CSF_SUBCATEGORIES).toEqual(ids('nist-csf-2.0-subcategories.txt'));
    expect(NIST_CSF_SUBCATEGORIES).toHaveLength(106);
  });
  it.each([
    ['nis2-articles.txt', NIS2_ARTICLES, ['20', '21(2)(a)', '21(2)(j)', '23', '23(4)(a)']],
    ['gdpr-articles.txt', GDPR_ARTICLES, ['5(1)(e)', '9', '28(3)', '30', '32', '33', '34', '35', '36', '37']],
    ['iso27001-2022-clauses.txt', ISO27001_CLAUSES, ['6.1.2', '8.2', '9.3']],
    ['mdr-ivdr.txt', MDR_IVDR_PROVISIONS, ['MDR Art. 10', 'MDR Art. 87', 'MDR Annex I 17.2', 'IVDR Art. 82']],
    ['standards.txt', STANDARD_EDITIONS, ['NEN 7510-1:2024', 'NEN 7510-2:2024', 'NEN 7512:2022', 'NEN 7513:2018']],
    ['nl-health-law.txt', NL_HEALTH_LAW_PROVISIONS, ['Wkkgz art. 11(1)(a)', 'Begz art. 5(1)']],
  ] as const)('the citable identifiers equal the first column of reference/%s', (file, list, musts) => {
    expect(list).toEqual(ids(file));
    expect(new Set(list).size).toBe(list.length);
    for (const id of musts) expect(list).toContain(id);
  });
  it('has no 2017 edition of NEN 7510 to cite', () => {
    expect(STANDARD_EDITIONS.filter((s) => s.startsWith('NEN 7510') && !s.endsWith(':2024'))).toEqual([]);
  });
});
