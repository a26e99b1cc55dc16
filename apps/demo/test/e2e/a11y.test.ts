import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, runAxe, screenshot, seriousOrCritical, startHarness } from '../helpers/app.js';
import { completeScan } from '../helpers/scan.js';

describe('accessibility (axe-core, WCAG 2.1 AA) in Chromium', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    ({ page } = await h.open('#/', { locale: 'en' }));
    await completeScan(page, (i, n) => i % n);
  });
  afterAll(async () => {
    await h?.close();
  });

  const views: [string, string, string][] = [
    ['start', '#/', 'h1'],
    ['profile step', '#/scan/0', 'h1'],
    ['own estimate step', '#/scan/1', 'h1'],
    ['questions step', '#/scan/2', 'fieldset.question'],
    ['result', '#/result', '[data-testid="overall-score"]'],
    ['chain', '#/chain', '[data-testid="chain-stats"]'],
    ['clauses', '#/clauses', 'article.clause'],
  ];

  for (const [name, hash, ready] of views) {
    for (const locale of ['en', 'nl'] as const) {
      it(`has no serious or critical violations on the ${name} view (${locale})`, async () => {
        await setLocale(page, locale);
        await page.goto(`${h.url}/${hash}`);
        await page.locator(ready).first().waitFor();
        const violations = seriousOrCritical(await runAxe(page));
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        if (locale === 'en') await screenshot(page, `a11y-${name.replace(/\s+/g, '-')}`);
      });
    }
  }

  it('offers a skip link as the first stop of the keyboard and moves focus to the content', async () => {
    await setLocale(page, 'en');
    await page.goto(`${h.url}/#/`);
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('shows a visible focus outline on keyboard focus', async () => {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { width: s.outlineWidth, style: s.outlineStyle };
    });
    expect(outline.style).not.toBe('none');
    expect(Number.parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
  });

  it('switches the lang attribute with the language', async () => {
    await setLocale(page, 'nl');
    await page.goto(`${h.url}/#/`);
    await page.locator('h1').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});

async function setLocale(page: Page, locale: 'nl' | 'en'): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('lsh-cyber-demo:locale', l), locale);
  await page.reload();
}
