import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConsentTexts } from '../src/consent.js';
import { type DatabaseTarget, openDatabase } from '../src/db/open.js';
import { matchesDigest } from '../src/security.js';
import { DATABASES, freshPostgresDatabase, submission } from './support.js';

const here = join(import.meta.dirname, '..');
const consent = { purpose: 'benchmark', textVersion: loadConsentTexts().current };

/** Starts the centre as its own process and resolves with its address once it prints it. */
function startCentre(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: here,
    env: { ...process.env, PORT: '0', INIT_CWD: here, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.once('exit', (code) => reject(new Error(`centre exited with ${code} before listening: ${err}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

describe.each(DATABASES)('a SIGKILL during a burst of submissions, on %s', (kind) => {
  const dirs: string[] = [];
  let target: DatabaseTarget;
  let env: Record<string, string>;
  const acknowledged = new Map<string, string>();

  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('acknowledges submissions until the process is killed mid-burst', async () => {
    if (kind === 'pglite') {
      const dir = mkdtempSync(join(tmpdir(), 'centre-crash-'));
      dirs.push(dir);
      target = { kind: 'pglite', dataDir: join(dir, 'data') };
      env = { CENTRE_DATA: target.dataDir };
    } else {
      const url = await freshPostgresDatabase();
      target = { kind: 'postgresql', url };
      env = { DATABASE_URL: url };
    }
    const { child, url } = await startCentre(env);
    const body = JSON.stringify({ submission: submission(), consent });
    let killed = false;
    let attempts = 0;
    const worker = async () => {
      while (!killed) {
        attempts++;
        try {
          const res = await fetch(`${url}/api/v1/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          if (res.status === 201) {
            const { id, receipt } = (await res.json()) as { id: string; receipt: string };
            acknowledged.set(id, receipt);
            if (acknowledged.size >= 80 && !killed) {
              killed = true;
              child.kill('SIGKILL');
            }
          }
        } catch {
          // Requests in flight when the process dies fail; they were never acknowledged.
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    await exited(child);
    expect(child.signalCode).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(80);
    expect(attempts).toBeGreaterThan(acknowledged.size);
  });

  it('restarts and withdraws one acknowledged submission with its receipt', async () => {
    const { child, url } = await startCentre(env);
    const [id, receipt] = [...acknowledged][0]!;
    const res = await fetch(`${url}/api/v1/submissions/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${receipt}` } });
    expect(res.status).toBe(204);
    acknowledged.delete(id);
    child.kill('SIGTERM');
    await exited(child);
  });

  it('holds every other acknowledged submission with its receipt, and no half-written one', async () => {
    const database = await openDatabase(target);
    try {
      const rows = await database.db
        .selectFrom('submission')
        .leftJoin('consent', 'consent.submission_id', 'submission.id')
        .select(['submission.id', 'submission.receipt_hash', 'submission.document', 'consent.submission_id as consented'])
        .execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const [id, receipt] of acknowledged) {
        const row = byId.get(id);
        expect(row, id).toBeDefined();
        expect(matchesDigest(receipt, row!.receipt_hash)).toBe(true);
      }
      // Every stored submission is whole: its document intact and its consent recorded.
      for (const r of rows) {
        expect(r.consented).toBe(r.id);
        expect(r.document).toEqual(submission());
      }
      const orphans = await database.db
        .selectFrom('consent')
        .leftJoin('submission', 'submission.id', 'consent.submission_id')
        .select(sql<string>`count(*)`.as('n'))
        .where('submission.id', 'is', null)
        .where('consent.withdrawn_at', 'is', null)
        .executeTakeFirstOrThrow();
      expect(Number(orphans.n)).toBe(0);
    } finally {
      await database.close();
    }
  });
});
