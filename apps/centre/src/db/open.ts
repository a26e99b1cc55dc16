import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Tables } from './tables.js';

/** Where the centre keeps its data: a PGlite directory, PGlite in memory (tests), or a PostgreSQL server. */
export type DatabaseTarget = { kind: 'pglite'; dataDir: string } | { kind: 'pglite-memory' } | { kind: 'postgresql'; url: string };

/** An open, migrated database. */
export interface CentreDatabase {
  db: Kysely<Tables>;
  kind: 'pglite' | 'postgresql';
  close(): Promise<void>;
}

/** Opens the database and runs the migrations. */
export async function openDatabase(target: DatabaseTarget): Promise<CentreDatabase> {
  let db: Kysely<Tables>;
  if (target.kind === 'postgresql') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  } else {
    if (target.kind === 'pglite') mkdirSync(target.dataDir, { recursive: true });
    const client = target.kind === 'pglite' ? await PGlite.create(target.dataDir) : await PGlite.create();
    db = new Kysely<Tables>({ dialect: new PGliteDialect(client) });
  }
  await migrateToLatest(db as Kysely<unknown>);
  return { db, kind: target.kind === 'postgresql' ? 'postgresql' : 'pglite', close: () => db.destroy() };
}
