import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../scripts/render.js';

const root = join(import.meta.dirname, '..', '..', '..');

/** Walks a JSON Schema and yields the path of every property schema without a description. */
function undescribed(schema: unknown, path: string, defs: Record<string, unknown>, out: string[]): void {
  if (typeof schema !== 'object' || schema === null) return;
  const s = schema as Record<string, unknown>;
  const props = s.properties as Record<string, Record<string, unknown>> | undefined;
  if (props) {
    for (const [key, prop] of Object.entries(props)) {
      const ref = typeof prop.$ref === 'string' ? defs[prop.$ref.replace('#/$defs/', '')] : undefined;
      const described = typeof prop.description === 'string' || (ref && typeof (ref as Record<string, unknown>).description === 'string');
      if (!described) out.push(`${path}.${key}`);
      undescribed(prop, `${path}.${key}`, defs, out);
    }
  }
  for (const key of ['items', 'additionalProperties']) undescribed(s[key], `${path}[]`, defs, out);
  for (const key of ['anyOf', 'oneOf', 'allOf']) for (const x of (s[key] as unknown[] | undefined) ?? []) undescribed(x, path, defs, out);
}

describe('generated JSON Schemas and types', () => {
  it('are up to date with the zod schemas (run `pnpm gen:schemas` when this fails)', async () => {
    for (const { path, content } of await renderAll()) {
      expect(readFileSync(join(root, path), 'utf8'), path).toBe(content);
    }
  });

  it('are draft 2020-12 with $id, title, and a description on every property', async () => {
    const files = (await renderAll()).filter((f) => f.path.endsWith('.schema.json'));
    expect(files).toHaveLength(15);
    for (const { path, content } of files) {
      const schema = JSON.parse(content) as Record<string, unknown>;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(/^https:\/\/lsh-cyber\.github\.io\/schemas\/[a-z-]+\.schema\.json$/);
      expect(typeof schema.title).toBe('string');
      expect(typeof schema.description).toBe('string');
      const defs = (schema.$defs ?? {}) as Record<string, unknown>;
      const missing: string[] = [];
      undescribed(schema, path, defs, missing);
      for (const [name, def] of Object.entries(defs)) undescribed(def, `${path}#${name}`, defs, missing);
      expect(missing).toEqual([]);
    }
  });
});
