import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '@lsh-cyber/schema';

/** The repository root, three levels above this file. */
export const repoRoot = join(import.meta.dirname, '..', '..', '..');

/** Reads one of the official identifier lists in `reference/`: one id per line (before a tab, if any), `#` comments. */
export function officialIds(file: string): Set<string> {
  const text = readFileSync(join(repoRoot, 'reference', file), 'utf8');
  return new Set(
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split('\t')[0]!),
  );
}

/** A bilingual text found somewhere in a catalog, with a path for error messages. */
export interface FoundText {
  path: string;
  nl: string;
  en: string;
}

/** Every `{ nl, en }` text in a catalog, wherever it sits. */
export function allTexts(catalog: Catalog): FoundText[] {
  const found: FoundText[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, `${path}.${i}`);
      });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.nl === 'string' && typeof record.en === 'string' && Object.keys(record).length === 2) {
      found.push({ path, nl: record.nl, en: record.en });
      return;
    }
    for (const [k, v] of Object.entries(record)) walk(v, path === '' ? k : `${path}.${k}`);
  };
  walk(catalog, '');
  return found;
}
