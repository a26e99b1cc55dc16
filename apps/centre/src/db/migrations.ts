import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';

// Versioned migrations, in order; never edit one that has shipped, add the next. The same SQL runs
// on PGlite and on a PostgreSQL server.
const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('submission')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('receipt_hash', 'text', (c) => c.notNull())
        .addColumn('document', 'jsonb', (c) => c.notNull())
        .addColumn('received_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('consent')
        .addColumn('submission_id', 'text', (c) => c.primaryKey())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('text_version', 'text', (c) => c.notNull())
        .addColumn('given_at', 'timestamptz', (c) => c.notNull())
        .addColumn('withdrawn_at', 'timestamptz')
        .execute();
      await db.schema
        .createTable('staff')
        .addColumn('id', 'serial', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('analyst', 'admin')`))
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('session')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('release')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('published_at', 'timestamptz', (c) => c.notNull())
        .addColumn('k', 'integer', (c) => c.notNull())
        .addColumn('document', 'jsonb', (c) => c.notNull())
        .addColumn('suppressed', 'jsonb', (c) => c.notNull())
        .addColumn('published_by', 'integer', (c) => c.notNull().references('staff.id'))
        .execute();
      await db.schema
        .createTable('release_cell')
        .addColumn('release_id', 'text', (c) => c.notNull().references('release.id'))
        .addColumn('cell_key', 'text', (c) => c.notNull())
        .addColumn('members', 'jsonb', (c) => c.notNull())
        .addPrimaryKeyConstraint('release_cell_pk', ['release_id', 'cell_key'])
        .execute();
      await db.schema
        .createTable('audit')
        .addColumn('id', 'serial', (c) => c.primaryKey())
        .addColumn('at', 'timestamptz', (c) => c.notNull())
        .addColumn('staff_id', 'integer')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('detail', 'jsonb', (c) => c.notNull())
        .execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the database to the newest schema version; refuses a database newer than this build. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`database migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
