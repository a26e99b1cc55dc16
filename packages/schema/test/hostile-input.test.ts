import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INPUT_LIMITS,
  LshValidationError,
  parseDocument,
  problemCount,
  safeParseAssessment,
  safeParseCatalog,
  safeParseChainModel,
  safeParseClauseLibrary,
  safeParseOrganisationProfile,
  safeParseScoreReport,
} from '../src/index.js';
import { checkInputBounds, ProblemList } from '../src/input-bounds.js';
import { validDocuments } from './support/documents.js';
import { issuesOf } from './support/issues.js';
import { jsonPaths } from './support/paths.js';

const chainWith = (organisations: unknown, dependencies: unknown = []) => ({
  schemaVersion: 1,
  id: 'c',
  name: 'C',
  organisations,
  dependencies,
});

describe('documents that are not trees of plain data', () => {
  it('refuses a cycle with the path where the document refers back to itself', () => {
    const doc = chainWith([]) as { organisations: unknown[] };
    doc.organisations.push(doc);
    expect(issuesOf(safeParseChainModel(doc))).toEqual([
      {
        path: 'organisations.0',
        message: 'is the same object as another part of the document (a cycle or a shared part); a document must be a tree',
      },
    ]);
  });

  it('refuses shared parts once each, without walking them again (no exponential blow-up)', () => {
    let shared: unknown = { a: 1 };
    for (let i = 0; i < 60; i++) shared = { x: shared, y: shared };
    const issues = issuesOf(safeParseCatalog({ questions: [shared] }));
    // One problem per level where the second branch meets an object already seen; the flat
    // innermost object may be shared (it is copied like any value).
    expect(issues).toHaveLength(59);
    expect(issues.every((i) => i.path.endsWith('.y') && i.message.includes('shared part'))).toBe(true);
  });

  it('accepts a flat object shared by several parts, as an embedding app builds one', () => {
    const profile = { region: 'NL-ZH' };
    const organisations = ['a', 'b'].map((id) => ({ id, name: id, role: 'lab', profile }));
    expect(safeParseChainModel(chainWith(organisations)).success).toBe(true);
  });

  it('refuses functions, symbols, bigints, Maps, Dates and class instances without reading inside them', () => {
    class Org {
      id = 'x';
    }
    const doc = chainWith([new Org(), new Map(), new Date(0)], [() => 1, Symbol('s'), 1n]);
    expect(issuesOf(safeParseChainModel(doc)).map((i) => `${i.path}: ${i.message.replace(/^.*, not /, '')}`)).toEqual([
      'organisations.0: an object with a class',
      'organisations.1: a Map',
      'organisations.2: a Date',
      'dependencies.0: a function',
      'dependencies.1: a symbol',
      'dependencies.2: a bigint',
    ]);
  });

  it('turns getters and proxy traps that throw anything, even values that cannot become text, into problems', () => {
    const unprintable = {
      toString() {
        throw new Error('no');
      },
    };
    for (const thrown of [new Error('boom'), Symbol('s'), unprintable, null, Object.create(null)]) {
      const doc = chainWith([]);
      Object.defineProperty(doc, 'name', {
        enumerable: true,
        get() {
          throw thrown;
        },
      });
      const [issue] = issuesOf(safeParseChainModel(doc));
      expect(issue?.path).toBe('name');
      expect(issue?.message).toMatch(/^could not be read: /);
    }
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw unprintable;
        },
      },
    );
    expect(issuesOf(safeParseChainModel(chainWith([trap])))).toEqual([
      { path: 'organisations.0', message: 'could not be read: a value that cannot be shown' },
    ]);
    expect(() => parseDocument(trap)).toThrow(LshValidationError);
  });

  it('stops at the depth bound with one problem, however deep the document goes', () => {
    let deep: unknown = {};
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    const issues = issuesOf(safeParseCatalog(deep));
    expect(issues).toEqual([{ path: Array(INPUT_LIMITS.depth).fill('a').join('.'), message: 'is nested more than 64 levels deep' }]);
  });

  it('reports nested __proto__ keys with short paths only down to the depth bound (no quadratic output)', () => {
    const text = `${'{"__proto__":{},"a":'.repeat(30_000)}{}${'}'.repeat(30_000)}`;
    const error = issuesOf(safeParseCatalog(JSON.parse(text)));
    expect(error).toHaveLength(INPUT_LIMITS.depth + 1);
    expect(error[0]).toEqual({ path: '__proto__', message: 'the key "__proto__" is not allowed' });
    expect(error.map((i) => i.path.length).reduce((a, b) => a + b, 0)).toBeLessThan(200_000);
  });

  it('bounds the number of values: beyond the limit the walk stops with one problem', () => {
    const problems = new ProblemList();
    checkInputBounds({ list: Array(1000).fill(0) }, problems, { ...INPUT_LIMITS, nodes: 500 });
    expect(problems.toIssues()).toEqual([
      { path: '', message: 'holds more than 500 values, the most a document may hold', code: 'too-many-values', params: { maximum: 500 } },
    ]);
  });
});

describe('many problems', () => {
  it('lists the first problems of 100,000 empty organisations and counts the rest, with a note on what was checked', () => {
    const issues = issuesOf(safeParseChainModel(chainWith(Array.from({ length: 100_000 }, () => ({})))));
    expect(issues).toHaveLength(INPUT_LIMITS.problems + 2);
    expect(issues[0]).toEqual({ path: 'organisations.0.id', message: 'is required but missing' });
    expect(issues.at(-2)).toEqual({ path: '', message: 'and 2,000 more problems not listed (the first 1000 are listed)' });
    expect(issues.at(-1)?.message).toMatch(/^only the first 1,000 items of each list/);
  });

  it('says how many problems a capped list stands for (problemCount): listed ones, the counted rest, not the note', () => {
    const result = safeParseChainModel(chainWith(Array.from({ length: 100_000 }, () => ({}))));
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues;
    expect(issues.at(-1)).toMatchObject({ code: 'checked-part', params: { entries: INPUT_LIMITS.checkedEntries } });
    expect(problemCount(issues)).toBe(INPUT_LIMITS.problems + 2_000);
    expect(problemCount([{ code: 'required' }, { code: 'more-problems', params: { count: 41 } }])).toBe(42);
    expect(problemCount([])).toBe(0);
  });

  it('refuses a million wrong-typed list items with a bounded list of problems', () => {
    const issues = issuesOf(safeParseChainModel(chainWith(Array(1_000_000).fill(1))));
    expect(issues[0]).toEqual({ path: 'organisations.0', message: 'must be an object, not 1' });
    expect(issues.length).toBeLessThanOrEqual(INPUT_LIMITS.problems + 2);
  });

  it('refuses a huge list where a number belongs by its type', () => {
    const issues = issuesOf(safeParseScoreReport({ overall: Array(1_000_000).fill('x') }));
    expect(issues).toContainEqual({ path: 'overall', message: 'must be a number, not a list' });
  });

  it('finds a problem that lies beyond the first items checked', () => {
    const organisations = Array.from({ length: 5000 }, (_, i) => ({ id: `o${i}`, name: `O ${i}`, role: 'lab' }));
    organisations[4321] = { id: 'o4321', name: '', role: 'lab' };
    expect(issuesOf(safeParseChainModel(chainWith(organisations)))).toEqual([
      { path: 'organisations.4321.name', message: 'must not be empty' },
    ]);
  });

  it('names the value when a whole number is expected', () => {
    const issues = issuesOf(safeParseScoreReport({ counts: { questions: 1.5 } }));
    expect(issues).toContainEqual({ path: 'counts.questions', message: 'must be a whole number, not 1.5' });
  });
});

describe('in-memory documents with getters, cycles and shared parts', () => {
  const hostile = fc.constantFrom<(v: unknown) => unknown>(
    (v) => {
      const o: Record<string, unknown> = {};
      Object.defineProperty(o, 'x', { enumerable: true, get: () => v });
      return o;
    },
    () => {
      const o: Record<string, unknown> = {};
      Object.defineProperty(o, 'x', {
        enumerable: true,
        get() {
          throw Object.create(null);
        },
      });
      return o;
    },
    (v) => {
      const o: Record<string, unknown> = { v };
      o.self = o;
      return o;
    },
    (v) => [v, v, { v }],
    (v) => new Proxy({ v }, { get: () => v }),
  );
  const safeParsers = {
    OrganisationProfile: safeParseOrganisationProfile,
    Catalog: safeParseCatalog,
    Assessment: safeParseAssessment,
    ScoreReport: safeParseScoreReport,
    ChainModel: safeParseChainModel,
    ClauseLibrary: safeParseClauseLibrary,
  } as const;
  it.each(Object.keys(safeParsers) as (keyof typeof safeParsers)[])('safeParse%s never throws, whatever is planted', (kind) => {
    fc.assert(
      fc.property(validDocuments[kind], fc.nat(), hostile, (doc, pick, make) => {
        const path = jsonPaths(doc)[pick % jsonPaths(doc).length]!;
        const holder: Record<string | number, unknown> = { root: structuredClone(doc) };
        let at = holder;
        let last: string | number = 'root';
        for (const key of path) {
          at = at[last] as Record<string | number, unknown>;
          last = key;
        }
        at[last] = make(at[last]);
        const result = safeParsers[kind](holder.root);
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
