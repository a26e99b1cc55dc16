import type { Clause, ClauseLibrary, LocalizedText } from '@lsh-cyber/schema';

/** The fields of a clause that a diff compares (all but `id` and `version`). */
export const CLAUSE_FIELDS = [
  'topic',
  'title',
  'body',
  'plain',
  'params',
  'basis',
  'appliesTo',
  'tier',
  'triggers',
  'requires',
  'part',
  'negotiation',
  'checklist',
  'evidence',
] as const;
/** A compared field of a clause. */
export type ClauseField = (typeof CLAUSE_FIELDS)[number];

/** How a clause's version moved: a semver bump, none, or backwards. */
export type VersionBump = 'major' | 'minor' | 'patch' | 'none' | 'downgrade';

/** A clause that exists on one side only. */
export interface ClauseSummary {
  id: string;
  version: string;
  topic: string;
  title: LocalizedText;
}

/** A clause present in both libraries whose content or version differs. */
export interface ClauseChange {
  id: string;
  title: LocalizedText;
  from: string;
  to: string;
  bump: VersionBump;
  /** The fields that differ. */
  fields: ClauseField[];
  /** Parameters added, removed or changed (type, bounds, defaults, labels). */
  params: { added: string[]; removed: string[]; changed: string[] };
  /** True when the content changed but the version did not go up: a release mistake to fix. */
  unversioned: boolean;
}

/** What a new library release changes in a region's contracts. */
export interface LibraryDiff {
  from: { id: string; version: string };
  to: { id: string; version: string };
  added: ClauseSummary[];
  removed: ClauseSummary[];
  changed: ClauseChange[];
  /** Number of clauses identical in both. */
  unchanged: number;
}

/** JSON with sorted keys, so key order in a file does not count as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const semver = (v: string): number[] =>
  v
    .split(/[-+]/)[0]!
    .split('.')
    .map((x) => Number(x));

/** The kind of version step from `a` to `b`. Pre-release and build parts are ignored. */
export function versionBump(a: string, b: string): VersionBump {
  const [x, y] = [semver(a), semver(b)];
  for (let i = 0; i < 3; i++) {
    if (y[i]! > x[i]!) return (['major', 'minor', 'patch'] as const)[i]!;
    if (y[i]! < x[i]!) return 'downgrade';
  }
  return 'none';
}

const summary = (c: Clause): ClauseSummary => ({ id: c.id, version: c.version, topic: c.topic, title: c.title });

function paramChanges(a: Clause, b: Clause): ClauseChange['params'] {
  const pa = new Map(a.params.map((p) => [p.name, canonical(p)]));
  const pb = new Map(b.params.map((p) => [p.name, canonical(p)]));
  return {
    added: [...pb.keys()].filter((n) => !pa.has(n)),
    removed: [...pa.keys()].filter((n) => !pb.has(n)),
    changed: [...pb.keys()].filter((n) => pa.has(n) && pa.get(n) !== pb.get(n)),
  };
}

/**
 * Compares two versions of a clause library: clauses added, removed and changed (which fields, which
 * parameters, and the version step), so a region sees what a new release changes in its contracts.
 */
export function diffLibraries(a: ClauseLibrary, b: ClauseLibrary): LibraryDiff {
  const before = new Map(a.clauses.map((c) => [c.id, c]));
  const after = new Map(b.clauses.map((c) => [c.id, c]));
  const changed: ClauseChange[] = [];
  let unchanged = 0;
  for (const cb of b.clauses) {
    const ca = before.get(cb.id);
    if (!ca) continue;
    const fields = CLAUSE_FIELDS.filter((f) => canonical(ca[f]) !== canonical(cb[f]));
    const bump = versionBump(ca.version, cb.version);
    if (!fields.length && bump === 'none') {
      unchanged++;
      continue;
    }
    changed.push({
      id: cb.id,
      title: cb.title,
      from: ca.version,
      to: cb.version,
      bump,
      fields,
      params: paramChanges(ca, cb),
      unversioned: fields.length > 0 && (bump === 'none' || bump === 'downgrade'),
    });
  }
  return {
    from: { id: a.id, version: a.version },
    to: { id: b.id, version: b.version },
    added: b.clauses.filter((c) => !before.has(c.id)).map(summary),
    removed: a.clauses.filter((c) => !after.has(c.id)).map(summary),
    changed,
    unchanged,
  };
}
