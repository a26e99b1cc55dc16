import { parseBenchmarkRelease } from '@lsh-cyber/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, SESSION_COOKIE } from '../src/app.js';
import { loadConsentTexts } from '../src/consent.js';
import type { CentreDatabase } from '../src/db/open.js';
import { hashPassword } from '../src/security.js';
import { CentreStore } from '../src/store.js';
import { DATABASES, freshDatabase, submission } from './support.js';

const consentTexts = loadConsentTexts();
const consent = { purpose: 'benchmark', textVersion: consentTexts.current };
const ADMIN = { email: 'admin@centrum.example', password: 'correct horse battery staple' };
// scrypt at a lower cost than production (2^15) keeps the many logins of these tests quick.
const TEST_COST = 2 ** 12;
const ANALYST = { email: 'analist@centrum.example', password: 'another long passphrase' };

describe.each(DATABASES)('the centre API on %s', (kind) => {
  let database: CentreDatabase;
  let store: CentreStore;
  let clock = new Date('2026-12-01T10:00:00Z');
  let app: ReturnType<typeof createApp>;
  const errors: unknown[] = [];

  beforeAll(async () => {
    database = await freshDatabase(kind);
    store = new CentreStore(database.db);
    await store.addStaff(ADMIN.email, 'admin', await hashPassword(ADMIN.password, TEST_COST), clock);
    await store.addStaff(ANALYST.email, 'analyst', await hashPassword(ANALYST.password, TEST_COST), clock);
    app = createApp({
      store,
      consent: consentTexts,
      k: 5,
      demoOrigin: 'https://demo.example.org',
      now: () => clock,
      logError: (e) => errors.push(e),
    });
  });
  afterAll(async () => {
    await database.close();
  });

  const json = (body: unknown, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const submit = (doc: unknown, extra: Record<string, unknown> = {}) =>
    app.request('/api/v1/submissions', json({ submission: doc, consent, ...extra }));
  const login = async (who = ADMIN) => {
    const res = await app.request('/api/v1/session', json(who));
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    const token = /centre_session=([^;]+)/.exec(cookie)![1]!;
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return { cookie: `${SESSION_COOKIE}=${token}`, csrfToken, setCookie: cookie };
  };
  const staff = (s: { cookie: string; csrfToken: string }, method = 'GET') => ({
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken },
  });

  it('accepts a submission and returns an id and a receipt', async () => {
    const res = await submit(submission());
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; receipt: string };
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.receipt.length).toBeGreaterThanOrEqual(40);
    expect(await store.hasSubmission(body.id)).toBe(true);
  });

  it('refuses extra fields anywhere, and stores nothing', async () => {
    const before = await store.countSubmissions();
    const cases = [
      { ...submission(), name: 'Testlab B.V.' },
      { ...submission(), organisationId: 'org-1' },
      { ...submission(), note: 'bel mij' },
      submission({ domains: [{ id: 'governance', score: 60, note: 'x' } as never] }),
    ];
    for (const doc of cases) {
      const res = await submit(doc);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { issues: { path: string }[] };
      expect(body.issues[0]!.path).toMatch(/^submission/);
    }
    expect((await submit(submission(), { email: 'a@b.c' })).status).toBe(400);
    expect((await app.request('/api/v1/submissions', json({ submission: submission(), consent: { ...consent, extra: 1 } }))).status).toBe(
      400,
    );
    expect(await store.countSubmissions()).toBe(before);
  });

  it('refuses an unknown consent version or purpose, non-JSON and oversized bodies', async () => {
    expect(
      (await app.request('/api/v1/submissions', json({ submission: submission(), consent: { ...consent, textVersion: '1999-01-01' } })))
        .status,
    ).toBe(400);
    expect(
      (await app.request('/api/v1/submissions', json({ submission: submission(), consent: { ...consent, purpose: 'marketing' } }))).status,
    ).toBe(400);
    expect(
      (
        await app.request('/api/v1/submissions', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"submission":',
        })
      ).status,
    ).toBe(400);
    expect(
      (await app.request('/api/v1/submissions', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })).status,
    ).toBe(415);
    const huge = await app.request('/api/v1/submissions', json({ submission: submission(), consent, pad: 'x'.repeat(100_000) }));
    expect(huge.status).toBe(413);
    const proto = await app.request('/api/v1/submissions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"submission":{"__proto__":{"polluted":1}},"consent":${JSON.stringify(consent)}}`,
    });
    expect(proto.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stores SQL-injection strings as text or refuses them, and the tables stay intact', async () => {
    const evil = `x'); DROP TABLE submission; --`;
    for (const doc of [
      submission({ catalog: { id: evil, version: '1.0.0' } }),
      submission({ criticalGaps: [evil] }),
      submission({ method: evil }),
      submission({ region: evil as never }),
      submission({ subsector: evil as never }),
      submission({ domains: [{ id: evil, score: 1 }] }),
    ]) {
      expect((await submit(doc)).status).toBe(400);
    }
    const email = `x' OR '1'='1'; DROP TABLE staff; --`;
    expect((await app.request('/api/v1/session', json({ email, password: `' OR '1'='1' --` }))).status).toBe(401);
    // The login attempt is audited with the email exactly as typed: stored as text, never run.
    expect((await store.auditLog()).at(-1)).toMatchObject({ action: 'login-failed', detail: { email: email.toLowerCase() } });
    expect(
      (await app.request(`/api/v1/submissions/${encodeURIComponent(evil)}`, { method: 'DELETE', headers: { authorization: 'Bearer abc' } }))
        .status,
    ).toBe(404);
    expect(await store.countSubmissions()).toBeGreaterThan(0);
  });

  it('deletes a withdrawn submission; the consent ledger keeps only that and when it was withdrawn', async () => {
    const { id, receipt } = (await (await submit(submission())).json()) as { id: string; receipt: string };
    expect(
      (await app.request(`/api/v1/submissions/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${receipt}x` } })).status,
    ).toBe(404);
    expect((await app.request(`/api/v1/submissions/${id}`, { method: 'DELETE' })).status).toBe(401);
    expect(await store.hasSubmission(id)).toBe(true);
    const res = await app.request(`/api/v1/submissions/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${receipt}` } });
    expect(res.status).toBe(204);
    expect(await store.hasSubmission(id)).toBe(false);
    expect((await store.members()).some((m) => m.id === id)).toBe(false);
    expect(await store.consentOf(id)).toEqual({
      purpose: 'benchmark',
      textVersion: consent.textVersion,
      givenAt: clock,
      withdrawnAt: clock,
    });
    expect(
      (await app.request(`/api/v1/submissions/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${receipt}` } })).status,
    ).toBe(404);
  });

  it('refuses staff endpoints without a session, with a forged or expired one, and without the CSRF token', async () => {
    const endpoints: [string, string][] = [
      ['POST', '/api/v1/releases'],
      ['GET', '/api/v1/releases'],
      ['GET', '/api/v1/baseline?format=json'],
      ['GET', '/api/v1/health'],
      ['DELETE', '/api/v1/session'],
    ];
    const session = await login();
    expect(session.setCookie).toMatch(/HttpOnly/);
    expect(session.setCookie).toMatch(/Secure/);
    expect(session.setCookie).toMatch(/SameSite=Strict/);
    for (const [method, path] of endpoints) {
      expect((await app.request(path, { method })).status, `${method} ${path} without session`).toBe(401);
      expect(
        (await app.request(path, { method, headers: { cookie: `${SESSION_COOKIE}=forged`, 'x-csrf-token': session.csrfToken } })).status,
      ).toBe(401);
      expect((await app.request(path, { method, headers: { cookie: session.cookie } })).status, `${method} ${path} without csrf`).toBe(403);
      expect((await app.request(path, { method, headers: { cookie: session.cookie, 'x-csrf-token': 'forged' } })).status).toBe(403);
    }
    expect((await app.request('/api/v1/health', staff(session))).status).toBe(200);
    const start = clock;
    clock = new Date(start.getTime() + 8 * 60 * 60 * 1000 + 1);
    try {
      expect((await app.request('/api/v1/health', staff(session))).status).toBe(401);
    } finally {
      clock = start;
    }
    expect((await app.request('/api/v1/releases', staff(await login(ANALYST), 'POST'))).status).toBe(403);
    const fresh = await login();
    expect((await app.request('/api/v1/session', staff(fresh, 'DELETE'))).status).toBe(204);
    expect((await app.request('/api/v1/health', staff(fresh))).status).toBe(401);
  });

  it('rate-limits failed logins', async () => {
    const email = ANALYST.email;
    for (let i = 0; i < 5; i++) expect((await app.request('/api/v1/session', json({ email, password: `guess ${i}` }))).status).toBe(401);
    expect((await app.request('/api/v1/session', json({ email, password: 'guess 6' }))).status).toBe(429);
    expect((await app.request('/api/v1/session', json(ADMIN))).status).toBe(429);
    // The block lifts once the failures fall out of the 15-minute window.
    clock = new Date(clock.getTime() + 15 * 60 * 1000 + 1);
    await login();
  });

  it('suppresses a cell with k − 1 members and publishes it with k; a withdrawal removes it from the next release', async () => {
    // Start from an empty intake: the submissions of the other tests would join the coarser cells.
    await database.db.deleteFrom('submission').execute();
    await releaseScenario();
    await baselineScenario(store);
  });

  async function releaseScenario() {
    const session = await login();
    const pharmacy = { subsector: 'pharmacy', sizeClass: 'small', region: 'Rijnmond' } as const;
    const receipts: { id: string; receipt: string }[] = [];
    for (let i = 0; i < 4; i++) receipts.push((await (await submit(submission({ ...pharmacy, overall: 20 + i * 10 }))).json()) as never);
    const cellOf = (release: { cells: { subsector?: string; sizeClass?: string; region?: string; n: number }[] }) =>
      release.cells.find((c) => c.subsector === 'pharmacy' && c.sizeClass === 'small' && c.region === 'Rijnmond');
    const first = await app.request('/api/v1/releases', staff(session, 'POST'));
    expect(first.status).toBe(201);
    const r1 = (await first.json()) as { release: unknown; suppressed: { key: string; reason: { rule: string; n: number } }[] };
    expect(cellOf(parseBenchmarkRelease(r1.release))).toBeUndefined();
    expect(r1.suppressed.find((s) => s.key === 'subsector=pharmacy;sizeClass=small;region=Rijnmond')?.reason).toMatchObject({
      rule: 'below-k',
      n: 4,
    });
    receipts.push((await (await submit(submission({ ...pharmacy, overall: 90 }))).json()) as never);
    await app.request('/api/v1/releases', staff(session, 'POST'));
    const published = await app.request('/api/v1/benchmark');
    expect(published.headers.get('cache-control')).toMatch(/public/);
    expect(published.headers.get('access-control-allow-origin')).toBeNull();
    const r2 = parseBenchmarkRelease(await published.json());
    expect(cellOf(r2)).toMatchObject({ n: 5, bands: { '0-20': 0, '20-40': 2, '40-60': 2, '60-80': 0, '80-100': 1 } });
    expect(JSON.stringify(r2)).not.toContain(receipts[0]!.id);
    const { id, receipt } = receipts[0]!;
    expect(
      (await app.request(`/api/v1/submissions/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${receipt}` } })).status,
    ).toBe(204);
    await app.request('/api/v1/releases', staff(session, 'POST'));
    expect(cellOf(parseBenchmarkRelease(await (await app.request('/api/v1/benchmark')).json()))).toBeUndefined();
    const log = (await (await app.request('/api/v1/releases', staff(session))).json()) as {
      releases: { id: string; suppressed: unknown[] }[];
    };
    expect(log.releases.map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
    expect(
      (
        await app.request('/api/v1/releases', {
          ...staff(session, 'POST'),
          ...json({ k: 4 }),
          headers: { ...staff(session).headers, 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(400);
  }

  async function baselineScenario(ownStore: CentreStore) {
    const session = await login();
    // Five more members: the cells now differ from release 2 by 6 submissions (one left, five joined), so they are published.
    for (let i = 0; i < 5; i++) await submit(submission({ subsector: 'pharmacy', sizeClass: 'small', region: 'Rijnmond', overall: 70 }));
    expect((await app.request('/api/v1/releases', staff(session, 'POST'))).status).toBe(201);
    const b = (await (await app.request('/api/v1/baseline?format=json', staff(session))).json()) as {
      release: string;
      rows: { group: string; n: number }[];
    };
    expect(b.release).toBe('r4');
    expect(b.rows).toHaveLength(8);
    expect(b.rows[0]).toMatchObject({ group: 'hele sector', n: 9 });
    const csv = await app.request('/api/v1/baseline?format=csv', staff(session));
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await csv.text()).trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe('subsector,sizeClass,region,n,q1,median,q3,band 0-20,band 20-40,band 40-60,band 60-80,band 80-100');
    const docx = new Uint8Array(await (await app.request('/api/v1/baseline?format=docx', staff(session))).arrayBuffer());
    expect(String.fromCharCode(docx[0]!, docx[1]!)).toBe('PK');
    expect((await app.request('/api/v1/baseline?format=pdf', staff(session))).status).toBe(400);
    const actions = (await ownStore.auditLog()).map((a) => a.action);
    for (const action of ['login', 'release', 'list-releases', 'baseline']) expect(actions).toContain(action);
  }

  it('keeps every staff action in the audit log', async () => {
    const actions = (await store.auditLog()).map((a) => a.action);
    for (const action of ['login', 'login-failed', 'logout']) expect(actions).toContain(action);
  });

  it('allows CORS only for the configured demo origin, and only on the public endpoints', async () => {
    const ok = await app.request('/api/v1/submissions', {
      method: 'OPTIONS',
      headers: { origin: 'https://demo.example.org', 'access-control-request-method': 'POST' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://demo.example.org');
    const other = await app.request('/api/v1/benchmark', { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    const staffRoute = await app.request('/api/v1/session', {
      method: 'OPTIONS',
      headers: { origin: 'https://demo.example.org', 'access-control-request-method': 'POST' },
    });
    expect(staffRoute.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers an internal failure with a plain message: no stack trace, no SQL', async () => {
    const broken = createApp({
      store: {
        addSubmission: async () => Promise.reject(new Error('relation "submission" does not exist at SELECT * FROM submission')),
      } as unknown as CentreStore,
      consent: consentTexts,
      logError: () => undefined,
    });
    const res = await broken.request('/api/v1/submissions', json({ submission: submission(), consent }));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toBe('{"error":"internal error"}');
    expect(errors).toEqual([]);
  });
});
