import { getConnInfo } from '@hono/node-server/conninfo';
import { safeParseBenchmarkSubmission } from '@lsh-cyber/schema';
import { planRelease, ScoringError } from '@lsh-cyber/scoring';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { cors } from 'hono/cors';
import { z } from 'zod';
import { baselineCsv, baselineDocx, baselineOf } from './baseline.js';
import type { ConsentTexts } from './consent.js';
import { hashPassword, LoginRateLimiter, sameSecret, verifyPassword } from './security.js';
import type { CentreStore, StaffMember } from './store.js';

/** What the HTTP service needs besides its store. */
export interface AppOptions {
  store: CentreStore;
  consent: ConsentTexts;
  /** Minimum group size of new releases (at least 5, default 10). */
  k?: number;
  /** The one origin (the demo) allowed to call the public endpoints from a browser; none by default. */
  demoOrigin?: string;
  /** How long a staff session lasts, in ms (default 8 hours). */
  sessionTtlMs?: number;
  /** The largest request body accepted, in bytes (default 64 KiB). */
  maxBodyBytes?: number;
  /** The clock (tests move it). */
  now?: () => Date;
  /** Where unexpected errors are reported; never to the client. */
  logError?: (error: unknown) => void;
}

/** The name of the staff session cookie. */
export const SESSION_COOKIE = 'centre_session';

type Env = { Variables: { staff: StaffMember; sessionToken: string } };

const ConsentSchema = z.strictObject({ purpose: z.string().max(100), textVersion: z.string().max(100) });
const EnvelopeSchema = z.strictObject({ submission: z.unknown(), consent: ConsentSchema });
const LoginSchema = z.strictObject({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024) });
const ReleaseRequestSchema = z.strictObject({ k: z.int().optional() });

type Issue = { path: string; message: string };
const zodIssues = (error: z.ZodError, prefix = ''): Issue[] =>
  error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));

// A hash of a random password, verified when the email is unknown, so a login takes as long either way.
const DUMMY_HASH = hashPassword('not a password of anyone');

/** Builds the centre's HTTP API (version 1). */
export function createApp(options: AppOptions): Hono<Env> {
  const { store, consent } = options;
  const now = options.now ?? (() => new Date());
  const ttl = options.sessionTtlMs ?? 8 * 60 * 60 * 1000;
  const limiter = new LoginRateLimiter();
  const logError = options.logError ?? ((e: unknown) => console.error(e));
  let releasing: Promise<unknown> = Promise.resolve();

  const app = new Hono<Env>();

  app.onError((error, c) => {
    logError(error);
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });
  app.use('*', bodyLimit({ maxSize: options.maxBodyBytes ?? 64 * 1024, onError: (c) => c.json({ error: 'request body too large' }, 413) }));
  if (options.demoOrigin) {
    const publicCors = cors({
      origin: options.demoOrigin,
      allowMethods: ['GET', 'POST', 'DELETE'],
      allowHeaders: ['Content-Type', 'Authorization'],
      maxAge: 600,
    });
    app.use('/api/v1/submissions', publicCors);
    app.use('/api/v1/submissions/*', publicCors);
    app.use('/api/v1/benchmark', publicCors);
    app.use('/api/v1/consent', publicCors);
  }

  const readJson = async (c: Context): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> => {
    if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
      return { ok: false, response: c.json({ error: 'send the body as application/json' }, 415) };
    }
    try {
      return { ok: true, value: await c.req.json() };
    } catch {
      return { ok: false, response: c.json({ error: 'the body is not valid JSON' }, 400) };
    }
  };

  // ---- public ----

  app.get('/api/v1/consent', (c) => {
    const version = consent.versions[consent.current]!;
    return c.json({ textVersion: consent.current, ...version });
  });

  app.post('/api/v1/submissions', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const envelope = EnvelopeSchema.safeParse(body.value);
    if (!envelope.success) return c.json({ error: 'invalid request', issues: zodIssues(envelope.error) }, 400);
    const { textVersion, purpose } = envelope.data.consent;
    const version = Object.hasOwn(consent.versions, textVersion) ? consent.versions[textVersion] : undefined;
    if (!version)
      return c.json(
        {
          error: 'invalid request',
          issues: [{ path: 'consent.textVersion', message: `must be a consent text version: ${consent.current}` }],
        },
        400,
      );
    if (purpose !== version.purpose)
      return c.json({ error: 'invalid request', issues: [{ path: 'consent.purpose', message: `must be ${version.purpose}` }] }, 400);
    const parsed = safeParseBenchmarkSubmission(envelope.data.submission);
    if (!parsed.success) {
      return c.json(
        {
          error: 'invalid submission',
          issues: parsed.error.issues.map((i) => ({ path: i.path ? `submission.${i.path}` : 'submission', message: i.message })),
        },
        400,
      );
    }
    const { id, receipt } = await store.addSubmission(parsed.data, { purpose, textVersion }, now());
    return c.json({ id, receipt }, 201);
  });

  app.delete('/api/v1/submissions/:id', async (c) => {
    const auth = c.req.header('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(auth);
    if (!match) return c.json({ error: 'send the receipt as Authorization: Bearer <receipt>' }, 401);
    const id = c.req.param('id');
    if (!/^[0-9a-f-]{36}$/.test(id)) return c.json({ error: 'no submission with this id and receipt' }, 404);
    const done = await store.withdrawSubmission(id, match[1]!, now());
    if (!done) return c.json({ error: 'no submission with this id and receipt' }, 404);
    return c.body(null, 204);
  });

  app.get('/api/v1/benchmark', async (c) => {
    const release = await store.latestRelease();
    if (!release) return c.json({ error: 'no release has been published yet' }, 404);
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(release);
  });

  // ---- staff ----

  app.post('/api/v1/session', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const login = LoginSchema.safeParse(body.value);
    if (!login.success) return c.json({ error: 'invalid request', issues: zodIssues(login.error) }, 400);
    const email = login.data.email.trim().toLowerCase();
    const address = clientAddress(c);
    const keys = [`address:${address}`, `email:${email}`];
    const t = now().getTime();
    if (limiter.blocked(keys, t)) return c.json({ error: 'too many failed logins; try again later' }, 429);
    const staff = await store.staffByEmail(email);
    const ok = await verifyPassword(login.data.password, staff?.passwordHash ?? (await DUMMY_HASH));
    if (!staff || !ok) {
      limiter.fail(keys, t);
      await store.audit(staff?.id ?? null, 'login-failed', { email }, now());
      return c.json({ error: 'wrong email or password' }, 401);
    }
    limiter.reset(keys);
    const session = await store.openSession(staff.id, now(), ttl);
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
      path: '/api/v1',
      maxAge: Math.floor(ttl / 1000),
    });
    await store.audit(staff.id, 'login', {}, now());
    c.header('Cache-Control', 'no-store');
    return c.json({ csrfToken: session.csrfToken });
  });

  const staffOnly = (role?: StaffMember['role']) => async (c: Context<Env>, next: () => Promise<void>) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await store.session(token, now()) : undefined;
    if (!token || !session) return c.json({ error: 'log in first' }, 401);
    const csrf = c.req.header('x-csrf-token');
    if (!csrf || !sameSecret(csrf, session.csrfToken)) return c.json({ error: 'missing or wrong x-csrf-token' }, 403);
    if (role && session.staff.role !== role) return c.json({ error: `only an ${role} may do this` }, 403);
    c.set('staff', session.staff);
    c.set('sessionToken', token);
    c.header('Cache-Control', 'no-store');
    await next();
  };

  app.delete('/api/v1/session', staffOnly(), async (c) => {
    await store.closeSession(c.get('sessionToken'));
    await store.audit(c.get('staff').id, 'logout', {}, now());
    deleteCookie(c, SESSION_COOKIE, { path: '/api/v1', secure: true });
    return c.body(null, 204);
  });

  app.post('/api/v1/releases', staffOnly('admin'), async (c) => {
    let request: z.infer<typeof ReleaseRequestSchema> = {};
    if (c.req.header('content-length') !== '0' && c.req.header('content-type')) {
      const body = await readJson(c);
      if (!body.ok) return body.response;
      const parsed = ReleaseRequestSchema.safeParse(body.value ?? {});
      if (!parsed.success) return c.json({ error: 'invalid request', issues: zodIssues(parsed.error) }, 400);
      request = parsed.data;
    }
    // One release at a time: each plans against the history the previous one wrote.
    const run = releasing.then(async () => {
      const history = await store.releaseHistory();
      const publishedAt = now().toISOString();
      const plan = planRelease(await store.members(), history, { id: `r${history.length + 1}`, publishedAt, k: request.k ?? options.k });
      await store.saveRelease(plan, c.get('staff').id);
      await store.audit(
        c.get('staff').id,
        'release',
        { release: plan.release.id, cells: plan.release.cells.length, suppressed: plan.suppressed.length },
        now(),
      );
      return plan;
    });
    releasing = run.catch(() => undefined);
    try {
      const plan = await run;
      return c.json({ release: plan.release, suppressed: plan.suppressed }, 201);
    } catch (error) {
      if (ScoringError.isInstance(error)) return c.json({ error: 'invalid request', issues: error.issues }, 400);
      throw error;
    }
  });

  app.get('/api/v1/releases', staffOnly(), async (c) => {
    await store.audit(c.get('staff').id, 'list-releases', {}, now());
    return c.json({ releases: await store.releaseLog() });
  });

  app.get('/api/v1/baseline', staffOnly(), async (c) => {
    const format = c.req.query('format') ?? 'json';
    if (format !== 'json' && format !== 'csv' && format !== 'docx') return c.json({ error: 'format must be docx, csv or json' }, 400);
    const release = await store.latestRelease();
    if (!release) return c.json({ error: 'no release has been published yet' }, 404);
    const baseline = baselineOf(release);
    await store.audit(c.get('staff').id, 'baseline', { release: release.id, format }, now());
    if (format === 'json') return c.json(baseline);
    const name = `nulmeting-${release.id}`;
    if (format === 'csv') {
      c.header('Content-Disposition', `attachment; filename="${name}.csv"`);
      return c.body(baselineCsv(baseline), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    }
    c.header('Content-Disposition', `attachment; filename="${name}.docx"`);
    const docx = await baselineDocx(baseline);
    return c.body(new Uint8Array(docx), 200, { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  });

  app.get('/api/v1/health', staffOnly(), async (c) => c.json({ status: 'ok', submissions: await store.countSubmissions() }));

  return app;
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
