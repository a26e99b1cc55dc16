import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lshCatalog } from '@lsh-cyber/catalog-lsh';
import { parseAssessment, readCsv } from '@lsh-cyber/schema';
import { benchmark, planRoadmap, scoreAssessment } from '@lsh-cyber/scoring';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPeers } from '../../src/lib/synthetic-peers.js';
import { type Harness, screenshot, startHarness } from '../helpers/app.js';
import { completeScan, storedDraft, waitForStep } from '../helpers/scan.js';

const SAMPLES = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'assessments');

describe('the basisscan in Chromium', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    h = await startHarness();
    ({ context, page, errors } = await h.open('#/', { locale: 'en' }));
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('says on the start page that everything runs in the browser', async () => {
    expect(await page.getByText(/Everything runs in your browser/).count()).toBeGreaterThan(0);
    await screenshot(page, 'start-en');
  });

  it('takes a full scan through the UI and shows the scores', async () => {
    const answered = await completeScan(page, (i, n) => (i * 7 + 3) % n);
    const draft = await storedDraft(page);
    expect(Object.keys(draft?.answers ?? {})).toHaveLength(answered);
    expect(answered).toBeGreaterThanOrEqual(10);

    await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
    const overall = await page.getByTestId('overall-score').textContent();
    const level = await page.getByTestId('level').textContent();
    const chart = page.getByRole('img', { name: /Scores per part/ });
    expect(await chart.count()).toBe(1);
    const bars = await page
      .locator('[data-domain]')
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-domain'), g.getAttribute('data-score')]));
    await screenshot(page, 'result-en');

    // The same answers, exported and scored in Node, must give the numbers the page shows.
    const report = scoreAssessment(await exportAssessment(page), lshCatalog);
    expect(overall?.trim()).toBe(String(Math.round(report.overall)));
    expect(level).toContain(`Level ${report.level.value} of 5`);
    expect(bars).toEqual(report.domains.map((d) => [d.id, d.score === null ? '' : String(d.score)]));
  });

  it('plans with the budget slider and downloads the report (.docx, .md) and the roadmap (.csv)', async () => {
    await page.goto(`${h.url}/#/result`);
    await page.getByTestId('overall-score').waitFor();
    const assessment = await exportAssessment(page);
    const report = scoreAssessment(assessment, lshCatalog);
    await page.goto(`${h.url}/#/result`);
    await page.getByTestId('roadmap').waitFor();

    // Keyboard on the slider: Home is no budget at all, so year 1 holds only the free measures.
    const slider = page.getByTestId('budget');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByTestId('budget-value').textContent()).toBe('€0 per year');
    const free = planRoadmap(report, lshCatalog, { budgetPerYear: 0, years: 3, sizeClass: 'micro' });
    await expect.poll(() => page.locator('[data-year="1"] tbody tr').count()).toBe(free.years[0]!.measures.length);
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('budget-value').textContent()).toBe('€50,000 per year');
    const rich = planRoadmap(report, lshCatalog, { budgetPerYear: 50_000, years: 3, sizeClass: 'micro' });
    await expect.poll(() => page.locator('[data-year="1"] tbody tr').count()).toBe(rich.years[0]!.measures.length);

    const csv = (await download(page, 'Plan as spreadsheet (CSV)')).toString('utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('year,measure_id,measure,one_off_eur,yearly_eur,effort_days,audience,questions,projected_score_after_year');
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(rich.years.flatMap((y) => y.measures.map((m) => m.id)));
    const questionTexts = new Set(lshCatalog.questions.map((q) => q.text.en));
    for (const row of readCsv(csv)
      .records.slice(1)
      .map((r) => r.cells)) {
      for (const who of row[6]!.split(', ')) expect(['board', 'staff', 'IT']).toContain(who);
      for (const q of row[7]!.split(' | ').filter(Boolean)) expect(questionTexts.has(q), q).toBe(true);
    }

    const md = (await download(page, 'Report (Markdown)')).toString('utf8');
    expect(md).toContain('# Cyber resilience basisscan: Testlab Leiden B.V.');
    expect(md).toContain(`**${Math.round(report.overall)} / 100 — Level ${report.level.value} of 5: ${report.level.name.en}**`);

    const docx = await download(page, 'Report for the board (Word)');
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    expect(xml).toContain(`${Math.round(report.overall)} / 100 — Level ${report.level.value} of 5: ${report.level.name.en}`);
    for (const d of report.domains) expect(xml).toContain(d.title.en.replace(/&/g, '&amp;'));
    await screenshot(page, 'result-roadmap-max');
  });

  it('compares with the sample peers, and with labelled synthetic peers when asked', async () => {
    const report = scoreAssessment(await exportAssessment(page), lshCatalog);
    const samples = (
      await Promise.all((await readdir(SAMPLES)).filter((f) => f.endsWith('.json')).map((f) => readFile(join(SAMPLES, f), 'utf8')))
    ).map((text) => scoreAssessment(parseAssessment(JSON.parse(text), { catalog: lshCatalog }), lshCatalog));
    await page.goto(`${h.url}/#/result`);
    const result = page.getByTestId('benchmark-result');
    await result.locator('p').waitFor();
    const plain = benchmark(report, samples);
    expect(plain.comparable).toBe(false);
    expect(await result.textContent()).toBe(`No comparison: ${plain.comparable ? '' : plain.reason.en}`);

    await page.getByRole('checkbox', { name: /synthetic peers/ }).check();
    const withSynthetic = benchmark(report, [...samples, ...syntheticPeers('biotech-rd', 'micro')]);
    if (!withSynthetic.comparable) throw new Error('20 synthetic peers of the same group must make a comparison');
    await page.getByText('synthetic', { exact: true }).waitFor();
    expect(await result.textContent()).toBe(
      `You score better than ${withSynthetic.percentile}% of ${withSynthetic.group.size} comparable organisations (median ${withSynthetic.median.toLocaleString('en-GB', { maximumFractionDigits: 1 })}).synthetic`,
    );
  });

  it('keeps every answer after a reload', async () => {
    const before = await storedDraft(page);
    await page.reload();
    await page.goto(`${h.url}/#/scan/2`);
    const body = await waitForStep(page, 2);
    const count = Number(await body.getAttribute('data-question-count'));
    expect(count).toBeGreaterThan(0);
    await page.waitForFunction((n) => document.querySelectorAll('.wizard-body[data-step="2"] fieldset.question').length === n, count);
    const after = await storedDraft(page);
    expect(after).toEqual(before);
    // The radios on screen show the stored answers.
    const fieldsets = body.locator('fieldset.question');
    for (let i = 0; i < count; i++) {
      const id = await fieldsets.nth(i).getAttribute('data-question');
      const checked = fieldsets.nth(i).locator('input[type=radio]:checked');
      expect(await checked.getAttribute('value')).toBe(before?.answers[id ?? '']?.value);
    }
    expect(await page.getByTestId('progress-text').textContent()).toMatch(/^(\d+) of \1 questions answered$/);
    await screenshot(page, 'scan-after-reload');
  });

  it('refuses a broken or foreign import and leaves the answers untouched', async () => {
    await page.goto(`${h.url}/#/`);
    const before = await storedDraft(page);
    const input = page.getByLabel('Load answers from a file');

    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion": 1, "answers": '),
    });
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('broken.json could not be read as a basisscan file. Your current answers are unchanged.');
    expect(await error.textContent()).toContain('is not a JSON file');

    const foreign = {
      schemaVersion: 1,
      id: 'other',
      organisation: { id: 'x', name: 'X', subsector: 'spaceflight', sizeClass: 'micro', data: [], certifications: [] },
      catalog: { id: 'some-other-catalog', version: '1.0.0' },
      answers: { 'no-such-question': { value: 'yes' } },
      createdAt: 'yesterday',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    await input.setInputFiles({ name: 'foreign.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(foreign)) });
    await page.getByText('foreign.json was not loaded').waitFor();
    const items = page.getByTestId('issues').locator('li');
    const texts = await items.allTextContents();
    expect(texts.some((t) => t.startsWith('organisation.subsector'))).toBe(true);
    expect(texts.some((t) => t.startsWith('createdAt'))).toBe(true);
    await screenshot(page, 'import-refused');

    expect(await storedDraft(page)).toEqual(before);
    await page.reload();
    expect(await storedDraft(page)).toEqual(before);
    expect(await page.getByTestId('start-progress').textContent()).toMatch(/You have answered (\d+) of \1 questions/);
  });

  it('exports a valid assessment and loads it back', async () => {
    const exported = await exportAssessment(page);
    expect(exported.organisation.name).toBe('Testlab Leiden B.V.');
    expect(exported.selfRating).toBe(4);
    const changed = { ...exported, organisation: { ...exported.organisation, name: 'Renamed Lab' } };
    await page
      .getByLabel('Load answers from a file')
      .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(changed)) });
    // Answers are already entered, so loading the file first asks before it replaces them.
    await page.getByRole('dialog', { name: 'Replace your current answers?' }).getByRole('button', { name: 'Replace my answers' }).click();
    await page.getByText('Answers loaded from mine.json.').waitFor();
    expect((await storedDraft(page))?.organisation.name).toBe('Renamed Lab');
    expect(errors).toEqual([]);
  });

  it('switches every text and the lang attribute to Dutch', async () => {
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('heading', { level: 1, name: 'Hoe goed is uw organisatie beschermd tegen cyberaanvallen?' }).waitFor();

    // The roadmap spreadsheet in Dutch: the Dutch dialect, Dutch column names, and words, not codes or question ids.
    await page.goto(`${h.url}/#/result`);
    await page.getByTestId('roadmap').waitFor();
    const csv = (await download(page, 'Plan als spreadsheet (CSV)')).toString('utf8');
    expect(csv.startsWith('\uFEFFjaar;maatregel_id;maatregel;eenmalig_eur;per_jaar_eur;inspanning_dagen;wie;vragen;')).toBe(true);
    const rows = readCsv(csv)
      .records.slice(1)
      .map((r) => r.cells);
    expect(rows.length).toBeGreaterThan(0);
    const questionTexts = new Set(lshCatalog.questions.map((q) => q.text.nl));
    for (const row of rows) {
      for (const who of row[6]!.split(', ')) expect(['directie', 'medewerkers', 'IT']).toContain(who);
      for (const q of row[7]!.split(' | ').filter(Boolean)) expect(questionTexts.has(q), q).toBe(true);
      expect(row[5]).not.toMatch(/\./);
    }
    await page.goto(`${h.url}/#/`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});

/** Clicks a download button and returns the file's bytes. */
async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile(await file.path());
}

/** Clicks the export button on the start page and reads the downloaded file as an assessment. */
async function exportAssessment(page: Page) {
  await page.goto(new URL('#/', page.url()).href);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Save answers as a file/ }).click(),
  ]);
  const path = await download.path();
  const json: unknown = JSON.parse(await readFile(path, 'utf8'));
  return parseAssessment(json, { catalog: lshCatalog });
}
