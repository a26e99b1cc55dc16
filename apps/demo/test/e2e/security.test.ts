import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, type Harness, startHarness } from '../helpers/app.js';

declare global {
  interface Window {
    cspViolations?: string[];
    injectedRan?: boolean;
  }
}

describe('Content-Security-Policy and favicon', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;
  const failed: string[] = [];

  beforeAll(async () => {
    h = await startHarness();
    ({ context, page } = await h.open('#/', { locale: 'en' }));
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations!.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('ships a policy that allows only the app itself', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    expect(policy).toBeDefined();
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    // The policy comes before the first script, so it governs it.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('works under the policy: every view loads, draws and downloads without a violation, and the favicon is found', async () => {
    await page.reload();
    await page.locator('h1').waitFor();
    expect(await page.evaluate(() => fetch(new URL('favicon.svg', location.href)).then((r) => r.status))).toBe(200);
    await page.goto(`${h.url}/#/scan/0`);
    await page.locator('.wizard-body[data-step="0"]').waitFor();
    await page.goto(`${h.url}/#/chain`);
    await page.locator('[data-testid="chain-stats"][data-render-ms]:not([data-render-ms=""])').waitFor();
    expect(await page.locator('[data-testid="sigma"] canvas').count()).toBeGreaterThan(0);
    await page.goto(`${h.url}/#/clauses`);
    await page.locator('article.clause').first().waitFor();
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download clauses (Word)' }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    await page.goto(`${h.url}/#/my-chain`);
    await page.locator('h1').waitFor();
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(failed).toEqual([]);
  });

  it('refuses a script injected into the page', async () => {
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('src', 'https://attacker.example/pixel.png');
      document.body.append(img);
    });
    await page.waitForFunction(() => (window.cspViolations?.length ?? 0) >= 2);
    expect(await page.evaluate(() => window.injectedRan)).toBeUndefined();
    const violations = (await page.evaluate(() => window.cspViolations))!;
    expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(violations.some((v) => v.startsWith('img-src'))).toBe(true);
  });
});
