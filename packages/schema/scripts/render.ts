import { compile } from 'json-schema-to-typescript';
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../src/index.js';
import { OUTPUT_KINDS } from '../src/outputs.js';

/** Renders every JSON Schema and its TypeScript declarations, as `{ path, content }` relative to the repository root. */
export async function renderAll(): Promise<{ path: string; content: string }[]> {
  const out: { path: string; content: string }[] = [];
  for (const { file, schema } of [...DOCUMENT_KINDS, ...OUTPUT_KINDS]) {
    const json = { $id: `https://lsh-cyber.github.io/schemas/${file}.schema.json`, ...jsonSchemaFor(schema) };
    out.push({ path: `schemas/${file}.schema.json`, content: `${JSON.stringify(json, null, 2)}\n` });
    const ts = await compile(structuredClone(json) as never, String((json as Record<string, unknown>).title), {
      bannerComment: `/* Generated from schemas/${file}.schema.json by json-schema-to-typescript. Do not edit; run \`pnpm gen:schemas\`. */`,
      additionalProperties: false,
      unreachableDefinitions: false,
      strictIndexSignatures: false,
      format: true,
      ignoreMinAndMaxItems: true,
      style: { singleQuote: true },
    });
    out.push({ path: `schemas/types/${file}.d.ts`, content: ts });
  }
  return out;
}

/** The JSON Schema (draft 2020-12) of one document schema. */
export function jsonSchemaFor(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'output', reused: 'inline' }) as Record<
    string,
    unknown
  >;
}
