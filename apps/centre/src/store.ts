import { randomUUID } from 'node:crypto';
import type { BenchmarkRelease, BenchmarkSubmission } from '@lsh-cyber/schema';
import type { PriorRelease, ReleaseMember, ReleasePlan, SuppressedCell } from '@lsh-cyber/scoring';
import { type Kysely, sql } from 'kysely';
import type { Tables } from './db/tables.js';
import { digest, matchesDigest, newSecret } from './security.js';

/** A staff member as the service sees one. */
export interface StaffMember {
  id: number;
  email: string;
  role: 'analyst' | 'admin';
}

/** A release as the staff log shows it: the public document plus what was suppressed and why. */
export interface ReleaseLogEntry {
  id: string;
  publishedAt: string;
  k: number;
  publishedBy: string;
  cells: number;
  suppressed: SuppressedCell[];
}

// Compared against when an id is unknown, so a withdrawal takes the same time either way.
const UNKNOWN_RECEIPT = digest('no such receipt');

/** The centre's one query layer: every read and write of the service, the same on PGlite and PostgreSQL. */
export class CentreStore {
  constructor(private readonly db: Kysely<Tables>) {}

  /** Stores a submission and its consent in one transaction; returns its id and the receipt (kept only as a digest). */
  async addSubmission(
    submission: BenchmarkSubmission,
    consent: { purpose: string; textVersion: string },
    now: Date,
  ): Promise<{ id: string; receipt: string }> {
    const id = randomUUID();
    const receipt = newSecret();
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('submission')
        .values({ id, receipt_hash: digest(receipt), document: JSON.stringify(submission), received_at: now })
        .execute();
      await tx
        .insertInto('consent')
        .values({ submission_id: id, purpose: consent.purpose, text_version: consent.textVersion, given_at: now, withdrawn_at: null })
        .execute();
    });
    return { id, receipt };
  }

  /** Deletes a submission when the receipt matches and records the withdrawal in the consent ledger; false otherwise. */
  async withdrawSubmission(id: string, receipt: string, now: Date): Promise<boolean> {
    const row = await this.db.selectFrom('submission').select('receipt_hash').where('id', '=', id).executeTakeFirst();
    const matches = matchesDigest(receipt, row?.receipt_hash ?? UNKNOWN_RECEIPT);
    if (!row || !matches) return false;
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('submission').where('id', '=', id).execute();
      await tx.updateTable('consent').set({ withdrawn_at: now }).where('submission_id', '=', id).execute();
    });
    return true;
  }

  /** Whether a submission is held (tests and operations). */
  async hasSubmission(id: string): Promise<boolean> {
    return (await this.db.selectFrom('submission').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  }

  /** The consent ledger entry of a submission, held or withdrawn. */
  async consentOf(id: string): Promise<{ purpose: string; textVersion: string; givenAt: Date; withdrawnAt: Date | null } | undefined> {
    const row = await this.db.selectFrom('consent').selectAll().where('submission_id', '=', id).executeTakeFirst();
    return (
      row && {
        purpose: row.purpose,
        textVersion: row.text_version,
        givenAt: new Date(row.given_at),
        withdrawnAt: row.withdrawn_at && new Date(row.withdrawn_at),
      }
    );
  }

  /** Every held submission, as members of the next release. */
  async members(): Promise<ReleaseMember[]> {
    const rows = await this.db.selectFrom('submission').select(['id', 'document']).orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, submission: r.document as BenchmarkSubmission }));
  }

  /** The number of held submissions. */
  async countSubmissions(): Promise<number> {
    const row = await this.db.selectFrom('submission').select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Earlier releases with the memberships of their published cells, for the differencing rule. */
  async releaseHistory(): Promise<PriorRelease[]> {
    const releases = await this.db.selectFrom('release').select(['id', 'k']).orderBy('published_at').execute();
    const cells = await this.db.selectFrom('release_cell').selectAll().execute();
    return releases.map((r) => ({
      id: r.id,
      k: r.k,
      cells: cells.filter((c) => c.release_id === r.id).map((c) => ({ key: c.cell_key, members: c.members })),
    }));
  }

  /** Stores a planned release, its memberships and its suppression log in one transaction. */
  async saveRelease(plan: ReleasePlan, staffId: number): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('release')
        .values({
          id: plan.release.id,
          published_at: plan.release.publishedAt,
          k: plan.release.k,
          document: JSON.stringify(plan.release),
          suppressed: JSON.stringify(plan.suppressed),
          published_by: staffId,
        })
        .execute();
      if (plan.published.length > 0) {
        await tx
          .insertInto('release_cell')
          .values(plan.published.map((c) => ({ release_id: plan.release.id, cell_key: c.key, members: JSON.stringify(c.members) })))
          .execute();
      }
    });
  }

  /** The latest published release, or undefined before the first. */
  async latestRelease(): Promise<BenchmarkRelease | undefined> {
    const row = await this.db
      .selectFrom('release')
      .select('document')
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.document as BenchmarkRelease | undefined;
  }

  /** Every release with its suppression log, newest first. */
  async releaseLog(): Promise<ReleaseLogEntry[]> {
    const rows = await this.db
      .selectFrom('release')
      .innerJoin('staff', 'staff.id', 'release.published_by')
      .select(['release.id', 'release.published_at', 'release.k', 'release.document', 'release.suppressed', 'staff.email'])
      .orderBy('release.published_at', 'desc')
      .orderBy('release.id', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      publishedAt: new Date(r.published_at).toISOString(),
      k: r.k,
      publishedBy: r.email,
      cells: (r.document as BenchmarkRelease).cells.length,
      suppressed: r.suppressed as SuppressedCell[],
    }));
  }

  /** Creates a staff account; false when the email is taken. */
  async addStaff(email: string, role: StaffMember['role'], passwordHash: string, now: Date): Promise<boolean> {
    const result = await this.db
      .insertInto('staff')
      .values({ email, role, password_hash: passwordHash, created_at: now })
      .onConflict((oc) => oc.column('email').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** A staff account and its password hash, by email. */
  async staffByEmail(email: string): Promise<(StaffMember & { passwordHash: string }) | undefined> {
    const row = await this.db.selectFrom('staff').selectAll().where('email', '=', email).executeTakeFirst();
    return row && { id: row.id, email: row.email, role: row.role, passwordHash: row.password_hash };
  }

  /** Opens a session (and forgets expired ones); returns the token (for the cookie, stored only as a digest) and the CSRF token (useless without the cookie). */
  async openSession(staffId: number, now: Date, ttlMs: number): Promise<{ token: string; csrfToken: string }> {
    const token = newSecret();
    const csrfToken = newSecret();
    await this.db.deleteFrom('session').where('expires_at', '<=', now).execute();
    await this.db
      .insertInto('session')
      .values({
        token_hash: digest(token),
        staff_id: staffId,
        csrf_token: csrfToken,
        created_at: now,
        expires_at: new Date(now.getTime() + ttlMs),
      })
      .execute();
    return { token, csrfToken };
  }

  /** The staff member and CSRF token of a live session, or undefined for an unknown or expired token. */
  async session(token: string, now: Date): Promise<{ staff: StaffMember; csrfToken: string } | undefined> {
    const row = await this.db
      .selectFrom('session')
      .innerJoin('staff', 'staff.id', 'session.staff_id')
      .select(['staff.id', 'staff.email', 'staff.role', 'session.csrf_token', 'session.expires_at'])
      .where('session.token_hash', '=', digest(token))
      .executeTakeFirst();
    if (!row || new Date(row.expires_at).getTime() <= now.getTime()) return undefined;
    return { staff: { id: row.id, email: row.email, role: row.role }, csrfToken: row.csrf_token };
  }

  /** Ends a session. */
  async closeSession(token: string): Promise<void> {
    await this.db.deleteFrom('session').where('token_hash', '=', digest(token)).execute();
  }

  /** Records a staff action in the audit log. */
  async audit(staffId: number | null, action: string, detail: Record<string, unknown>, now: Date): Promise<void> {
    await this.db
      .insertInto('audit')
      .values({ at: now, staff_id: staffId, action, detail: JSON.stringify(detail) })
      .execute();
  }

  /** The audit log, oldest first. */
  async auditLog(): Promise<{ at: Date; staffId: number | null; action: string; detail: unknown }[]> {
    const rows = await this.db.selectFrom('audit').selectAll().orderBy('id').execute();
    return rows.map((r) => ({ at: new Date(r.at), staffId: r.staff_id, action: r.action, detail: r.detail }));
  }
}
