import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type CentreDatabase, type DatabaseTarget, openDatabase } from '../src/db/open.js';

/** The two databases every behaviour is tested on. */
export const DATABASES = ['pglite', 'postgresql'] as const;
export type DatabaseKind = (typeof DATABASES)[number];

/** A fresh, empty PostgreSQL database on the test cluster; returns its URL. */
export async function freshPostgresDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
  const name = `centre_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return inject('postgresUrl').replace(/\/postgres$/, `/${name}`);
}

/** Opens a fresh database of the kind: PGlite in memory, or a new database on the test cluster. */
export async function freshDatabase(kind: DatabaseKind): Promise<CentreDatabase> {
  const target: DatabaseTarget = kind === 'pglite' ? { kind: 'pglite-memory' } : { kind: 'postgresql', url: await freshPostgresDatabase() };
  return openDatabase(target);
}

export { sampleSubmission as submission } from '../scripts/sample-submission.js';
