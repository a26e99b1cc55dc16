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

  /** Each main view: its address, what shows it is ready, and what to open on it before the scan. */
  const views: { name: string; hash: string; ready: string; prepare?: (page: Page) => Promise<void> }[] = [
    { name: 'start', hash: '#/', ready: 'h1' },
    { name: 'profile step', hash: '#/scan/0', ready: 'h1' },
    { name: 'own estimate step', hash: '#/scan/1', ready: 'h1' },
    { name: 'questions step', hash: '#/scan/2', ready: 'fieldset.question' },
    {
      name: 'result',
      hash: '#/result',
      ready: '[data-testid="overall-score"]',
      prepare: async (p) => {
        await p.locator('details summary').first().click();
        await p.getByRole('checkbox', { name: /synthetic|synthetische/ }).check();
      },
    },
    {
      name: 'chain',
      hash: '#/chain',
      ready: '[data-testid="chain-stats"][data-render-ms]:not([data-render-ms=""])',
      prepare: async (p) => {
        // The first organisation in the list that has suppliers, so the what-if form is there.
        const select = p.getByTestId('organisation-select');
        const ids = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
        for (const id of ids) {
          await select.selectOption(id);
          await p.locator('form.card, [data-testid="what-if-none"]').first().waitFor();
          if (await p.locator('form.card').count()) break;
        }
        await p.locator('form.card button[type=submit]').click();
        await p.getByTestId('what-if').locator('p').waitFor();
      },
    },
    { name: 'clauses', hash: '#/clauses', ready: 'article.clause' },
  ];

  for (const { name, hash, ready, prepare } of views) {
    for (const locale of ['en', 'nl'] as const) {
      it(`has no serious or critical violations on the ${name} view (${locale})`, async () => {
        await setLocale(page, locale);
        await page.goto(`${h.url}/${hash}`);
        await page.locator(ready).first().waitFor();
        await prepare?.(page);
        const violations = seriousOrCritical(await runAxe(page));
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        if (locale === 'en') await screenshot(page, `a11y-${name.replace(/\s+/g, '-')}`);
      });
    }
  }

  it('offers a skip link as the first stop of the keyboard and moves focus to the content', async () => {
    await page.goto(`${h.url}/#/`);
    await setLocale(page, 'en');
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
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
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
  });
});

async function setLocale(page: Page, locale: 'nl' | 'en'): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('lsh-cyber-demo:locale', l), locale);
  await page.reload();
}
