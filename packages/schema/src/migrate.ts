import type { ValidationIssue } from './validation-error.js';

/** The document kinds of the data contract. */
export type DocumentKind =
  | 'OrganisationProfile'
  | 'Catalog'
  | 'Assessment'
  | 'ScoreReport'
  | 'ChainModel'
  | 'ClauseLibrary'
  | 'BenchmarkSubmission'
  | 'BenchmarkRelease';

/** The schema version this release reads and writes. */
export const CURRENT_SCHEMA_VERSION = 1;

/** A migration turns a document of version `n` into version `n + 1`, returning a new object. */
export type Migration = (doc: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * Migrations per kind, keyed by the version they read. Empty while only version 1 exists; when
 * version 2 arrives, `MIGRATIONS.Assessment[1]` turns a version-1 assessment into version 2 and
 * every `parseX` keeps reading old files.
 */
export const MIGRATIONS: Readonly<Record<DocumentKind, Readonly<Record<number, Migration>>>> = Object.freeze({
  OrganisationProfile: {},
  Catalog: {},
  Assessment: {},
  ScoreReport: {},
  ChainModel: {},
  ClauseLibrary: {},
  BenchmarkSubmission: {},
  BenchmarkRelease: {},
});

/**
 * Brings a document up to {@link CURRENT_SCHEMA_VERSION} with the registered migrations. Never
 * changes its input. Returns issues for a version that is newer than this library or that no
 * migration reads; anything else (including a missing version) is left to validation.
 */
export function upgradeDocument(
  kind: DocumentKind,
  input: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS[kind],
): { value: unknown; issues: ValidationIssue[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { value: input, issues: [] };
  const version = Object.hasOwn(input, 'schemaVersion') ? (input as Record<string, unknown>).schemaVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version === CURRENT_SCHEMA_VERSION) {
    return { value: input, issues: [] };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      value: input,
      issues: [
        {
          path: 'schemaVersion',
          message: `is ${version}, newer than this library reads (${CURRENT_SCHEMA_VERSION}); upgrade @lsh-cyber/schema`,
          code: 'version-too-new',
          params: { version, supported: CURRENT_SCHEMA_VERSION },
        },
      ],
    };
  }
  let doc = input as Record<string, unknown>;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
    if (!step) {
      return {
        value: input,
        issues: [
          {
            path: 'schemaVersion',
            message: `version ${version} cannot be read by this library`,
            code: 'version-unreadable',
            params: { version },
          },
        ],
      };
    }
    doc = step(doc);
  }
  return { value: doc, issues: [] };
}
