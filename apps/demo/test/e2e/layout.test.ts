import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, screenshot, startHarness } from '../helpers/app.js';
import { completeScan } from '../helpers/scan.js';

/** Every view, with what shows it is ready. */
const VIEWS: { name: string; hash: string; ready: string }[] = [
  { name: 'start', hash: '#/', ready: 'h1' },
  { name: 'profile', hash: '#/scan/0', ready: '.wizard-body[data-step="0"]' },
  { name: 'rating', hash: '#/scan/1', ready: '.wizard-body[data-step="1"]' },
  { name: 'questions', hash: '#/scan/2', ready: 'fieldset.question' },
  { name: 'result', hash: '#/result', ready: '[data-testid="overall-score"]' },
  { name: 'chain', hash: '#/chain', ready: '[data-testid="chain-stats"][data-render-ms]:not([data-render-ms=""])' },
  { name: 'clauses', hash: '#/clauses', ready: 'article.clause' },
  { name: 'my-chain', hash: '#/my-chain', ready: '[data-testid="my-chain"]' },
];

/** How far the page reaches past the viewport, and the widest culprits when it does. */
async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const el = document.scrollingElement as HTMLElement;
    const culprits: string[] = [];
    if (el.scrollWidth > innerWidth) {
      for (const node of document.querySelectorAll<HTMLElement>('body *')) {
        const box = node.getBoundingClientRect();
        if (box.right > innerWidth + 0.5 && culprits.length < 8)
          culprits.push(`${node.tagName.toLowerCase()}.${node.className} → ${Math.round(box.right)}`);
      }
    }
    return { scrollWidth: el.scrollWidth, innerWidth, culprits };
  });
}

describe('layout on a phone (390×844) and a laptop', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    ({ context, page } = await h.open('#/', { locale: 'en' }));
    await completeScan(page, (i, n) => (i * 3 + 1) % n);
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  for (const locale of ['nl', 'en'] as const) {
    for (const view of VIEWS) {
      it(`has no sideways scroll on the ${view.name} view at 390 px (${locale})`, async () => {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.evaluate((l) => localStorage.setItem('lsh-cyber-demo:locale', l), locale);
        await page.goto(`${h.url}/${view.hash}`);
        await page.reload();
        await page.locator(`html[lang="${locale}"]`).waitFor();
        await page.locator(view.ready).first().waitFor();
        const o = await overflow(page);
        expect(o.scrollWidth, o.culprits.join('\n')).toBeLessThanOrEqual(o.innerWidth);
        if (locale === 'nl') await screenshot(page, `phone-${view.name}`);
      });
    }
  }

  it('keeps wide tables scrolling inside their own box on a phone', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${h.url}/#/result`);
    await page.locator('[data-testid="overall-score"]').waitFor();
    const tables = await page.locator('table').evaluateAll((ts) =>
      ts.map((t) => {
        const box = t.parentElement as HTMLElement;
        return { wrapped: box.classList.contains('table-scroll'), overflowX: getComputedStyle(box).overflowX };
      }),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(t).toEqual({ wrapped: true, overflowX: 'auto' });
    expect((await overflow(page)).scrollWidth).toBeLessThanOrEqual(360);
  });

  it('never lets the clause page dropdowns overlap, on a laptop or a phone', async () => {
    for (const width of [1280, 800, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${h.url}/#/clauses`);
      await page.locator('article.clause').first().waitFor();
      const [a, b] = await Promise.all([page.getByTestId('supplier-select').boundingBox(), page.getByTestId('buyer-select').boundingBox()]);
      const overlap = a && b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `width ${width}: ${JSON.stringify({ a, b })}`).toBeFalsy();
      if (width === 1280) await screenshot(page, 'desktop-clauses');
    }
  });
});
