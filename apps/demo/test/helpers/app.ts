import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';
import { type StaticServer, startStaticServer } from '../../scripts/static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The built app; `pnpm build` (turbo's test depends on build) must have run. */
export const DIST = join(here, '..', '..', 'dist');
/** Where tests leave screenshots for a person to look at (gitignored). */
export const SCREENSHOTS = join(here, '..', '..', 'screenshots');

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The longest any single wait in an end-to-end step may take (a bound, never a pause). */
export const E2E_WAIT_MS = 90_000;

/** A served build and a Chromium to drive it. */
export interface Harness {
  url: string;
  browser: Browser;
  /** A fresh context (empty storage) with a page on the app. */
  open(hash?: string, options?: { locale?: 'nl' | 'en' }): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/**
 * Serves dist/ on a free loopback port and launches Chromium headless. Playwright gives every
 * launch its own temporary user-data-dir, so each run starts from a clean profile.
 */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No build in ${DIST}: run \`pnpm build\` in apps/demo first.`);
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  const server: StaticServer = await startStaticServer({ root: DIST, port: 0 });
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url: server.url,
    browser,
    async open(hash = '#/', options = {}) {
      const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
      // Every step waits for the state it needs; this bound on each wait is set once and
      // generously, so a busy machine (a shared runner, turbo's other tasks) slows a test, not fails it.
      context.setDefaultTimeout(E2E_WAIT_MS);
      if (options.locale) {
        await context.addInitScript((locale) => {
          if (!localStorage.getItem('lsh-cyber-demo:locale')) localStorage.setItem('lsh-cyber-demo:locale', locale);
        }, options.locale);
      }
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/${hash}`);
      await page.locator('h1').first().waitFor();
      return { context, page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Saves a full-page screenshot under screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One accessibility violation as axe-core reports it, trimmed to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Injects axe-core into the page and runs it against WCAG 2.0/2.1 A and AA and best practice. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol rather than added as a <script>: the app's
  // Content-Security-Policy refuses inline scripts, as it should.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return (result.violations as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[]).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** The violations that fail a test: serious or critical. */
export function seriousOrCritical(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Words of the schema's and the chain package's English messages that have no place in the Dutch interface. */
export const ENGLISH =
  /\b(required|missing|must|known|field|number|text|one of|valid|allowed|option|wrong|version|least|most|problems?|file|column|quote|refers|organisation|depend|itself|listed|empty|twice|chain)\b/i;

/** The visible words of an element, without the field paths (identifiers, shown as code). */
export async function wordsOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const code of copy.querySelectorAll('code')) code.remove();
    return copy.textContent ?? '';
  });
}
