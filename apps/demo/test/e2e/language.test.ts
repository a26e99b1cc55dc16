import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH, type Harness, screenshot, startHarness, wordsOf } from '../helpers/app.js';

const SAMPLE_CHAIN = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'zuid-holland-chain.json');

describe('one language at a time', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    ({ context, page } = await h.open('#/', { locale: 'nl' }));
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('says every problem of a broken basisscan file in Dutch', async () => {
    const input = page.getByLabel('Antwoorden inladen uit een bestand');
    const broken = {
      schemaVersion: 1,
      id: 'other',
      organisation: { id: 'x', name: 'X', subsector: 'spaceflight', sizeClass: 'micro', data: [], certifications: [] },
      catalog: { id: 'some-other-catalog', version: '1.0.0' },
      answers: { 'no-such-question': { value: 'yes' } },
      createdAt: 'yesterday',
      colour: 'blue',
    };
    await input.setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.locator('[data-testid="import-error"][data-foreign="false"]').waitFor();
    const text = await wordsOf(page, '[data-testid="import-error"]');
    expect(text).toContain('Het bestand kapot.json is niet ingeladen. Uw huidige antwoorden zijn niet veranderd.');
    expect(text).toContain('ontbreekt, maar is verplicht');
    expect(text).toContain('is geen bekend veld');
    expect(text).not.toMatch(ENGLISH);
    expect(await page.getByTestId('issues').locator('li').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'nl-import-broken');
  });

  it('says of a foreign file in one plain sentence what it is, with the details behind a disclosure', async () => {
    const input = page.getByLabel('Antwoorden inladen uit een bestand');
    await input.setInputFiles({ name: 'keten.json', mimeType: 'application/json', buffer: await readFile(SAMPLE_CHAIN) });
    const error = page.locator('[data-testid="import-error"][data-foreign="true"]');
    await error.waitFor();
    expect(await error.locator(':scope > p').allTextContents()).toEqual([
      'keten.json is geen basisscanbestand: het lijkt op een waardeketen. Uw huidige antwoorden zijn niet veranderd.',
    ]);
    // The technical list is there, folded away, and in Dutch as well.
    expect(await error.locator('details').getAttribute('open')).toBeNull();
    expect(await error.getByTestId('issues').isVisible()).toBe(false);
    await error.locator('summary').click();
    await error.getByTestId('issues').waitFor();
    expect(await wordsOf(page, '[data-testid="import-error"]')).not.toMatch(ENGLISH);

    await input.setInputFiles({
      name: 'package.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"name":"x","version":"1.0.0"}'),
    });
    await page.getByText('package.json is geen basisscanbestand. Uw huidige antwoorden zijn niet veranderd.').waitFor();
    await input.setInputFiles({ name: 'foto.json', mimeType: 'application/json', buffer: Buffer.from([0xff, 0xd8, 0xff]) });
    await page.getByText('foto.json kon niet worden gelezen als basisscanbestand. Uw huidige antwoorden zijn niet veranderd.').waitFor();
  });

  it('writes numbers the Dutch way in the chain view and shows the time she actually waited', async () => {
    await page.goto(`${h.url}/#/chain`);
    await page.locator('[data-testid="chain-stats"][data-waited-ms]:not([data-waited-ms=""])').waitFor();
    const clickedAt = await page.evaluate(() => performance.now());
    await page.getByTestId('dataset').selectOption('synthetic');
    const stats = page.locator('[data-testid="chain-stats"][data-organisations="5000"][data-waited-ms]:not([data-waited-ms=""])');
    await stats.waitFor({ timeout: 60_000 });
    const seenAt = await page.evaluate(() => performance.now());
    const text = (await stats.textContent())!;
    expect(text).toMatch(/^5\.000 organisaties, 20\.000 afhankelijkheden\. Klaar [\d.]+ ms nadat u hem koos\.$/);
    const shown = Number(text.match(/Klaar ([\d.]+) ms/)![1]!.replace(/\./g, ''));
    const parts = ['data-analyse-ms', 'data-layout-ms', 'data-render-ms'];
    let work = 0;
    for (const a of parts) work += Number(await stats.getAttribute(a));
    // The figure is the whole wait: at least the work inside it, at most the time the test saw pass.
    expect(shown).toBeGreaterThanOrEqual(Math.floor(work));
    expect(shown).toBeLessThanOrEqual(Math.ceil(seenAt - clickedAt));
  });
});
