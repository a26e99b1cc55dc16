import { type ChainModel, type ChainOrganisation, type Dependency, type DependencyKind, LshValidationError } from '@lsh-cyber/schema';

/** Options of {@link generateChain}. */
export interface GenerateChainOptions {
  /** Number of organisations (at least 2). */
  organisations: number;
  /** Number of dependencies; at most `organisations · (organisations − 1)`. */
  dependencies: number;
  /** Seed of the pseudo-random generator: the same options always give the same chain. Default 1. */
  seed?: number;
  /** Number of hubs, suppliers that serve many (cloud, EHR, LIMS, managed IT). Default: one per 1,000 organisations, at least 3. */
  hubs?: number;
  /** Share of a small organisation's dependencies on a hub, from 0 to 1. Default 0.3. */
  hubShare?: number;
  /** Share of dependencies in groups of alternatives, from 0 to 1. Default 0.1. */
  groupShare?: number;
  /** Share of organisations with an own score, from 0 to 1. Default 0.8. */
  assessedShare?: number;
  /** Share of the dependencies of providers and small organisations on any of them, which makes cycles, from 0 to 1. Default 0.05. */
  cycleShare?: number;
}

/**
 * A small, fast, seedable pseudo-random generator (mulberry32): the same seed gives the same
 * numbers in [0, 1) on every platform, so synthetic chains and demo data are reproducible.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HUB_ROLES: readonly { role: string; kind: DependencyKind }[] = [
  { role: 'cloud', kind: 'cloud' },
  { role: 'ehr-vendor', kind: 'saas' },
  { role: 'lims-vendor', kind: 'saas' },
  { role: 'managed-it', kind: 'managed-it' },
];
const OTHER_KINDS: readonly DependencyKind[] = ['software', 'lab-service', 'data-processor', 'logistics', 'medical-device', 'other'];

function check(options: GenerateChainOptions): void {
  const issues: { path: string; message: string }[] = [];
  const n = options.organisations;
  const m = options.dependencies;
  if (!Number.isInteger(n) || n < 2) issues.push({ path: 'organisations', message: 'must be a whole number of at least 2' });
  else if (!Number.isInteger(m) || m < 0 || m > n * (n - 1)) {
    issues.push({ path: 'dependencies', message: `must be a whole number from 0 to ${n * (n - 1)}` });
  }
  for (const k of ['hubShare', 'groupShare', 'assessedShare', 'cycleShare'] as const) {
    const v = options[k];
    if (v !== undefined && !(v >= 0 && v <= 1)) issues.push({ path: k, message: 'must be a number from 0 to 1' });
  }
  if (options.hubs !== undefined && !(Number.isInteger(options.hubs) && options.hubs >= 1 && options.hubs <= n)) {
    issues.push({ path: 'hubs', message: 'must be a whole number from 1 to the number of organisations' });
  }
  if (issues.length > 0) throw new LshValidationError('GenerateChainOptions', issues);
}

/**
 * Generates a synthetic chain for tests and benchmarks, the same for the same options. It looks
 * like a sector's chain: a few hubs serve many (the busiest hub most), most dependencies point to
 * organisations further down the list (suppliers), some point anywhere (so there are cycles),
 * about `groupShare` of them are in groups of two or three alternatives, criticalities are 0.25,
 * 0.5, 0.75 or 1, and scores are whole numbers, hubs scoring higher on average.
 */
export function generateChain(options: GenerateChainOptions): ChainModel {
  check(options);
  const n = options.organisations;
  const m = options.dependencies;
  const seed = options.seed ?? 1;
  const rnd = seededRandom(seed);
  const hubs = options.hubs ?? Math.min(n, Math.max(3, Math.round(n / 1000)));
  const hubShare = options.hubShare ?? 0.3;
  const groupShare = options.groupShare ?? 0.1;
  const assessedShare = options.assessedShare ?? 0.8;
  const cycleShare = options.cycleShare ?? 0.05;
  const int = (k: number) => Math.floor(rnd() * k);

  const ids: string[] = new Array(n);
  const organisations: ChainOrganisation[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const id = `org-${i}`;
    ids[i] = id;
    const hub = i < hubs;
    const o: ChainOrganisation = {
      id,
      name: hub ? `Synthetic hub ${i}` : `Synthetic organisation ${i}`,
      role: hub ? HUB_ROLES[i % 4]!.role : 'organisation',
    };
    if (rnd() < assessedShare) o.score = hub ? 55 + int(41) : 10 + int(46) + int(41);
    organisations[i] = o;
  }

  // Tiers by index: hubs, then suppliers, then providers (hospitals, labs, wholesalers), then the
  // many small organisations (practices, pharmacies, start-ups) that depend on the others.
  const suppliers = Math.max(1, Math.round(n * 0.04));
  const providers = Math.max(1, Math.round(n * 0.16));
  const tierStart = [0, hubs, Math.min(n, hubs + suppliers), Math.min(n, hubs + suppliers + providers), n];
  // Per tier of the dependant: the chance that a dependency goes to a hub, a supplier, a provider.
  const targetMix = [
    [1, 0, 0],
    [0.5, 0.5, 0],
    [hubShare, 0.5, 0.15],
    [hubShare, 0.4, 0.3],
  ];
  const tierOf = (i: number) => (i < tierStart[1]! ? 0 : i < tierStart[2]! ? 1 : i < tierStart[3]! ? 2 : 3);
  const inTier = (t: number) => {
    const lo = tierStart[t]!;
    const size = tierStart[t + 1]! - lo;
    // Squaring skews the choice: the first of a tier serve most, as the big vendors do.
    return size > 0 ? lo + Math.floor(size * rnd() ** 2) : int(n);
  };

  const count = new Int32Array(n);
  for (let k = 0; k < m; k++) {
    let i = int(n);
    while (count[i]! >= n - 1) i = int(n);
    count[i]!++;
  }
  const dependencies: Dependency[] = new Array(m);
  let k = 0;
  const chosen: number[] = [];
  for (let i = 0; i < n; i++) {
    chosen.length = 0;
    const want = count[i]!;
    const mix = targetMix[tierOf(i)]!;
    for (let attempt = 0; chosen.length < want; attempt++) {
      const r = rnd();
      let t: number;
      // Cycles come from providers and small organisations depending on each other (a hospital
      // and a lab serving each other); hubs and suppliers depend only on their own kind.
      if (attempt > 20 * want) t = int(n);
      else if (r < cycleShare && tierOf(i) >= 2) t = tierStart[2]! + int(n - tierStart[2]!);
      else {
        const q = rnd();
        t = q < mix[0]! ? inTier(0) : q < mix[0]! + mix[1]! ? inTier(1) : q < mix[0]! + mix[1]! + mix[2]! ? inTier(2) : int(n);
      }
      if (t === i || chosen.includes(t)) continue;
      chosen.push(t);
    }
    let group = 0;
    for (let j = 0; j < chosen.length; j++) {
      const t = chosen[j]!;
      const r = rnd();
      const d: Dependency = { from: ids[i]!, to: ids[t]!, kind: t < hubs ? HUB_ROLES[t % 4]!.kind : OTHER_KINDS[t % OTHER_KINDS.length]! };
      const c = r < 0.3 ? 1 : r < 0.6 ? 0.75 : r < 0.85 ? 0.5 : 0.25;
      if (c !== 1) d.criticality = c;
      dependencies[k++] = d;
    }
    for (let j = 0; j + 1 < chosen.length; j += 2) {
      if (rnd() >= groupShare) continue;
      const name = `alt-${group++}`;
      dependencies[k - chosen.length + j]!.group = name;
      dependencies[k - chosen.length + j + 1]!.group = name;
    }
  }
  return { schemaVersion: 1, id: `synthetic-${seed}`, name: `Synthetic chain (seed ${seed})`, organisations, dependencies };
}
