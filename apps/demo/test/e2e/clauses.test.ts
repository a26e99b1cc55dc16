import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, screenshot, startHarness } from '../helpers/app.js';

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The visible text of a .docx: the text runs of word/document.xml, joined. */
function docxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  expect(Object.keys(files)).toContain('[Content_Types].xml');
  const xml = strFromU8(files['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('contract clauses in Chromium', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    h = await startHarness();
    ({ context, page, errors } = await h.open('#/clauses', { locale: 'en' }));
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('proposes a pack with reasons and downloads it as .docx and .md holding the clause text', async () => {
    await page.getByTestId('supplier-select').waitFor();
    // The supplier with the largest pack among the first few, so the test sees a full one.
    const suppliers = await page
      .getByTestId('supplier-select')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(suppliers.length).toBeGreaterThan(0);
    let best = { id: suppliers[0]!, count: -1 };
    for (const id of suppliers.slice(0, 8)) {
      const count = await showPack(page, id, 'en');
      if (count > best.count) best = { id, count };
    }
    expect(await showPack(page, best.id, 'en')).toBe(best.count);
    const clauses = page.locator('article.clause');
    expect(await clauses.count()).toBe(best.count);
    expect(best.count).toBeGreaterThan(0);
    expect(await clauses.first().locator('li').count()).toBeGreaterThan(0);
    const firstTitle = (await clauses.first().locator('h3').textContent())!;
    await screenshot(page, 'clauses');

    const md = await download(page, 'Download clauses (Markdown)');
    expect(md.name).toBe(`clauses-${best.id}-en.md`);
    const markdown = md.bytes.toString('utf8');
    expect(markdown).toContain(firstTitle);

    const docx = await download(page, 'Download clauses (Word)');
    expect(docx.name).toBe(`clauses-${best.id}-en.docx`);
    const text = docxText(docx.bytes);
    expect(text).toContain(firstTitle);
    const titles = await clauses.locator('h3').allTextContents();
    for (const title of titles) expect(text).toContain(title);
    expect(errors).toEqual([]);
  });

  it('writes the contract in Dutch when the page is in Dutch', async () => {
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await page.locator('[data-testid="pack"][data-locale="nl"]').waitFor();
    const title = (await page.locator('article.clause h3').first().textContent())!;
    const docx = await download(page, 'Download clausules (Word)');
    expect(docx.name).toMatch(/-nl\.docx$/);
    expect(docxText(docx.bytes)).toContain(title);
  });
});

/**
 * Chooses a supplier and waits until the pack on screen is that supplier's, in that language (its
 * `data-supplier` and `data-locale` markers), so nothing is read from the previous pack. Returns
 * the number of clauses the view says it shows.
 */
async function showPack(page: Page, supplierId: string, locale: 'en' | 'nl'): Promise<number> {
  await page.getByTestId('supplier-select').selectOption(supplierId);
  const pack = page.locator(`[data-testid="pack"][data-supplier=${JSON.stringify(supplierId)}][data-locale="${locale}"]`);
  await pack.waitFor();
  const count = Number(await pack.getAttribute('data-clause-count'));
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="pack"] article.clause').length === n, count);
  return count;
}
