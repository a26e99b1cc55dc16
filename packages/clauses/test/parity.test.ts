import { describe, expect, it } from 'vitest';
import { clauseLibrary as library } from '../src/library.js';

/**
 * Meaning-bearing legal terms and their agreed translation. Where one text uses the term, the other
 * uses its counterpart: "ontbinden" (rescission, art. 6:265 BW, which undoes performance under
 * art. 6:271) is never rendered as "terminate", which is "opzeggen".
 */
const TERMS: readonly [nl: RegExp, en: RegExp][] = [
  [/ontbind|ontbinding/i, /rescind|rescission/i],
  [/opzeg/i, /terminat/i],
  [/opschort/i, /suspend(?!ed)|suspension/i],
  [/ingebrekestelling/i, /notice of default/i],
  [/verwerkingsverantwoordelijke/i, /\bcontroller\b/i],
  [/subverwerker/i, /sub-processor/i],
  [/aansprakelijk/i, /\bliab/i],
  [/schadevergoeding/i, /compensation|damages/i],
  [/Beveiligingsincident/, /Security Incident/],
  [/leidinggevenden/i, /managerial staff/i],
];

const placeholders = (s: string) => [...s.matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => m[1]).sort();
/** Numbers as written in the text (articles, years, amounts), with placeholders removed. */
const numbers = (s: string) =>
  [...s.replace(/\{\{[^{}]*\}\}/g, '').matchAll(/\d+(?:[.:/]\d+)*/g)]
    .map((m) => m[0])
    .filter((n) => n !== '1')
    .sort();

const fields = (c: (typeof library.clauses)[number]) =>
  [
    ['title', c.title],
    ['body', c.body],
    ['plain', c.plain],
    ['checklist', c.checklist],
    ['fallback', c.negotiation?.fallback],
  ] as const;

describe('Dutch and English texts say the same', () => {
  it.each(library.clauses.map((c) => [c.id, c] as const))('%s: same placeholders and numbers in every field', (_id, c) => {
    for (const [name, text] of fields(c)) {
      if (!text) continue;
      expect(placeholders(text.nl), `${name} placeholders`).toEqual(placeholders(text.en));
      expect(numbers(text.nl), `${name} numbers`).toEqual(numbers(text.en));
    }
  });

  it.each(library.clauses.map((c) => [c.id, c] as const))('%s: meaning-bearing terms have their counterpart', (_id, c) => {
    for (const [nl, en] of TERMS) {
      for (const field of ['title', 'body'] as const)
        expect(nl.test(c[field].nl), `${field}: ${nl} in Dutch vs ${en} in English`).toBe(en.test(c[field].en));
    }
  });

  it('renders "ontbinden" as "rescind", never as "terminate"', () => {
    const t = library.clauses.find((c) => c.id === 'termination')!;
    expect(t.body.nl).toMatch(/ontbinden of met onmiddellijke ingang opzeggen/);
    expect(t.body.en).toMatch(/rescind the Agreement in whole or in part, or terminate it with immediate effect/);
    const law = library.clauses.find((c) => c.id === 'governing-law')!;
    for (const l of ['nl', 'en'] as const) expect(law.body[l]).toContain('rescind is ontbinden, terminate is opzeggen');
  });

  it('reads every yes/no value as a sentence, never "required: no"', () => {
    for (const c of library.clauses)
      for (const p of c.params) {
        expect(p.type, `${c.id}.${p.name}`).not.toBe('boolean');
      }
  });
});
