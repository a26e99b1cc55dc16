import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChainModelSchema,
  DOCUMENT_KINDS,
  INPUT_LIMITS,
  ScoreReportSchema,
  safeParseChainModel,
  safeParseScoreReport,
} from '../src/index.js';
import { ProblemList, walkInput } from '../src/input-bounds.js';
import { guideOf } from '../src/input-guide.js';
import { validDocuments } from './support/documents.js';
import { issuesOf } from './support/issues.js';
import { replaceAt } from './support/paths.js';

const report = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('../../../examples/score-report.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const organisations = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, name: `O ${i}`, role: 'lab' }));
const NOTE = `only the first ${INPUT_LIMITS.checkedEntries.toLocaleString('en-GB')} items of each list and entries of each object were checked for more problems; fix these and check again`;

describe('a refusal costs what is checked, not the size of the document', () => {
  it('refuses a score report of 2,700,000 empty contributions with their first problems and a count of the rest', () => {
    const doc = report();
    doc.contributions = Array.from({ length: 2_700_000 }, () => ({}));
    const issues = issuesOf(safeParseScoreReport(doc));
    // The contributions of the first 1,000 lack their 10 fields each: 1,000 listed, 9,000 counted.
    expect(issues.slice(0, 3)).toEqual([
      { path: 'contributions.0.questionId', message: 'is required but missing' },
      { path: 'contributions.0.domain', message: 'is required but missing' },
      { path: 'contributions.0.answer', message: 'is required but missing' },
    ]);
    expect(issues).toHaveLength(INPUT_LIMITS.problems + 2);
    expect(issues.at(-2)).toEqual({ path: '', message: 'and 9,000 more problems not listed (the first 1000 are listed)' });
    expect(issues.at(-1)).toEqual({ path: '', message: NOTE });
    // The walk read no more than the contributions it checked.
    const walk = walkInput(doc, new ProblemList(), { guide: guideOf(ScoreReportSchema) });
    expect(walk.partial).toBe(true);
    expect(walk.nodes).toBeLessThan(20_000);
  });

  it('refuses a list or object where a number belongs by its kind, without reading what it holds', () => {
    const doc = report();
    const inside: Record<string, unknown> = {};
    for (let i = 0; i < 1000; i++) inside[`k${i}`] = i;
    Object.defineProperty(inside, 'trap', {
      enumerable: true,
      get() {
        throw new Error('read');
      },
    });
    doc.overall = inside;
    doc.selfRating = Array(1_000_000).fill('x');
    expect(issuesOf(safeParseScoreReport(doc))).toEqual([
      { path: 'overall', message: 'must be a number, not an object' },
      { path: 'selfRating', message: 'must be a number, not a list' },
    ]);
    const walk = walkInput(doc, new ProblemList(), { guide: guideOf(ScoreReportSchema) });
    expect(walk.skipped).toBe(true);
    expect(walk.nodes).toBeLessThan(5_000);
  });

  it('once a document is known invalid, checks only the first entries of each list (a problem beyond them is not looked for)', () => {
    const orgs: Record<string, unknown>[] = organisations(5000);
    orgs[4321] = JSON.parse('{"__proto__":{},"id":"o4321","name":"x","role":"lab"}') as Record<string, unknown>;
    // The unknown key comes first, so the walk knows the chain is invalid before it reaches the list.
    const doc = { extra: 1, schemaVersion: 1, id: 'c', name: 'C', organisations: orgs, dependencies: [] };
    expect(issuesOf(safeParseChainModel(doc))).toEqual([
      { path: 'extra', message: 'is not a known field (check the spelling)' },
      { path: '', message: NOTE },
    ]);
    // With the unknown key last, the list is walked up to the forbidden key, which is reported;
    // from there on the rest of the list is not checked either.
    const late = { schemaVersion: 1, id: 'c', name: 'C', organisations: orgs, dependencies: [], extra: 1 };
    expect(issuesOf(safeParseChainModel(late))).toEqual([
      { path: 'organisations.4321.__proto__', message: 'the key "__proto__" is not allowed' },
      { path: '', message: NOTE },
    ]);
  });

  it('names a missing field found beyond the first entries checked, and stops there', () => {
    const orgs: Record<string, unknown>[] = organisations(300_000);
    orgs[4321] = { id: 'o4321' };
    const doc = { schemaVersion: 1, id: 'c', name: 'C', organisations: orgs, dependencies: [] };
    expect(issuesOf(safeParseChainModel(doc))).toEqual([
      { path: 'organisations.4321.name', message: 'is required but missing' },
      { path: 'organisations.4321.role', message: 'is required but missing' },
      { path: '', message: NOTE },
    ]);
    const walk = walkInput(doc, new ProblemList(), { guide: guideOf(ChainModelSchema) });
    expect(walk.nodes).toBeLessThan(30_000);
  });

  it('refuses an object of 700,000 unknown keys with the first 1,000 listed', () => {
    const doc = report();
    const level: Record<string, number> = {};
    for (let i = 0; i < 700_000; i++) level[`k${i}`] = i;
    doc.level = level;
    const issues = issuesOf(safeParseScoreReport(doc));
    expect(issues[0]).toEqual({ path: 'level.k0', message: 'is not a known field (check the spelling)' });
    expect(issues).toHaveLength(INPUT_LIMITS.problems + 1);
    expect(issues.at(-1)).toEqual({ path: '', message: NOTE });
  });
});

describe('the guide', () => {
  const kinds = DOCUMENT_KINDS.filter((k) => k.kind in validDocuments);
  it.each(kinds.map((k) => [k.kind, k] as const))('never finds a problem in a valid %s', (kind, { schema }) => {
    fc.assert(
      fc.property(validDocuments[kind as keyof typeof validDocuments], (doc) => {
        const walk = walkInput(doc, new ProblemList(), { guide: guideOf(schema) });
        expect(walk.finding).toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  const junk = fc.oneof(
    fc.constantFrom(null, true, 0, 1.5, -1, '', 'x', [], {}, [1, 'a'], { a: 1 }, { value: 'x' }),
    fc.jsonValue({ maxDepth: 2 }),
  );
  it.each(kinds.map((k) => [k.kind, k] as const))('finds a problem in a %s only where zod finds one too', (kind, { schema }) => {
    fc.assert(
      fc.property(validDocuments[kind as keyof typeof validDocuments], fc.nat(), junk, (doc, pick, value) => {
        const changed = replaceAt(doc, pick, () => value);
        const walk = walkInput(changed, new ProblemList(), { guide: guideOf(schema) });
        if (walk.finding) expect(schema.safeParse(changed).success).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
