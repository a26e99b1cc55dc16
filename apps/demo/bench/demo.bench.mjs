// `pnpm --filter @lsh-cyber/demo bench:demo`: the demo's speed in Debian's Chromium, headless, no GPU
// (WebGL rasterised on the CPU). Needs a build (`pnpm build`). Not part of the tests: figures
// depend on the machine, so they are printed, never asserted. Each figure is the median of
// several runs, with a ratio to a baseline measured in the same run (opening the start page).
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { measureInitial } from '../scripts/size.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';

const DIST = join(import.meta.dirname, '..', 'dist');
const RUNS = Number(process.env.RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** A chain of her organisation and `n` suppliers, a quarter of them alternatives, some with scores. */
function herChain(n) {
  const organisations = [{ id: 'me', name: 'Bench B.V.', role: 'organisation' }];
  const dependencies = [];
  for (let i = 0; i < n; i++) {
    const id = `supplier-${i}`;
    organisations.push({ id, name: `Leverancier ${i}`, role: 'saas', ...(i % 3 ? { score: 20 + ((i * 37) % 80) } : {}) });
    dependencies.push({
      from: 'me',
      to: id,
      kind: 'saas',
      criticality: [1, 0.6, 0.3][i % 3],
      ...(i % 4 === 0 && i > 0 ? { group: 'g' } : {}),
    });
  }
  for (const d of dependencies) if (d.group) d.group = 'alternatives';
  return { me: 'me', model: { schemaVersion: 1, id: 'my-chain', name: 'Mijn keten', organisations, dependencies } };
}

const size = measureInitial(DIST);
console.log(`Initial JavaScript: ${kb(size.jsGzip)} gzip in ${size.js.length} file(s) (budget 150 KB)`);

const server = await startStaticServer({ root: DIST, port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(
    (chain) => {
      localStorage.setItem('lsh-cyber-demo:locale', 'nl');
      localStorage.setItem('lsh-cyber-demo:my-chain', chain);
    },
    JSON.stringify(herChain(50)),
  );
  const page = await context.newPage();

  /** Milliseconds in the page from a click on a menu item to a selector being present. */
  const viaMenu = async (label, selector) => {
    await page.goto(`${server.url}/#/scan/0`);
    await page.locator('.wizard-body').waitFor();
    // Every view's code is loaded once before timing, so the figures are of the view's work, not the download.
    const started = await page.evaluate(() => performance.now());
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: label, exact: true }).click();
    await page.locator(selector).waitFor({ timeout: 60_000 });
    return (await page.evaluate(() => performance.now())) - started;
  };
  await viaMenu('Mijn keten', '[data-testid="my-chain"][data-suppliers="50"]');
  const start = [];
  const myChain = [];
  for (let i = 0; i < RUNS; i++) {
    start.push(await viaMenu('Start', '[data-testid="continue"][data-ready="true"]'));
    myChain.push(await viaMenu('Mijn keten', '[data-testid="my-chain"][data-suppliers="50"]'));
  }
  const base = median(start);
  console.log(`Start page (baseline): median ${base.toFixed(0)} ms of ${RUNS}`);
  console.log(
    `Her chain, 50 suppliers, ready after the click: median ${median(myChain).toFixed(0)} ms (target 300; ${(median(myChain) / base).toFixed(1)}× the start page)`,
  );

  // The 5,000-organisation synthetic chain: from choosing it to the drawn frame on screen.
  const waited = [];
  const outside = [];
  const parts = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    // A query string of its own forces a fresh page, so each run starts from the sample chain.
    await page.goto(`${server.url}/?run=${i}#/chain`);
    await page.locator('[data-testid="chain-stats"][data-waited-ms]:not([data-waited-ms=""])').waitFor({ timeout: 60_000 });
    const sample = Number(await page.getByTestId('chain-stats').getAttribute('data-waited-ms'));
    const t0 = await page.evaluate(() => performance.now());
    await page.getByTestId('dataset').selectOption('synthetic');
    const stats = page.locator('[data-testid="chain-stats"][data-organisations="5000"][data-waited-ms]:not([data-waited-ms=""])');
    await stats.waitFor({ timeout: 120_000 });
    outside.push((await page.evaluate(() => performance.now())) - t0);
    waited.push(Number(await stats.getAttribute('data-waited-ms')));
    parts.push({
      sample,
      analyse: Number(await stats.getAttribute('data-analyse-ms')),
      layout: Number(await stats.getAttribute('data-layout-ms')),
      firstFrame: Number(await stats.getAttribute('data-render-ms')),
    });
  }
  const m = (k) => median(parts.map((p) => p[k])).toFixed(0);
  console.log(
    `5,000 organisations drawn after the click: median ${median(waited).toFixed(0)} ms as the view reports it, ${median(outside).toFixed(0)} ms seen by the script (target 2000); ` +
      `analyse ${m('analyse')} ms, layout ${m('layout')} ms, first frame ${m('firstFrame')} ms; the sample chain (~50) ${m('sample')} ms`,
  );
} finally {
  await browser.close();
  await server.close();
}
