import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, runAxe, screenshot, seriousOrCritical, startHarness } from '../helpers/app.js';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'assessments', 'home-care.json');

describe('what must I report, the first-aid card and the deadline calculator in Chromium', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    h = await startHarness();
    ({ context, page, errors } = await h.open('#/duties', { locale: 'en' }));
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('asks for the scan first', async () => {
    await page.getByTestId('duties-need-scan').waitFor();
    expect(await page.getByRole('link', { name: 'Go to the basisscan' }).count()).toBe(1);
  });

  it('after loading a finished scan, says which laws apply, with reasons', async () => {
    await page.goto(new URL('#/', page.url()).href);
    await page
      .getByTestId('import')
      .setInputFiles({ name: 'home-care.json', mimeType: 'application/json', buffer: await readFile(SAMPLE) });
    await page.getByText('home-care.json', { exact: false }).first().waitFor();
    await page.getByRole('link', { name: 'What must I report?' }).click();
    await page.getByRole('heading', { level: 1, name: 'What must I report?' }).waitFor();
    await page.getByTestId('duties-from-sample').waitFor();
    const status = page.getByTestId('nis2-status');
    await status.and(page.locator('[data-status="important"]')).waitFor();
    expect(await page.getByTestId('applicability').textContent()).toContain('healthcare provider');
    expect(await page.getByTestId('gdpr-role').textContent()).toBe('controller');
  });

  it('changing the staff count changes the answer, and the figure is kept', async () => {
    const staff = page.getByTestId('extra-headcount');
    // 300 staff make a healthcare provider large: essential, whatever the scan's profile stated.
    await staff.fill('300');
    await page.locator('[data-testid="nis2-status"][data-status="essential"]').waitFor();
    await staff.fill('120');
    await page.locator('[data-testid="nis2-status"][data-status="important"]').waitFor();
    const stored = await page.evaluate(() => localStorage.getItem('lsh-cyber-demo:duties'));
    expect(JSON.parse(stored ?? '{}')['thuiszorg-lindenhof'].headcount).toBe(120);
  });

  it('computes every clock from the moment the incident was noticed, across the end of summer time', async () => {
    await page.getByTestId('aware-at').fill('2026-10-24T12:00');
    const list = page.getByTestId('deadlines');
    await list.and(page.locator('[data-count="5"]')).waitFor();
    const early = page.locator('[data-testid="deadline"][data-duty="nis2.early-warning"]');
    expect(await early.getAttribute('data-due')).toBe('2026-10-25T10:00:00.000Z');
    expect(await early.textContent()).toMatch(/25 October 2026.*11:00 \(CET\)/);
    await page.getByTestId('flag-significant').uncheck();
    await list.and(page.locator('[data-count="2"]')).waitFor();
    await screenshot(page, 'duties');
  });

  it('shows the printable card with the organisation’s own suppliers from the chain', async () => {
    await page.getByTestId('card-suppliers').getByText('Zorgroute Planner', { exact: false }).waitFor();
    const frame = page.frameLocator('[data-testid="card-preview"]');
    await frame.locator('h1').getByText('Thuiszorg Lindenhof', { exact: false }).waitFor();
    expect(await frame.locator('body').textContent()).toContain('Bitwerk IT-beheer');
    expect(await frame.locator('body').textContent()).toContain('Z-CERT');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as web page (.html)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('ehbo-kaart-thuiszorg-lindenhof-en.html');
    expect(await readFile((await file.path())!, 'utf8')).toContain('Zorgroute Planner');
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('takes the card’s suppliers from her own chain in “My chain”, saved in this browser', async () => {
    await page.goto(new URL('#/my-chain', page.url()).href);
    await page.locator('[data-testid="my-chain"]').waitFor();
    await page.getByLabel('Name of the supplier').fill('Eigen ICT Hulp');
    await page.getByRole('button', { name: 'Add supplier' }).click();
    await page.locator('[data-testid="my-chain"][data-suppliers="1"]').waitFor();
    await page.goto(new URL('#/duties', page.url()).href);
    const card = page.getByTestId('card-suppliers');
    await card.getByText('Eigen ICT Hulp', { exact: false }).waitFor();
    // Her own chain, not the sample chain's suppliers of the organisation she loaded.
    expect(await card.textContent()).not.toContain('Zorgroute Planner');
    const frame = page.frameLocator('[data-testid="card-preview"]');
    await frame.locator('body').getByText('Eigen ICT Hulp', { exact: false }).first().waitFor();
    await page.reload();
    await page.getByTestId('card-suppliers').getByText('Eigen ICT Hulp', { exact: false }).waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as web page (.html)' }).click(),
    ]);
    const html = await readFile((await file.path())!, 'utf8');
    expect(html).toContain('Eigen ICT Hulp');
    expect(html).not.toContain('Zorgroute Planner');
    await screenshot(page, 'duties-card-own-chain-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'duties-card-own-chain-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
  });
});
