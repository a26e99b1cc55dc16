import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CRITICALITY_LEVELS, fromGexf, propagate, whatIf } from '@lsh-cyber/chain';
import { type ChainModel, parseChainModel } from '@lsh-cyber/schema';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH, type Harness, runAxe, screenshot, seriousOrCritical, startHarness, wordsOf } from '../helpers/app.js';

const SAMPLE_CHAIN = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'zuid-holland-chain.json');

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('lsh-cyber-demo:my-chain') ?? 'null')) as Promise<{
    model: ChainModel;
    me: string;
  } | null>;

/** The effective score the page shows, once it shows `suppliers` suppliers. */
async function shown(page: Page, suppliers: number): Promise<number> {
  await page.locator(`[data-testid="my-chain"][data-suppliers="${suppliers}"]`).waitFor();
  return Number(await page.getByTestId('my-effective').evaluate((el) => el.firstChild?.textContent));
}

interface Entry {
  name: string;
  kind: string;
  data?: string[];
  critical: string;
  alternativeOf?: string;
  score?: number;
}

async function addSupplier(page: Page, e: Entry): Promise<void> {
  const form = page.getByTestId('add-supplier');
  await form.getByLabel('Name of the supplier').fill(e.name);
  await form.getByLabel('What do they provide?').selectOption(e.kind);
  for (const d of e.data ?? []) await form.getByRole('checkbox', { name: d }).check();
  await form.getByRole('radio', { name: e.critical }).check();
  if (e.alternativeOf)
    await form.getByLabel('Can this supplier stand in for another one?').selectOption({ label: `Yes, for ${e.alternativeOf}` });
  if (e.score !== undefined) await form.getByLabel('Their score, if you know it (0 to 100, optional)').fill(String(e.score));
  await form.getByRole('button', { name: 'Add supplier' }).click();
  await page.getByTestId('my-chain-notice').getByText(`${e.name} was added.`).waitFor();
}

describe('my chain: her own suppliers, in Chromium', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    h = await startHarness();
    ({ context, page, errors } = await h.open('#/my-chain', { locale: 'en' }));
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('adds three suppliers and shows her effective score as the chain engine computes it', async () => {
    expect(await shown(page, 0)).toBe(50);
    await screenshot(page, 'my-chain-empty');
    const steps: { entry: Entry; dep: ChainModel['dependencies'][number]; org: ChainModel['organisations'][number] }[] = [
      {
        entry: {
          name: 'Dossier Cloud B.V.',
          kind: 'saas',
          data: ['Patient (health) data'],
          critical: 'Our work stops',
          score: 38,
        },
        org: { id: 'supplier-dossier-cloud-b-v', name: 'Dossier Cloud B.V.', role: 'saas', score: 38 },
        dep: { from: 'me', to: 'supplier-dossier-cloud-b-v', kind: 'saas', criticality: 1, data: ['patient'] },
      },
      {
        entry: { name: 'IT-Partner Noord', kind: 'managed-it', critical: 'Our work stops', score: 30 },
        org: { id: 'supplier-it-partner-noord', name: 'IT-Partner Noord', role: 'managed-it', score: 30 },
        dep: { from: 'me', to: 'supplier-it-partner-noord', kind: 'managed-it', criticality: CRITICALITY_LEVELS.stops },
      },
      {
        entry: {
          name: 'IT-Partner Zuid',
          kind: 'managed-it',
          critical: 'Our work stops',
          alternativeOf: 'IT-Partner Noord',
          score: 70,
        },
        org: { id: 'supplier-it-partner-zuid', name: 'IT-Partner Zuid', role: 'managed-it', score: 70 },
        dep: { from: 'me', to: 'supplier-it-partner-zuid', kind: 'managed-it', criticality: CRITICALITY_LEVELS.stops },
      },
    ];
    const expected: ChainModel = {
      schemaVersion: 1,
      id: 'my-chain',
      name: 'Mijn keten',
      organisations: [{ id: 'me', name: 'My organisation', role: 'organisation' }],
      dependencies: [],
    };
    const seen: number[] = [];
    for (const [i, step] of steps.entries()) {
      await addSupplier(page, step.entry);
      expected.organisations.push(step.org);
      expected.dependencies.push(step.dep);
      if (i === 2) for (const d of expected.dependencies.slice(1)) d.group = 'alternatives-supplier-it-partner-noord';
      const score = await shown(page, i + 1);
      // The reference: the chain engine, run in Node on the chain as she described it.
      expect(score).toBe(Math.round(propagate(expected).get('me').effective));
      seen.push(score);
    }
    // The patient-record cloud pulls her down, the weak IT partner further, and its alternative lifts the IT link again.
    expect(seen).toEqual([38, 30, 38]);
    const saved = await stored(page);
    expect(saved?.me).toBe('me');
    expect(parseChainModel(saved?.model).dependencies).toEqual(expected.dependencies);
    // The what-if per supplier, worked out on request, as the engine answers it.
    const result = propagate(expected);
    for (const step of steps) {
      const row = page.locator(`tr[data-supplier="${step.org.id}"]`);
      await row.getByRole('button', { name: `Work it out for ${step.org.name}` }).click();
      const after = whatIf(result, { scores: { [step.org.id]: 80 } }).changed.find((c) => c.id === 'me')?.after;
      await row
        .getByTestId('what-if-80')
        .getByText(after === undefined ? 'no change for you' : `you would score ${Math.round(after)}`)
        .waitFor();
    }
    // Who holds her back, in words, ending at the engine's origin.
    const origin = propagate(expected).path('me').at(-1)!;
    expect(await page.getByTestId('held-back').getAttribute('data-origin')).toBe(origin);
    await screenshot(page, 'my-chain-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth)).toBe(true);
    await screenshot(page, 'my-chain-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('downloads the clause pack for the supplier that gets patient data', async () => {
    await page.getByTestId('my-clauses-supplier').selectOption({ label: 'Dossier Cloud B.V.' });
    const titles = await page.getByTestId('my-clauses-list').locator('li').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    const md = await download(page, 'Download clauses (Markdown)');
    expect(md.name).toBe('clauses-supplier-dossier-cloud-b-v-en.md');
    for (const title of titles) expect(md.text).toContain(title);
  });

  it('offers the standard-terms checklist for a supplier she cannot negotiate with', async () => {
    await page.getByTestId('my-clauses-supplier').selectOption({ label: 'Dossier Cloud B.V.' });
    await page.getByLabel('No, they only offer their standard terms', { exact: false }).check();
    await page.locator('[data-testid="my-clauses-mode"][data-mode="checklist"]').waitFor();
    await page.getByTestId('my-checklist-intro').waitFor();
    await screenshot(page, 'my-chain-checklist-desktop');
    const md = await download(page, 'Download checklist (Markdown)');
    expect(md.name).toBe('checklist-supplier-dossier-cloud-b-v-en.md');
    expect(md.text.split('\n')[0]).toContain('Checklist for the standard terms of Dossier Cloud B.V.');
    expect(md.text.split('\n').filter((l) => l.startsWith('- [ ]')).length).toBeGreaterThan(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'my-chain-checklist-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    // Back to the contract: the clause pack again.
    await page.getByLabel('Yes, we agree a contract together', { exact: false }).check();
    await page.locator('[data-testid="my-clauses-mode"][data-mode="contract"]').waitFor();
    await page.getByRole('button', { name: 'Download clauses (Markdown)' }).waitFor();
  });

  it('keeps everything after a reload, and exports what it keeps', async () => {
    const before = await stored(page);
    const score = await shown(page, 3);
    await page.reload();
    expect(await shown(page, 3)).toBe(score);
    expect(await stored(page)).toEqual(before);
    expect(await page.getByTestId('my-suppliers').locator('tbody tr').count()).toBe(3);
    const json = await download(page, 'Save as chain file (JSON)');
    expect(parseChainModel(JSON.parse(json.text)).dependencies).toEqual(before!.model.dependencies);
    const gexf = await download(page, 'Save for Gephi (GEXF)');
    expect(propagate(fromGexf(gexf.text)).get('me').effective).toBeCloseTo(propagate(before!.model).get('me').effective, 6);
    expect(errors).toEqual([]);
  });

  for (const locale of ['en', 'nl'] as const) {
    it(`has no serious or critical accessibility violations (${locale})`, async () => {
      await page.evaluate((l) => localStorage.setItem('lsh-cyber-demo:locale', l), locale);
      await page.reload();
      await page.locator(`html[lang="${locale}"]`).waitFor();
      await page.locator('[data-testid="my-chain"][data-suppliers="3"]').waitFor();
      const violations = seriousOrCritical(await runAxe(page));
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });
  }

  it('loads an analyst’s regional chain, and refuses a foreign file in one plain Dutch sentence', async () => {
    const input = page.getByTestId('my-chain-import');
    await input.setInputFiles({ name: 'scan.json', mimeType: 'application/json', buffer: Buffer.from('{"answers":{}}') });
    const error = page.locator('[data-testid="import-error"][data-foreign="true"]');
    await error.waitFor();
    expect(await error.locator(':scope > p').textContent()).toBe(
      'scan.json is geen ketenbestand: het lijkt op een basisscan. Uw huidige keten is niet veranderd.',
    );
    expect((await stored(page))?.model.organisations).toHaveLength(4);
    await input.setInputFiles({ name: 'regio.json', mimeType: 'application/json', buffer: await readFile(SAMPLE_CHAIN) });
    await page.getByText('Keten ingeladen uit regio.json.').waitFor();
    const regional = JSON.parse(await readFile(SAMPLE_CHAIN, 'utf8')) as ChainModel;
    expect((await stored(page))?.model.organisations).toHaveLength(regional.organisations.length);
    await page.getByTestId('who-am-i').waitFor();
    await screenshot(page, 'my-chain-regional-nl');
  });

  it('imports a `;` CSV chain (Dutch dialect: BOM, decimal comma) and saves it in that dialect', async () => {
    const input = page.getByTestId('my-chain-import');
    const bom = '\uFEFF';
    const organisations = `${bom}id;name;role;score\r\nme;Biotech Vier B.V.;biotech;\r\nit;Kleine ICT Hulp;managed-it;72,5\r\ncloud;Wolk Opslag;cloud;40\r\n`;
    const dependencies = `${bom}from;to;kind;criticality\r\nme;it;managed-it;1\r\nme;cloud;cloud;0,5\r\n`;
    await input.setInputFiles([
      { name: 'organisations.csv', mimeType: 'text/csv', buffer: Buffer.from(organisations) },
      { name: 'dependencies.csv', mimeType: 'text/csv', buffer: Buffer.from(dependencies) },
    ]);
    await page.getByText('Keten ingeladen uit organisations.csv, dependencies.csv.').waitFor();
    await page.locator('[data-testid="my-chain"][data-suppliers="2"]').waitFor();
    const saved = await stored(page);
    expect(saved?.me).toBe('me');
    expect(saved?.model.organisations.find((o) => o.id === 'it')?.score).toBe(72.5);
    expect(saved?.model.dependencies.find((d) => d.to === 'cloud')?.criticality).toBe(0.5);
    const [file] = await Promise.all([
      page.waitForEvent('download', { predicate: (d) => d.suggestedFilename() === 'organisations.csv' }),
      page.getByRole('button', { name: 'Opslaan als spreadsheets (CSV, twee bestanden)' }).click(),
    ]);
    const text = await readFile((await file.path())!, 'utf8');
    // Dutch column names and words, and the Dutch number format.
    expect(text.startsWith('\uFEFFcode;naam;rol;score;')).toBe(true);
    expect(text).toContain('it;Kleine ICT Hulp;IT-beheerder;72,5');
    await screenshot(page, 'my-chain-csv-import-nl');
  });

  it('reads its own Dutch CSV files back: Dutch column names and words', async () => {
    const before = await stored(page);
    const files: { name: string; mimeType: string; buffer: Buffer }[] = [];
    await Promise.all([
      ...['organisations.csv', 'dependencies.csv'].map((name) =>
        page
          .waitForEvent('download', { predicate: (d) => d.suggestedFilename() === name })
          .then(async (d) => files.push({ name, mimeType: 'text/csv', buffer: await readFile((await d.path())!) })),
      ),
      page.getByRole('button', { name: 'Opslaan als spreadsheets (CSV, twee bestanden)' }).click(),
    ]);
    const dependencies = files.find((f) => f.name === 'dependencies.csv')!.buffer.toString('utf8');
    expect(dependencies.startsWith('\uFEFFafnemer;leverancier;soort;belang;')).toBe(true);
    expect(dependencies).toContain('me;cloud;clouddienst;0,5');
    await page.getByTestId('my-chain-import').setInputFiles(files);
    await page.getByText('Keten ingeladen uit organisations.csv, dependencies.csv.').waitFor();
    expect((await stored(page))?.model).toEqual(before?.model);
  });

  it('the Dutch UI shows no English word in an import error', async () => {
    await page.evaluate(() => localStorage.setItem('lsh-cyber-demo:locale', 'nl'));
    await page.reload();
    await page.locator('html[lang="nl"]').waitFor();
    const input = page.getByTestId('my-chain-import');
    const error = page.getByTestId('import-error');
    const noEnglish = async (name: string, foreign: boolean) => {
      await page.locator(`[data-testid="import-error"][data-foreign="${foreign}"]`).waitFor();
      if (foreign) await error.locator('summary').click();
      await error.getByTestId('issues').waitFor();
      const words = await wordsOf(page, '[data-testid="import-error"]');
      expect(words, name).not.toMatch(ENGLISH);
      // Every problem is shown by its code, none by the English message.
      const codes = await error
        .getByTestId('issues')
        .locator('li')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code')));
      expect(codes.length, name).toBeGreaterThan(0);
      expect(
        codes.filter((c) => !c),
        name,
      ).toEqual([]);
      return words;
    };
    const before = await stored(page);

    // A chain file with problems of every kind the schema and the chain check find.
    const broken = {
      schemaVersion: 1,
      id: 'kapot',
      name: '',
      organisations: [
        { id: 'a', name: 'A', role: 'lab', score: 300 },
        { id: 'a', name: 'A2', role: 'lab', colour: 'blue' },
        { id: 'b', role: 'lab' },
      ],
      dependencies: [
        { from: 'a', to: 'ghost', kind: 'wolk', criticality: 2 },
        { from: 'b', to: 'b' },
      ],
    };
    await input.setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    expect(await noEnglish('broken JSON', false)).toContain('Het bestand kapot.json is niet ingeladen.');
    await screenshot(page, 'nl-my-chain-import-broken-json');

    // Not JSON at all, and JSON of another kind.
    await input.setInputFiles({
      name: 'half.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion": 1, "organisations": ['),
    });
    await noEnglish('unreadable JSON', true);
    await input.setInputFiles({ name: 'scan.json', mimeType: 'application/json', buffer: Buffer.from('{"answers":{}}') });
    expect(await noEnglish('foreign JSON', true)).toContain('scan.json is geen ketenbestand');

    // `;` CSV files: broken syntax, a wrong header, and wrong values under Dutch column names.
    const csv = (organisations: string, dependencies: string) => [
      { name: 'organisations.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${organisations}`) },
      { name: 'dependencies.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${dependencies}`) },
    ];
    await input.setInputFiles(csv('code;naam;rol\r\nme;"Ik;lab\r\n', 'afnemer;leverancier\r\nme;x"y\r\n'));
    expect(await noEnglish('broken CSV syntax', false)).toContain('aanhalingsteken');
    await input.setInputFiles(csv('code;naam;kleur\r\nme;Ik;rood\r\n', 'afnemer;leverancier;leverancier\r\n'));
    expect(await noEnglish('CSV header', false)).toContain('is geen bekende kolom');
    await input.setInputFiles(
      csv(
        'code;naam;rol;score\r\nme;Ik;biotechbedrijf;veel\r\nit;;IT-beheerder;300\r\nme;Dubbel;lab;\r\n',
        'afnemer;leverancier;soort;belang\r\nme;spook;wolk;1,5\r\nit;it;clouddienst;1\r\n',
      ),
    );
    const values = await noEnglish('CSV values', false);
    expect(values).toContain('clouddienst');
    await screenshot(page, 'nl-my-chain-import-broken-csv');
    expect(await stored(page)).toEqual(before);
  });
});
