import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { propagate } from '@lsh-cyber/chain';
import type { ChainModel } from '@lsh-cyber/schema';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../helpers/app.js';
import { fillProfile, waitForStep } from '../helpers/scan.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', '..', '..', 'examples');

describe('the small things that matter', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    ({ context, page } = await h.open('#/', { locale: 'en' }));
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('clears the missing-fields notice as soon as the fields are filled', async () => {
    await page.goto(`${h.url}/#/scan/0`);
    await waitForStep(page, 0);
    await page.getByRole('button', { name: 'Next' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Please fill in:' });
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      'Please fill in: Name of the organisation, What does your organisation mainly do?, How many people work there?.',
    );
    await page.getByLabel('Name of the organisation').fill('Testlab');
    await page.getByText('Please fill in: What does your organisation mainly do?, How many people work there?.').waitFor();
    await fillProfile(page, '');
    await notice.waitFor({ state: 'detached' });
  });

  it('continues where she stopped: the first step with an unanswered question', async () => {
    await page.getByRole('button', { name: 'Next' }).click();
    await waitForStep(page, 1);
    await page.getByRole('radio', { name: '3 — reasonably' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    const body = await waitForStep(page, 2);
    const n = Number(await body.getAttribute('data-question-count'));
    for (let i = 0; i < n; i++) await body.locator('fieldset.question').nth(i).locator('input[type=radio]').first().check();
    await page.goto(`${h.url}/#/`);
    const cont = page.locator('[data-testid="continue"][data-ready="true"]');
    await cont.waitFor();
    expect(await cont.textContent()).toBe('Continue the basisscan');
    expect(await cont.getAttribute('href')).toBe('#/scan/3');
    await cont.click();
    await waitForStep(page, 3);
  });

  it('shows an imported region that is not on the list, and imported answer notes', async () => {
    const sample = JSON.parse(await readFile(join(EXAMPLES, 'assessments', 'biotech-startup.json'), 'utf8'));
    const first = Object.keys(sample.answers)[0]!;
    sample.organisation.region = 'Regio Utrecht';
    sample.answers[first] = { ...sample.answers[first], note: 'Back-up staat bij de IT-partner, wekelijks getest.' };
    await page.goto(`${h.url}/#/`);
    await page.getByLabel('Load answers from a file').setInputFiles({
      name: 'scan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(sample)),
    });
    await page.getByRole('button', { name: 'Replace my answers' }).click();
    await page.getByText('Answers loaded from scan.json.').waitFor();
    await page.goto(`${h.url}/#/scan/0`);
    await waitForStep(page, 0);
    const region = page.getByLabel('Region');
    expect(await region.inputValue()).toBe('Regio Utrecht');
    expect(await region.locator('option:checked').textContent()).toBe('Regio Utrecht (from your file)');
    // The note shows on the question it belongs to.
    for (let step = 2; ; step++) {
      await page.goto(`${h.url}/#/scan/${step}`);
      const body = await waitForStep(page, step);
      if (await body.locator(`fieldset[data-question="${first}"]`).count()) {
        expect(await body.locator(`fieldset[data-question="${first}"] [data-testid="answer-note"]`).textContent()).toBe(
          'Your note: Back-up staat bij de IT-partner, wekelijks getest.',
        );
        break;
      }
      expect(step).toBeLessThan(20);
    }
  });

  it('moves to the details when a row of "who holds the chain back" is chosen, and offers only suppliers in the what-if', async () => {
    const model = JSON.parse(await readFile(join(EXAMPLES, 'zuid-holland-chain.json'), 'utf8')) as ChainModel;
    const result = propagate(model);
    await page.goto(`${h.url}/#/chain`);
    await page.locator('[data-testid="chain-stats"][data-render-ms]:not([data-render-ms=""])').waitFor();
    const row = page.getByTestId('exposure').locator('tbody th button').nth(2);
    const name = (await row.textContent())!;
    await row.click();
    const heading = page.locator('[data-testid="chain-details"] h3');
    await page.waitForFunction((n) => document.activeElement?.textContent === n && document.activeElement.tagName === 'H3', name);
    const box = await heading.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);

    // An organisation with suppliers: the what-if lists exactly its suppliers, never itself.
    const withSuppliers = model.organisations.find((o) => result.path(o.id).length > 1)!;
    await page.getByTestId('organisation-select').selectOption(withSuppliers.id);
    const options = await page
      .getByLabel('Supplier to improve')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const suppliers = new Set(model.dependencies.filter((d) => d.from === withSuppliers.id).map((d) => d.to));
    for (const p of result.path(withSuppliers.id).slice(1)) suppliers.add(p);
    expect(options).not.toContain(withSuppliers.id);
    expect(new Set(options)).toEqual(suppliers);
  });
});
