import { it } from 'vitest';
import { startHarness } from './helpers/app.js';
it('prof', async () => {
  const h = await startHarness();
  const { page } = await h.open('#/chain', { locale: 'en' });
  await page.getByTestId('dataset').selectOption('synthetic');
  await page.locator('[data-testid="chain-stats"][data-organisations="5000"][data-render-ms]:not([data-render-ms=""])').waitFor({ timeout: 30000 });
  const select = page.getByTestId('organisation-select');
  for (const id of ['org-10', 'org-2500', 'org-4000']) {
    const t0 = performance.now();
    await select.selectOption(id);
    const t1 = performance.now();
    await page.waitForTimeout(300);
    console.log(id, 'selectOption', Math.round(t1 - t0), 'select-ms', await page.getByTestId('chain-details').getAttribute('data-select-ms'));
  }
  // in-page timing of a change event
  const inPage = await page.evaluate(async () => {
    const s = document.querySelector('[data-testid="organisation-select"]') as HTMLSelectElement;
    const t0 = performance.now();
    s.value = s.options[100]!.value;
    s.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  });
  console.log('in-page change to 2 frames', Math.round(inPage));
  await h.close();
}, 120000);
