import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDocumentKind, parseDocument } from '../src/index.js';

const root = join(import.meta.dirname, '..', '..', '..');
const examples = join(root, 'examples');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return jsonFiles(full);
    return name.endsWith('.json') ? [full] : [];
  });
}

describe('sample documents in examples/', () => {
  const files = jsonFiles(examples);
  it('include a document of every kind', () => {
    const kinds = new Set(files.map((f) => detectDocumentKind(JSON.parse(readFileSync(f, 'utf8')))));
    expect([...kinds].sort()).toEqual(['Assessment', 'Catalog', 'ChainModel', 'ClauseLibrary', 'OrganisationProfile', 'ScoreReport']);
  });
  it.each(files.map((f) => relative(root, f)))('%s is a valid document', (file) => {
    const doc = JSON.parse(readFileSync(join(root, file), 'utf8'));
    expect(() => parseDocument(doc, { file })).not.toThrow();
  });
});
