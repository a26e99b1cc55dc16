#!/usr/bin/env node
// Fuzzes the document parsers of @lsh-cyber/schema: per kind, generated documents (from the zod
// schemas) and the shipped examples, mutated as JSON text, as parsed JSON values and as in-memory
// objects (getters, proxies, cycles, shared parts, class instances), plus large documents up to
// 10 MB. Prints per kind: inputs, throws that are not LshValidationError (safeParseX must never
// throw at all), prototype pollutions, and the slowest input (re-timed, median of 3).
//
//   node scripts/fuzz.mjs [--per-kind 100000] [--seed 1] [--big 60] [--kinds Catalog,ChainModel] [--workers 2] [--progress]
//
// The work of each kind is split over `--workers` processes (each with its own seed, so together
// they run `--per-kind` different inputs); the table adds up their counts and keeps the slowest.
// What is timed is the `safeParseX` call on a value already built (for JSON inputs: after
// JSON.parse, whose time is shown apart as "building the input").
//
// Outside the test command: it runs for minutes. Timings depend on the machine; the counts do not.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
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
    workers: { type: 'string', default: '2' },
    'worker-index': { type: 'string' },
    progress: { type: 'boolean' },
  },
});
const WORKERS = Math.max(1, Number(opts.workers));
const WORKER = opts['worker-index'] === undefined ? null : Number(opts['worker-index']);
// Each worker runs its share, from its own seed.
const share = (n) => (WORKER === null ? n : Math.ceil(n / WORKERS));
const PER_KIND = share(Number(opts['per-kind']));
const SEED = Number(opts.seed);
const BIG = share(Number(opts.big));

// mulberry32: a small seeded generator, so a run can be repeated exactly.
let state = (SEED + 7919 * (WORKER ?? 0)) >>> 0;
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
// The example assessments answer the LSH catalog: they are checked against it, generated ones
// (which answer no real catalog) on their own.
const lshCatalog = JSON.parse(readFileSync(join(root, 'packages/catalog-lsh/content/lsh.catalog.json'), 'utf8'));
examples.Catalog.push(lshCatalog);
const withCatalog = new WeakSet(examples.Assessment);
const parsers = {
  OrganisationProfile: [schema.safeParseOrganisationProfile, schema.parseOrganisationProfile],
  Catalog: [schema.safeParseCatalog, schema.parseCatalog],
  Assessment: [
    (x, base) => schema.safeParseAssessment(x, withCatalog.has(base) ? { catalog: lshCatalog } : {}),
    (x, base) => schema.parseAssessment(x, withCatalog.has(base) ? { catalog: lshCatalog } : {}),
  ],
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
/** A large JSON text of about 1 byte to 9.5 MB, and what it holds. */
function bigOf(kind, base) {
  const choice = int(7);
  const target = 1 + int(9_500_000); // bytes aimed at
  if (choice === 0) {
    if (kind !== 'ChainModel') return { text: JSON.stringify(base), what: 'a generated document' };
    const n = Math.max(2, Math.floor(target / 130));
    return { text: JSON.stringify(bigChain(n)), what: `a valid chain of ${n} organisations` };
  }
  const n = Math.floor(target / 21);
  if (choice === 1) return { text: `${'{"__proto__":{},"a":'.repeat(n)}{}${'}'.repeat(n)}`, what: `${n} nested __proto__ keys` };
  if (choice === 2) return { text: `${'['.repeat(Math.floor(target / 2))}${']'.repeat(Math.floor(target / 2))}`, what: 'nested lists' };
  const doc = structuredClone(base);
  const paths = jsonPaths(doc).filter((p) => p.length > 0);
  const path = pick(paths);
  const [what, filler] = [
    [`a list of ${Math.floor(target / 2)} numbers`, () => Array(Math.floor(target / 2)).fill(1)],
    [`a list of ${Math.floor(target / 3)} empty objects`, () => Array(Math.floor(target / 3)).fill({})],
    [`a text of ${target} characters`, () => 'x'.repeat(target)],
    // A key and its value, `"k123456":123456,`, take about 17 bytes.
    [
      `an object of ${Math.floor(target / 17)} keys`,
      () => Object.fromEntries(Array.from({ length: Math.floor(target / 17) }, (_, i) => [`k${i}`, i])),
    ],
  ][choice - 3];
  setAt(doc, path, filler());
  return { text: JSON.stringify(doc), what: `${what} at ${path.join('.') || '(document)'}` };
}

// ---- running ---------------------------------------------------------------------------------

const protoNames = () => `${Object.getOwnPropertyNames(Object.prototype).length}/${Object.getOwnPropertyNames(Array.prototype).length}`;
const cleanProto = protoNames();
const polluted = () => protoNames() !== cleanProto || {}.polluted !== undefined || [].polluted !== undefined;

/**
 * About how many bytes `value` takes as JSON, or -1 when it is not a tree of readable data (a
 * cycle, a shared part, a getter that throws): JSON.stringify would loop, or take exponential time
 * on a shared part repeated 40 levels deep. Counts at most 64 MB.
 */
function sizeOf(value) {
  const seen = new Set();
  const stack = [value];
  let bytes = 0;
  try {
    while (stack.length > 0 && bytes < 64e6) {
      const v = stack.pop();
      if (typeof v === 'string') bytes += v.length + 3;
      else if (v === null || typeof v !== 'object') bytes += String(v).length + 1;
      else {
        if (seen.has(v)) return -1;
        seen.add(v);
        const keys = Object.keys(v);
        bytes += 2 + (Array.isArray(v) ? 0 : keys.reduce((n, k) => n + k.length + 3, 0));
        for (const k of keys) stack.push(v[k]);
      }
    }
  } catch {
    return -1;
  }
  return bytes;
}

/** `make` replayed from the same random state, so a re-timing builds the very same input. */
function replayable(make) {
  const at = (rand() * 4294967296) >>> 0;
  return () => {
    state = at;
    return make();
  };
}

function runKind(kind) {
  const [safeParseOf, parseOf] = parsers[kind];
  const bases = [...examples[kind], ...fc.sample(validDocuments[kind], { numRuns: 400, seed: SEED })];
  const stats = { inputs: 0, notJson: 0, accepted: 0, throws: 0, pollutions: 0, firstThrow: null, slowest: [] };
  const keepSlow = (ms, label, make, base) => {
    stats.slowest.push({ ms, label, make, base });
    stats.slowest.sort((a, b) => b.ms - a.ms);
    if (stats.slowest.length > 5) stats.slowest.pop();
  };
  const once = (label, make, base) => {
    const safeParse = (x) => safeParseOf(x, base);
    const parse = (x) => parseOf(x, base);
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
    if (stats.slowest.length < 5 || ms > stats.slowest[stats.slowest.length - 1].ms) keepSlow(ms, label, () => make(), base);
  };

  for (let i = 0; stats.inputs < PER_KIND; i++) {
    const base = pick(bases);
    const way = i % 4;
    if (way === 0) {
      const text = mutateText(JSON.stringify(base));
      once(`JSON text mutation (${text.length} bytes)`, () => JSON.parse(text), base);
    } else if (way === 1) {
      once(
        'parsed-JSON value mutation',
        replayable(() => mutateValue(base)),
        base,
      );
    } else if (way === 2) {
      once(
        'in-memory mutation (getter, proxy, cycle, shared part, non-JSON value)',
        replayable(() => mutateMemory(base)),
        base,
      );
    } else {
      once('generated document, unchanged', () => structuredClone(base), base);
    }
  }
  for (let i = 0; i < BIG; i++) {
    const base = pick(bases);
    const { text, what } = bigOf(kind, base);
    once(`large JSON document (${(text.length / 1e6).toFixed(1)} MB: ${what})`, () => JSON.parse(text), base);
  }
  // Re-time the slowest inputs: median of 3, so a pause of the machine is not taken for slowness.
  // Replaying an input rewinds the random state; it is put back afterwards, so that which inputs
  // were slowest (a matter of timing) never changes the inputs of the kinds that follow.
  const going = state;
  const retimed = stats.slowest.map(({ label, make, base }) => {
    const wall = [];
    const cpu = [];
    const build = [];
    let size = 0;
    for (let r = 0; r < 3; r++) {
      const built = performance.now();
      const input = make();
      build.push(performance.now() - built);
      size = sizeOf(input);
      const started = performance.now();
      const cpuStart = process.cpuUsage();
      try {
        safeParseOf(input, base);
      } catch {}
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      wall.push(performance.now() - started);
    }
    const median = (xs) => xs.sort((a, b) => a - b)[1];
    return { ms: median(wall), cpu: median(cpu), build: median(build), label, size };
  });
  state = going;
  retimed.sort((a, b) => b.ms - a.ms);
  return { ...stats, slowest: retimed[0] };
}

/** Runs this process's share of every kind, one JSON line per kind on stdout. */
function runWorker(kinds) {
  for (const kind of kinds) {
    const started = performance.now();
    const s = runKind(kind);
    console.log(JSON.stringify({ kind, ...s, seconds: (performance.now() - started) / 1000 }));
  }
}

/** Starts one worker process; calls `onKind` with each kind's result as it arrives. */
function startWorker(index, onKind) {
  const args = process.argv.slice(2).filter((a, i, all) => a !== '--worker-index' && all[i - 1] !== '--worker-index');
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...args, '--worker-index', String(index)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    pending += chunk;
    let nl = pending.indexOf('\n');
    while (nl !== -1) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      if (line.startsWith('{')) onKind(JSON.parse(line));
      nl = pending.indexOf('\n');
    }
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

/** Adds up the workers' results of one kind, keeping the slowest input. */
function merge(parts) {
  const sum = (k) => parts.reduce((n, p) => n + p[k], 0);
  const slowest = parts.map((p) => p.slowest).sort((a, b) => b.ms - a.ms)[0];
  return {
    inputs: sum('inputs'),
    accepted: sum('accepted'),
    notJson: sum('notJson'),
    throws: sum('throws'),
    pollutions: sum('pollutions'),
    firstThrow: parts.find((p) => p.firstThrow)?.firstThrow ?? null,
    slowest,
    seconds: Math.max(...parts.map((p) => p.seconds)),
  };
}

const only = opts.kinds?.split(',');
const kinds = Object.keys(parsers).filter((k) => !only || only.includes(k));
if (WORKER !== null) runWorker(kinds);
else {
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  console.log(
    `fuzz: ${PER_KIND} inputs per kind + ${BIG} large ones, seed ${SEED}, ${WORKERS} worker processes, node ${process.version}, load average ${load()}`,
  );
  const results = new Map(kinds.map((k) => [k, []]));
  let printed = 0;
  let failed = false;
  const onKind = (r) => {
    results.get(r.kind).push(r);
    // Print in kind order, each once every worker has reported it.
    while (printed < kinds.length && results.get(kinds[printed]).length === WORKERS) {
      const kind = kinds[printed++];
      if (!print(kind, merge(results.get(kind)))) failed = true;
    }
  };
  const codes = await Promise.all(Array.from({ length: WORKERS }, (_, i) => startWorker(i, onKind)));
  if (printed < kinds.length || codes.some((c) => c !== 0)) {
    console.log(`a worker stopped early (exit codes ${codes.join(', ')})`);
    failed = true;
  }
  console.log(`load average at the end ${load()}`);
  process.exitCode = failed ? 1 : 0;
}

/** Prints one kind's line; false when it found a throw or a pollution. */
function print(kind, s) {
  const slow = s.slowest;
  console.log(
    `${kind.padEnd(19)} inputs ${s.inputs} (accepted ${s.accepted}; ${s.notJson} mutations were not JSON), ` +
      `non-validation throws ${s.throws}, pollutions ${s.pollutions}, ` +
      `slowest ${slow.ms.toFixed(1)} ms (CPU ${slow.cpu.toFixed(1)} ms; building the input, e.g. JSON.parse, ${slow.build.toFixed(1)} ms): ` +
      `${slow.label}${slow.size > 0 ? `, ${(slow.size / 1e6).toFixed(2)} MB as JSON` : ''} ` +
      `[${s.seconds.toFixed(0)} s]`,
  );
  if (s.firstThrow) console.log(`  first throw: ${s.firstThrow}`);
  return s.throws === 0 && s.pollutions === 0;
}
