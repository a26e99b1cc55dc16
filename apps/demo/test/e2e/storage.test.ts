import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, runAxe, screenshot, seriousOrCritical, startHarness } from '../helpers/app.js';
import { storedDraft } from '../helpers/scan.js';

const DRAFT_KEY = 'lsh-cyber-demo:assessment';
const SAMPLE = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'assessments', 'biotech-startup.json');

/** A draft as the app stores it, with two answers and a started profile. */
const DRAFT = {
  id: 'assessment-mine',
  organisation: { name: 'My Own Lab', subsector: 'biotech-rd', sizeClass: 'micro', data: [], certifications: [] },
  answers: { 'gov.responsible': { value: 'unknown' }, 'gov.board': { value: 'unknown' } },
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:05:00Z',
};

/** Every entry of the page's localStorage. */
const storage = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? ''])));

describe('stored answers are never lost (Chromium)', () => {
  let h: Harness;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Opens the app, stores `entries` in localStorage and reloads, as if they were left by an earlier visit. */
  async function openWith(entries: Record<string, string>, hash = '#/') {
    const opened = await h.open(hash, { locale: 'en' });
    context = opened.context;
    await opened.page.evaluate((e) => {
      for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
    }, entries);
    await opened.page.reload();
    await opened.page.locator('h1').first().waitFor();
    return opened;
  }

  it('keeps unreadable stored answers aside, says so in both languages and offers them as a download', async () => {
    const raw = '{"id": "assessment-old", "answers": {"q1": {"value": "yes"}, ';
    const { page, errors } = await openWith({ [DRAFT_KEY]: raw });
    const notice = page.getByTestId('unreadable-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Earlier answers could not be read');
    expect(await notice.textContent()).toContain('They were not deleted');
    expect(await page.locator('[aria-live="polite"]').filter({ has: notice }).count()).toBe(1);

    const aside = Object.entries(await storage(page)).filter(([k]) => k.startsWith(`${DRAFT_KEY}:unreadable:`));
    expect(aside.map(([, v]) => v)).toEqual([raw]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: /Download the unreadable answers/ }).click(),
    ]);
    expect(await readFile((await download.path()) ?? '', 'utf8')).toBe(raw);
    await screenshot(page, 'storage-unreadable');
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);

    // A new answer starts a fresh draft, and the kept copy stays as it was, also after a reload.
    await page.goto(`${h.url}/#/scan/1`);
    await page.getByRole('radio', { name: '2 — a little' }).check();
    await page.reload();
    await page.getByTestId('unreadable-notice').waitFor();
    const after = await storage(page);
    expect(after[aside[0]![0]]).toBe(raw);
    expect(JSON.parse(after[DRAFT_KEY] ?? '').selfRating).toBe(2);

    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    expect(await page.getByTestId('unreadable-notice').textContent()).toContain('Eerdere antwoorden konden niet worden gelezen');

    // Deleting the copy asks first; cancelling keeps it.
    await page.getByRole('button', { name: 'Wis deze kopie' }).click();
    const dialog = page.getByRole('dialog', { name: 'De onleesbare antwoorden wissen?' });
    await dialog.getByRole('button', { name: 'Houd de kopie' }).click();
    expect((await storage(page))[aside[0]![0]]).toBe(raw);
    await page.getByRole('button', { name: 'Wis deze kopie' }).click();
    await dialog.getByRole('button', { name: 'Wis de kopie' }).click();
    await page.getByTestId('unreadable-notice').waitFor({ state: 'detached' });
    expect((await storage(page))[aside[0]![0]]).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('asks before an import replaces answers; cancel keeps them, confirm replaces them, undo brings them back', async () => {
    const sample = await readFile(SAMPLE, 'utf8');
    const imported = JSON.parse(sample) as { id: string; organisation: { name: string } };
    const { page, errors } = await openWith({ [DRAFT_KEY]: JSON.stringify(DRAFT) });
    const before = await storedDraft(page);
    const input = page.getByLabel('Load answers from a file');
    const file = { name: 'sample.json', mimeType: 'application/json', buffer: Buffer.from(sample) };
    const dialog = page.getByRole('dialog', { name: 'Replace your current answers?' });

    await input.setInputFiles(file);
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Loading sample.json replaces them');
    // The safe choice has the focus, and the dialog is modal.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep my current answers');
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    await screenshot(page, 'import-confirm');
    await dialog.getByRole('button', { name: 'Keep my current answers' }).click();
    await page.getByText('The file sample.json was not loaded. Your answers are unchanged.').waitFor();
    expect(await storedDraft(page)).toEqual(before);

    // Escape cancels too.
    await input.setInputFiles(file);
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await storedDraft(page)).toEqual(before);

    await input.setInputFiles(file);
    await dialog.getByRole('button', { name: 'Replace my answers' }).click();
    await page.getByText('Answers loaded from sample.json.').waitFor();
    expect((await storedDraft(page))?.organisation.name).toBe(imported.organisation.name);

    // The undo survives a reload, brings the earlier answers back exactly, and can itself be undone.
    await page.reload();
    await page.getByRole('button', { name: 'Undo loading sample.json: go back to the answers I had before' }).click();
    await page.getByText(/The answers you had before loading sample.json are back/).waitFor();
    expect(await storedDraft(page)).toEqual(before);
    await page.getByRole('button', { name: 'Use the answers from sample.json again' }).click();
    await page.getByText('The answers from sample.json are back.').waitFor();
    expect((await storedDraft(page))?.organisation.name).toBe(imported.organisation.name);
    expect(errors).toEqual([]);
  });

  it('loads a file without asking when nothing was entered yet', async () => {
    const opened = await h.open('#/', { locale: 'en' });
    context = opened.context;
    const { page } = opened;
    await page
      .getByLabel('Load answers from a file')
      .setInputFiles({ name: 'sample.json', mimeType: 'application/json', buffer: await readFile(SAMPLE) });
    await page.getByText('Answers loaded from sample.json.').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByTestId('undo-import').count()).toBe(0);
  });

  it('asks in a dialog before deleting all answers', async () => {
    const { page } = await openWith({ [DRAFT_KEY]: JSON.stringify(DRAFT) });
    await page.getByRole('button', { name: 'Delete my answers from this browser' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your answers?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Keep my answers' }).click();
    expect((await storedDraft(page))?.organisation.name).toBe('My Own Lab');
    await page.getByRole('button', { name: 'Delete my answers from this browser' }).click();
    await dialog.getByRole('button', { name: 'Delete my answers' }).click();
    await page.getByText('Your answers were deleted from this browser.').waitFor();
    expect(await storedDraft(page)).toBeNull();
  });

  it('shows in one tab the answers saved in another', async () => {
    const { page: first } = await openWith({ [DRAFT_KEY]: JSON.stringify(DRAFT) }, '#/scan/1');
    const second = await context!.newPage();
    await second.goto(`${h.url}/#/`);
    await second.getByTestId('start-progress').waitFor();
    await first.getByRole('radio', { name: '5 — very well' }).check();
    await second.getByTestId('synced-notice').waitFor();
    expect(await second.getByTestId('synced-notice').textContent()).toContain('changed in another tab or window');
    // The second tab now works on the newer answers: its next save keeps the first tab's change.
    await second.goto(`${h.url}/#/scan/0`);
    await second.getByLabel('Name of the organisation').fill('Renamed in tab two');
    const stored = (await storedDraft(first)) as { selfRating?: number; organisation: { name: string } } | null;
    expect(stored?.selfRating).toBe(5);
    expect(stored?.organisation.name).toBe('Renamed in tab two');
    await first.goto(`${h.url}/#/scan/0`);
    expect(await first.getByLabel('Name of the organisation').inputValue()).toBe('Renamed in tab two');
  });

  it('shows a message and a retry when a view fails to load, and leaves the answers alone', async () => {
    const { page } = await openWith({ [DRAFT_KEY]: JSON.stringify(DRAFT) });
    const before = await storage(page);
    const chunk = /\/assets\/ChainView-[^/]+\.js$/;
    await page.route(chunk, (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: 'Value chain' }).first().click();
    const error = page.getByTestId('view-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('This part could not be shown');
    expect(await error.textContent()).toContain('Your answers are safe');
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    await screenshot(page, 'view-load-failed');
    expect(await storage(page)).toEqual(before);

    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    expect(await error.textContent()).toContain('Dit onderdeel kon niet worden getoond');
    await page.getByRole('button', { name: 'Switch to English' }).click();

    // The rest of the app still works while the chunk is unreachable.
    await page.getByRole('link', { name: 'Start' }).first().click();
    await page.getByTestId('start-progress').waitFor();

    await page.getByRole('link', { name: 'Value chain' }).first().click();
    await error.waitFor();
    // The connection is back: the retry opens the view again (a reload of the same address, as a
    // failed chunk stays failed in the browser's module map), with every answer intact.
    await page.unroute(chunk);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: /value chain/i }).waitFor();
    expect(await storage(page)).toEqual(before);
  });
});
