#!/usr/bin/env node
// Fuzzes the document parsers of @lsh-cyber/schema: per kind, generated documents (from the zod
// schemas) and the shipped examples, mutated as JSON text, as parsed JSON values and as in-memory
// objects (getters, proxies, cycles, shared parts, class instances), plus large documents up to
// 10 MB. Prints per kind: inputs, throws that are not LshValidationError (safeParseX must never
// throw at all), prototype pollutions, and the slowest input (re-timed, median of 3).
//
//   node scripts/fuzz.mjs [--per-kind 100000] [--seed 1] [--big 60] [--kinds Catalog,ChainModel] [--progress]
//
// Outside the test command: it runs for minutes. Timings depend on the machine; the counts do not.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { register } from 'tsx/esm/api';

register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schema = await import(join(root, 'packages/schema/src/index.ts'));
const { validDocuments } = await import(join(root, 'packages/schema/test/support/documents.ts'));
const { jsonPaths } = await import(join(root, 'packages/schema/test/support/paths.ts'));

const { values: opts } = parseArgs({
  options: {
    'per-kind': { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    big: { type: 'string', default: '60' },
    kinds: { type: 'string' },
    progress: { type: 'boolean' },
  },
});
const PER_KIND = Number(opts['per-kind']);
const SEED = Number(opts.seed);
const BIG = Number(opts.big);

// mulberry32: a small seeded generator, so a run can be repeated exactly.
let state = SEED >>> 0;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (n) => Math.floor(rand() * n);
const pick = (xs) => xs[int(xs.length)];

const readExample = (file) => JSON.parse(readFileSync(join(root, 'examples', file), 'utf8'));
const examples = {
  OrganisationProfile: [readExample('organisation-profile.json')],
  Catalog: [readExample('catalog.json')],
  Assessment: ['biotech-startup', 'contract-lab', 'home-care', 'hospital-it', 'medtech-maker', 'pharmacy'].map((n) =>
    readExample(`assessments/${n}.json`),
  ),
  ScoreReport: [readExample('score-report.json')],
  ChainModel: [readExample('zuid-holland-chain.json')],
  ClauseLibrary: [readExample('region-override.clauses.json')],
};
const catalog = examples.Catalog[0];
const parsers = {
  OrganisationProfile: [schema.safeParseOrganisationProfile, schema.parseOrganisationProfile],
  Catalog: [schema.safeParseCatalog, schema.parseCatalog],
  Assessment: [(x) => schema.safeParseAssessment(x, { catalog }), (x) => schema.parseAssessment(x, { catalog })],
  ScoreReport: [schema.safeParseScoreReport, schema.parseScoreReport],
  ChainModel: [schema.safeParseChainModel, schema.parseChainModel],
  ClauseLibrary: [schema.safeParseClauseLibrary, schema.parseClauseLibrary],
};

// ---- mutations -------------------------------------------------------------------------------

const unprintable = () => ({
  toString() {
    throw new Error('no');
  },
  valueOf() {
    throw new Error('no');
  },
});
const JUNK = [
  () => null,
  () => true,
  () => 0,
  () => -0,
  () => 1.5,
  () => -1,
  () => 1e308,
  () => '',
  () => ' ',
  () => 'x',
  () => '\u0000\u001b[2J',
  () => '__proto__',
  () => 'constructor',
  () => '2026-02-30T25:00:00Z',
  () => [],
  () => ({}),
  () => [1, 'a', null],
  () => ({ __proto__: null, a: 1 }),
  () => 'x'.repeat(1 + int(30_000)),
  () => Array(int(5_000)).fill(int(3) === 0 ? {} : 1),
];
const junkValue = () => pick(JUNK)();
const MEMORY_JUNK = [
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => undefined,
  () => Symbol('s'),
  () => 10n,
  () => () => 1,
  () => new Map([[1, 2]]),
  () => new Set([1]),
  () => new Date(),
  () => /re/,
  () => new Uint8Array(4),
  () => Object.create(null),
  () => Object.freeze({ a: 1 }),
  () =>
    new (class Org {
      id = 'x';
    })(),
  () => Object.assign([1, 2], { extra: 1 }),
  // biome-ignore lint/suspicious/noSparseArray: a sparse list is a hostile input
  () => [1, , 3],
];

function setAt(doc, path, next) {
  if (path.length === 0) return next;
  let at = doc;
  for (const key of path.slice(0, -1)) at = at[key];
  const last = path[path.length - 1];
  if (next === undefined && int(2) === 0) {
    if (Array.isArray(at)) at.splice(Number(last), 1);
    else delete at[last];
  } else at[last] = next;
  return doc;
}
const getAt = (doc, path) => path.reduce((v, k) => v?.[k], doc);

/** A parsed-JSON mutation: a value replaced, removed, wrapped, or a field added. */
function mutateValue(doc) {
  const copy = structuredClone(doc);
  const paths = jsonPaths(copy);
  const n = 1 + int(3);
  let out = copy;
  for (let i = 0; i < n; i++) {
    const path = pick(paths);
    const old = getAt(out, path);
    const choice = int(6);
    if (choice === 0) out = setAt(out, path, junkValue());
    else if (choice === 1) out = setAt(out, path, undefined);
    else if (choice === 2) out = setAt(out, path, [old]);
    else if (choice === 3) out = setAt(out, path, { value: old });
    else if (choice === 4 && old && typeof old === 'object' && !Array.isArray(old)) old[pick(['colour', 'Id', 'extra', 'x'])] = 1;
    else if (choice === 5 && typeof old === 'number') out = setAt(out, path, old + pick([0.5, -1e9, 1e9, -0.1]));
  }
  return out;
}

const SNIPPETS = [
  '"__proto__":{"polluted":true},',
  '"constructor":{"prototype":{"polluted":true}},',
  '"\\u0000":1,',
  '"x":1e999,',
  '"a":[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]],',
];
/** A JSON-text mutation: bytes changed, cut, repeated, or a hostile snippet after a `{`. */
function mutateText(text) {
  const choice = int(5);
  const at = int(text.length);
  if (choice === 0) return text.slice(0, at) + String.fromCharCode(32 + int(95)) + text.slice(at + 1);
  if (choice === 1) return text.slice(0, at) + text.slice(at + 1 + int(20));
  if (choice === 2) {
    const len = 1 + int(200);
    return text.slice(0, at) + text.slice(at, at + len).repeat(1 + int(4)) + text.slice(at);
  }
  if (choice === 3) {
    const brace = text.indexOf('{', at);
    if (brace === -1) return text;
    return `${text.slice(0, brace + 1)}${pick(SNIPPETS)}${text.slice(brace + 1)}`;
  }
  return text.slice(0, at);
}

/** An in-memory mutation: a getter, a proxy, a cycle, a shared part, or a non-JSON value planted. */
function mutateMemory(doc) {
  const copy = structuredClone(doc);
  const paths = jsonPaths(copy).filter((p) => p.length > 0);
  if (paths.length === 0) return copy;
  const path = pick(paths);
  const parent = getAt(copy, path.slice(0, -1));
  const key = path[path.length - 1];
  const old = parent[key];
  const choice = int(9);
  const define = (get) => Object.defineProperty(parent, key, { enumerable: true, configurable: true, get });
  if (choice === 0) define(() => old);
  else if (choice === 1) {
    const thrown = pick([new Error('boom'), Symbol('s'), unprintable(), null, Object.create(null), 42]);
    define(() => {
      throw thrown;
    });
  } else if (choice === 2) {
    let reads = 0;
    define(() => (++reads > 1 ? copy : old)); // a different value, a cycle, on the second read
  } else if (choice === 3)
    parent[key] = copy; // a cycle to the root
  else if (choice === 4)
    parent[key] = getAt(copy, path.slice(0, -1)); // a cycle to the parent
  else if (choice === 5) {
    // A shared part: the same object twice, or an exponential DAG.
    if (int(2) === 0 && old && typeof old === 'object') parent[key] = [old, old];
    else {
      let dag = { a: 1 };
      for (let i = 0; i < 20 + int(20); i++) dag = { x: dag, y: dag };
      parent[key] = dag;
    }
  } else if (choice === 6) {
    const trap = pick(['get', 'ownKeys', 'getPrototypeOf', 'getOwnPropertyDescriptor', 'has']);
    parent[key] = new Proxy(old && typeof old === 'object' ? old : {}, {
      [trap]() {
        throw unprintable();
      },
    });
  } else if (choice === 7) parent[key] = pick(MEMORY_JUNK)();
  else parent[key] = new Proxy(Array.isArray(old) ? old : {}, { get: (t, k) => (k === 'length' ? 1e9 : Reflect.get(t, k)) });
  return copy;
}

// ---- large documents (up to about 10 MB) -------------------------------------------------------

function bigChain(n) {
  const organisations = Array.from({ length: n }, (_, i) => ({ id: `org-${i}`, name: `Organisatie ${i}`, role: 'lab', score: i % 101 }));
  const dependencies = Array.from({ length: n }, (_, i) => ({ from: `org-${i}`, to: `org-${(i * 7 + 1) % n}`, criticality: 0.5 }));
  return { schemaVersion: 1, id: 'big', name: 'Big', organisations, dependencies };
}
function bigOf(kind, base) {
  const choice = int(6);
  const target = 1 + int(9_500_000); // bytes aimed at
  if (choice === 0) return JSON.stringify(kind === 'ChainModel' ? bigChain(Math.max(2, Math.floor(target / 130))) : base);
  if (choice === 1) return `${'{"__proto__":{},"a":'.repeat(Math.floor(target / 21))}{}${'}'.repeat(Math.floor(target / 21))}`;
  if (choice === 2) return `${'['.repeat(Math.floor(target / 2))}${']'.repeat(Math.floor(target / 2))}`;
  const doc = structuredClone(base);
  const paths = jsonPaths(doc).filter((p) => p.length > 0);
  const path = pick(paths);
  const filler =
    [
      () => Array(Math.floor(target / 2)).fill(1),
      () => Array(Math.floor(target / 3)).fill({}),
      () => 'x'.repeat(target),
      () => Object.fromEntries(Array.from({ length: Math.floor(target / 12) }, (_, i) => [`k${i}`, i])),
    ][choice - 3] ?? (() => Array(Math.floor(target / 2)).fill(1));
  setAt(doc, path, filler());
  return JSON.stringify(doc);
}

// ---- running ---------------------------------------------------------------------------------

const protoNames = () => `${Object.getOwnPropertyNames(Object.prototype).length}/${Object.getOwnPropertyNames(Array.prototype).length}`;
const cleanProto = protoNames();
const polluted = () => protoNames() !== cleanProto || {}.polluted !== undefined || [].polluted !== undefined;

function sizeOf(text, value) {
  if (text !== undefined) return text.length;
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return -1; // cyclic or unreadable
  }
}

function runKind(kind) {
  const [safeParse, parse] = parsers[kind];
  const bases = [...examples[kind], ...fc.sample(validDocuments[kind], { numRuns: 400, seed: SEED })];
  const stats = { inputs: 0, notJson: 0, accepted: 0, throws: 0, pollutions: 0, firstThrow: null, slowest: [] };
  const keepSlow = (ms, label, make) => {
    stats.slowest.push({ ms, label, make });
    stats.slowest.sort((a, b) => b.ms - a.ms);
    if (stats.slowest.length > 5) stats.slowest.pop();
  };
  const once = (label, make) => {
    let input;
    try {
      input = make();
    } catch {
      stats.notJson++;
      return;
    }
    stats.inputs++;
    if (opts.progress && stats.inputs % 1000 === 0) process.stderr.write(`  ${kind}: ${stats.inputs} (${label})\n`);
    const started = performance.now();
    let result;
    try {
      result = safeParse(input);
    } catch (error) {
      stats.throws++;
      stats.firstThrow ??= `${label}: ${error?.name}: ${String(error?.message).slice(0, 200)}`;
    }
    const ms = performance.now() - started;
    if (result?.success) stats.accepted++;
    if (stats.inputs % 10 === 0) {
      try {
        parse(input);
      } catch (error) {
        if (!schema.LshValidationError.isInstance(error)) {
          stats.throws++;
          stats.firstThrow ??= `${label} (parse): ${error?.name}: ${String(error?.message).slice(0, 200)}`;
        }
      }
    }
    if (polluted()) {
      stats.pollutions++;
      for (const p of [Object.prototype, Array.prototype]) delete p.polluted;
    }
    if (stats.slowest.length < 5 || ms > stats.slowest[stats.slowest.length - 1].ms) keepSlow(ms, label, make);
  };

  for (let i = 0; stats.inputs < PER_KIND; i++) {
    const base = pick(bases);
    const way = i % 4;
    if (way === 0) {
      const text = mutateText(JSON.stringify(base));
      once(`JSON text mutation (${text.length} bytes)`, () => JSON.parse(text));
    } else if (way === 1) {
      once('parsed-JSON value mutation', () => mutateValue(base));
    } else if (way === 2) {
      once('in-memory mutation (getter, proxy, cycle, shared part, non-JSON value)', () => mutateMemory(base));
    } else {
      once('generated document, unchanged', () => structuredClone(base));
    }
  }
  for (let i = 0; i < BIG; i++) {
    const text = bigOf(kind, pick(bases));
    once(`large JSON document (${(text.length / 1e6).toFixed(1)} MB)`, () => JSON.parse(text));
  }
  // Re-time the slowest inputs: median of 3, so a pause of the machine is not taken for slowness.
  const retimed = stats.slowest.map(({ label, make }) => {
    const wall = [];
    const cpu = [];
    const build = [];
    let size = 0;
    for (let r = 0; r < 3; r++) {
      const built = performance.now();
      const input = make();
      build.push(performance.now() - built);
      size = sizeOf(undefined, input);
      const started = performance.now();
      const cpuStart = process.cpuUsage();
      try {
        safeParse(input);
      } catch {}
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      wall.push(performance.now() - started);
    }
    const median = (xs) => xs.sort((a, b) => a - b)[1];
    return { ms: median(wall), cpu: median(cpu), build: median(build), label, size };
  });
  retimed.sort((a, b) => b.ms - a.ms);
  return { ...stats, slowest: retimed[0] };
}

const kinds = Object.keys(parsers);
const only = opts.kinds?.split(',');
console.log(`fuzz: ${PER_KIND} inputs per kind + ${BIG} large ones, seed ${SEED}, node ${process.version}`);
let failed = false;
for (const kind of kinds.filter((k) => !only || only.includes(k))) {
  const started = performance.now();
  const s = runKind(kind);
  const slow = s.slowest;
  console.log(
    `${kind.padEnd(19)} inputs ${s.inputs} (accepted ${s.accepted}; ${s.notJson} mutations were not JSON), ` +
      `non-validation throws ${s.throws}, pollutions ${s.pollutions}, ` +
      `slowest ${slow.ms.toFixed(1)} ms (CPU ${slow.cpu.toFixed(1)} ms; building the input, e.g. JSON.parse, ${slow.build.toFixed(1)} ms): ` +
      `${slow.label}${slow.size > 0 ? `, ${(slow.size / 1e6).toFixed(2)} MB as JSON` : ''} ` +
      `[${((performance.now() - started) / 1000).toFixed(0)} s]`,
  );
  if (s.firstThrow) console.log(`  first throw: ${s.firstThrow}`);
  if (s.throws > 0 || s.pollutions > 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
