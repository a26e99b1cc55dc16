import { readFileSync } from 'node:fs';
import { type Assessment, type Catalog, type Organisation, parseCatalog } from '@lsh-cyber/schema';

/** The small fixture catalog used until (and beside) the LSH catalog. */
export const mini: Catalog = parseCatalog(JSON.parse(readFileSync(new URL('./fixtures/mini.catalog.json', import.meta.url), 'utf8')));

/** An organisation profile for tests. */
export function org(overrides: Partial<Organisation> = {}): Organisation {
  return { id: 'org-1', name: 'Testlab B.V.', subsector: 'biotech-rd', sizeClass: 'micro', data: [], certifications: [], ...overrides };
}

/** An assessment of `catalog` with the given answer values. */
export function assess(
  catalog: Catalog,
  values: Readonly<Record<string, string>>,
  extra: { organisation?: Partial<Organisation>; selfRating?: number } = {},
): Assessment {
  const answers: Assessment['answers'] = {};
  for (const [k, v] of Object.entries(values)) answers[k] = { value: v };
  const a: Assessment = {
    schemaVersion: 1,
    id: 'a-1',
    organisation: org(extra.organisation),
    catalog: { id: catalog.id, version: catalog.version },
    answers,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
  if (extra.selfRating !== undefined) a.selfRating = extra.selfRating;
  return a;
}

/** Every question answered with its best (`best`) or worst (`worst`) option, or a fixed reserved value. */
export function all(catalog: Catalog, pick: 'best' | 'worst' | 'unknown'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of catalog.questions) {
    if (pick === 'unknown') out[q.id] = 'unknown';
    else {
      const target = pick === 'best' ? 1 : 0;
      out[q.id] = q.options.find((o) => o.points === target)!.value;
    }
  }
  return out;
}

/** The answers of the worked example in docs/scoring.md (§14), to the mini fixture catalog. */
export const WORKED_EXAMPLE_ANSWERS: Readonly<Record<string, string>> = {
  'gov.owner': 'partly',
  'gov.inventory': 'yes',
  'access.mfa': 'yes',
  'access.leavers': 'na',
  'access.admin': 'yes',
  'backup.offline': 'no',
  'backup.restore': 'yes',
  'backup.lab': 'unknown',
  'people.training': 'most',
  'people.incident': 'yes',
  'suppliers.cloud': 'yes',
  'suppliers.contracts': 'na',
};
