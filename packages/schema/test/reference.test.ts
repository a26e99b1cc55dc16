import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISO27001_ANNEX_A_CONTROLS, NIST_CSF_SUBCATEGORIES } from '../src/index.js';

const referenceDir = join(import.meta.dirname, '..', '..', '..', 'reference');
const ids = (file: string) =>
  readFileSync(join(referenceDir, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

describe('official identifier lists', () => {
  it('ISO/IEC 27001:2022 Annex A controls equal reference/iso27001-2022-annex-a.txt', () => {
    expect(ISO27001_ANNEX_A_CONTROLS).toEqual(ids('iso27001-2022-annex-a.txt'));
    expect(ISO27001_ANNEX_A_CONTROLS).toHaveLength(93);
  });
  it('NIST CSF 2.0 subcategories equal reference/nist-csf-2.0-subcategories.txt', () => {
    expect(NIST_CSF_SUBCATEGORIES).toEqual(ids('nist-csf-2.0-subcategories.txt'));
    expect(NIST_CSF_SUBCATEGORIES).toHaveLength(106);
  });
});
