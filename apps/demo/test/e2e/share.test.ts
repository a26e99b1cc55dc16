import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lshCatalog } from '@lsh-cyber/catalog-lsh';
import type { Assessment, BenchmarkRelease, BenchmarkSubmission } from '@lsh-cyber/schema';
import { questionApplies, scoreAssessment, toBenchmarkSubmission } from '@lsh-cyber/scoring';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';
import { type StaticServer, startStaticServer } from '../../scripts/static-server.mjs';
import { CHROMIUM, DIST, E2E_WAIT_MS, runAxe, screenshot, seriousOrCritical } from '../helpers/app.js';
import { completeScan } from '../helpers/scan.js';

// The share step against a real centre: apps/centre's built server on PGlite in a temporary
// directory (k = 5, the centre's minimum), a staff account made by the centre's own user command,
// and a second build of the demo with VITE_CENTRE_URL, in a temporary outDir (dist/ stays the
// default build, without a share step).

const DEMO = join(import.meta.dirname, '..', '..');
const CENTRE = join(DEMO, '..', 'centre');
const K = 5;
const STAFF = { email: 'beheer@centrum.example', password: 'een lange wachtzin voor de test' };
const GROUP = { subsector: 'biotech-rd', sizeClass: 'micro', region: 'Holland Rijnland' } as const;

function run(args: string[], env: NodeJS.ProcessEnv, cwd: string, stdin?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.stdin.end(stdin ?? '');
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited with ${code}: ${out}`))));
  });
}

function startCentre(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(CENTRE, 'dist', 'main.js')], { cwd: CENTRE, env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.stderr.on('data', (d) => (out += d));
    child.once('exit', (code) => reject(new Error(`centre exited with ${code} before listening: ${out}`)));
  });
}

/** A peer's submission, made the way the demo makes hers: a scored assessment reduced by the scoring package. */
function peerSubmission(seed: number): BenchmarkSubmission {
  const profile = { id: `peer-${seed}`, name: `Peer ${seed}`, ...GROUP, data: [], certifications: [] };
  const answers: Assessment['answers'] = {};
  lshCatalog.questions
    .filter((q) => questionApplies(q, profile))
    .forEach((q, i) => {
      answers[q.id] = { value: q.options[(i * seed + seed) % q.options.length]!.value };
    });
  const assessment: Assessment = {
    schemaVersion: 1,
    id: profile.id,
    organisation: profile,
    catalog: { id: lshCatalog.id, version: lshCatalog.version },
    answers,
    createdAt: '2026-12-01T09:00:00Z',
    updatedAt: '2026-12-01T09:00:00Z',
  };
  return toBenchmarkSubmission(scoreAssessment(assessment, lshCatalog), profile);
}

const isHerCell = (c: BenchmarkRelease['cells'][number]) =>
  c.subsector === GROUP.subsector && c.sizeClass === GROUP.sizeClass && c.region === GROUP.region;

describe('sharing a result with a centre', () => {
  let data: string;
  let outDir: string;
  let server: StaticServer;
  let centre: { child: ChildProcess; url: string };
  let browser: Browser;
  let staff: { cookie: string; csrf: string };

  async function publishRelease(): Promise<BenchmarkRelease> {
    const res = await fetch(`${centre.url}/api/v1/releases`, {
      method: 'POST',
      headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrf },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { release: BenchmarkRelease }).release;
  }

  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'demo-centre-data-'));
    outDir = mkdtempSync(join(tmpdir(), 'demo-centre-build-'));
    // The demo's origin first: the centre's CORS allows exactly that one.
    server = await startStaticServer({ root: outDir, port: 0 });
    const env = { CENTRE_DATA: data, CENTRE_K: String(K), CENTRE_DEMO_ORIGIN: server.url, PORT: '0' };
    // The staff account, made by the centre's own command before the server holds the data directory.
    await run([join(CENTRE, 'dist', 'user-cli.js'), 'add', STAFF.email, '--role', 'admin'], env, CENTRE, `${STAFF.password}\n`);
    centre = await startCentre(env);
    await run(
      [join(DEMO, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'],
      { VITE_CENTRE_URL: centre.url },
      DEMO,
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });

    const login = await fetch(`${centre.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(STAFF),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    staff = { cookie, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (centre && centre.child.exitCode === null) {
      const exited = new Promise((r) => centre.child.once('exit', r));
      centre.child.kill('SIGTERM');
      await exited;
    }
    if (data) rmSync(data, { recursive: true, force: true });
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('allows connections to the configured centre only; the default build has no share step', () => {
    const csp = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const withCentre = csp(readFileSync(join(outDir, 'index.html'), 'utf8'));
    const connect = withCentre.split('; ').filter((d) => d.startsWith('connect-src'));
    expect(connect).toEqual([`connect-src 'self' ${new URL(centre.url).origin}`]);
    expect(csp(readFileSync(join(DIST, 'index.html'), 'utf8')).split('; ')).toContain("connect-src 'self'");
    const code = (dir: string) =>
      readdirSync(join(dir, 'assets'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(join(dir, 'assets', f), 'utf8'))
        .join('\n');
    // The default build carries no centre address, so its share step never renders.
    expect(code(DIST)).not.toContain(centre.url);
    expect(code(outDir)).toContain(centre.url);
  });

  it('shares a scan, shows it in the next release at k, withdraws it, and it leaves the following release', async () => {
    // k − 1 peers of her group share first; a release now suppresses the group.
    for (let seed = 1; seed < K; seed++) {
      const res = await fetch(`${centre.url}/api/v1/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ submission: peerSubmission(seed), consent: { purpose: 'benchmark', textVersion: '2026-12-01' } }),
      });
      expect(res.status).toBe(201);
    }
    const before = await publishRelease();
    expect(before.cells.filter(isHerCell)).toEqual([]);

    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(E2E_WAIT_MS);
    await context.addInitScript(() => {
      if (!localStorage.getItem('lsh-cyber-demo:locale')) localStorage.setItem('lsh-cyber-demo:locale', 'en');
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(centre.url) && r.method() !== 'GET' && r.method() !== 'OPTIONS') sent.push(`${r.method()} ${r.url()}`);
    });
    await page.goto(`${server.url}/#/`);
    await page.locator('h1').first().waitFor();
    await completeScan(page, (i, n) => (i * 7 + 3) % n);
    await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();

    // The release covers nobody like her yet: the comparison says so and stays on sample peers.
    await page.locator('[data-centre-peers="none"]').waitFor();
    const share = page.locator('[data-testid="share"][data-share-state="ready"]');
    await share.waitFor();
    await share.getByRole('heading', { name: 'Share my result anonymously with the centre' }).waitFor();
    const overall = await page.getByTestId('overall-score').textContent();
    expect(Math.round(Number((await page.getByTestId('share-field-overall').textContent())!.replace(',', '.')))).toBe(Number(overall));
    const fields = page.getByTestId('share-fields');
    await expect.poll(() => fields.locator(':scope > dt').count()).toBe(12);
    expect(await fields.textContent()).toContain('Holland Rijnland');
    expect(await fields.textContent()).not.toContain('Testlab Leiden');
    expect(await page.getByTestId('share-retention').textContent()).toBe('36 months');
    expect(await page.getByTestId('share-consent-text').textContent()).toContain('36 months');
    expect(sent).toEqual([]); // nothing leaves before her click

    for (const [locale, heading] of [
      ['nl', 'Deel mijn resultaat anoniem met het centrum'],
      ['en', 'Share my result anonymously with the centre'],
    ] as const) {
      await page.evaluate((l) => localStorage.setItem('lsh-cyber-demo:locale', l), locale);
      await page.reload();
      await page.locator('[data-testid="share"][data-share-state="ready"]').getByRole('heading', { name: heading }).waitFor();
      await page.locator('[data-centre-peers="none"]').waitFor();
      expect(seriousOrCritical(await runAxe(page)), locale).toEqual([]);
    }
    await screenshot(page, 'share-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'share-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(sent).toEqual([]);

    await page.getByRole('button', { name: 'I agree: send my result anonymously' }).click();
    const receipt = page.locator('[data-testid="share"][data-share-state="shared"] [data-testid="share-receipt"]');
    await receipt.waitFor();
    expect(sent).toEqual([`POST ${centre.url}/api/v1/submissions`]);
    const id = (await receipt.getAttribute('data-submission-id'))!;
    const secret = (await page.getByTestId('share-receipt-secret').textContent())!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    await screenshot(page, 'share-receipt');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the receipt' }).click(),
    ]);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(saved).toContain(`id: ${id}`);
    expect(saved).toContain(`receipt: ${secret}`);

    // Her group reaches k: the next release publishes it, and the demo compares her with real peers.
    const reached = await publishRelease();
    expect(reached.cells.filter(isHerCell).map((c) => c.n)).toEqual([K]);
    await page.reload();
    const real = page.locator(`[data-centre-peers="real"][data-release-id="${reached.id}"][data-n="${K}"]`);
    await real.waitFor();
    expect(await real.textContent()).toContain('real peers from the centre');
    expect(await page.getByTestId('benchmark').textContent()).not.toContain('synthetic');
    // The receipt survives the reload, so she can withdraw later.
    await page.locator('[data-testid="share"][data-share-state="shared"]').waitFor();

    await page.getByRole('button', { name: 'Withdraw my result' }).click();
    await page.locator('[data-testid="share"][data-share-state="withdrawn"]').waitFor();
    expect(sent).toEqual([`POST ${centre.url}/api/v1/submissions`, `DELETE ${centre.url}/api/v1/submissions/${id}`]);

    const after = await publishRelease();
    expect(after.cells.filter(isHerCell)).toEqual([]);
    const published = (await (await fetch(`${centre.url}/api/v1/benchmark`)).json()) as BenchmarkRelease;
    expect(published.id).toBe(after.id);
    expect(published.cells.filter(isHerCell)).toEqual([]);
    await page.reload();
    await page.locator(`[data-centre-peers="none"][data-release-id="${after.id}"]`).waitFor();

    // The centre goes away: a plain sentence, and her answers are all still there.
    const exited = new Promise((r) => centre.child.once('exit', r));
    centre.child.kill('SIGTERM');
    await exited;
    await page.reload();
    const error = page.getByTestId('share-error');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      'The centre cannot be reached right now. Check your internet connection and try again. Your answers are still here, nothing is lost.',
    );
    await page.locator('[data-centre-peers="unreachable"]').waitFor();
    expect(await page.getByTestId('overall-score').textContent()).toBe(overall);
    expect(errors).toEqual([]);
    await context.close();
  });
});
