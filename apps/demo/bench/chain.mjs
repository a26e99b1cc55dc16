// `pnpm --filter @lsh-cyber/demo bench`: how long the chain view makes her wait, in headless
// Chromium without a GPU, measured from the test's side (the time she waits, not the app's own
// figure). Outside the test command: the tests check behaviour, this says how fast it is.
//
// Per run: open the chain view, switch to the 5,000-organisation synthetic chain and wait until it
// is drawn; select three organisations; ask one what-if. The baseline, measured in the same run and
// the same browser, is switching back to the ~50-organisation sample chain. Prints the median of
// RUNS runs of each and the ratio to the baseline.
//
// Then "Mijn keten" with 50 suppliers saved in the browser: from the click on its menu link to the
// first frame painted after the view shows all 50 (measured in the page, so the test driver's own
// delays are not counted), the first time in a page (its code still to load) and again after
// going back to the start page. Its baseline, in the same runs, is opening the start page the same way.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../scripts/chromium-args.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No build in apps/demo/dist: run `pnpm build` first.');
  process.exit(1);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const timed = async (action, until) => {
  const start = performance.now();
  await action();
  await until();
  return performance.now() - start;
};

const server = await startStaticServer({ root: dist, port: 0 });
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: CHROMIUM_ARGS,
});
const figures = { sample: [], synthetic: [], select: [], whatIf: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('lsh-cyber-demo:locale', 'en'));
    const page = await context.newPage();
    await page.goto(`${server.url}/#/chain`);
    await page.locator('[data-testid="chain-stats"][data-waited-ms]:not([data-waited-ms=""])').waitFor({ timeout: 120_000 });
    // Drawn: the view says so once the frame with the drawing is on screen (its "ready … ms" figure).
    const drawn = (n) => `[data-testid="chain-stats"][data-organisations="${n}"][data-waited-ms]:not([data-waited-ms=""])`;
    const sampleCount = await page.getByTestId('chain-stats').getAttribute('data-organisations');
    figures.synthetic.push(
      await timed(
        () => page.getByTestId('dataset').selectOption('synthetic'),
        () => page.locator(drawn(5000)).waitFor({ timeout: 120_000 }),
      ),
    );
    const select = page.getByTestId('organisation-select');
    const ids = await select.locator('option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
    for (const id of [ids[10], ids[2500], ids[4999]]) {
      figures.select.push(
        await timed(
          () => select.selectOption(id),
          () =>
            page.waitForFunction(
              (node) =>
                document.querySelector('[data-testid="path"]') !== null &&
                (document.querySelector('[data-testid="path"] li') === null ||
                  document.querySelector('[data-testid="path"] li')?.getAttribute('data-id') === node),
              id,
            ),
        ),
      );
    }
    figures.whatIf.push(
      await timed(
        () => page.getByRole('button', { name: 'Try it' }).click(),
        () => page.getByTestId('what-if').locator('p').waitFor({ timeout: 120_000 }),
      ),
    );
    figures.sample.push(
      await timed(
        () => page.getByTestId('dataset').selectOption('sample'),
        () => page.locator(drawn(sampleCount)).waitFor({ timeout: 120_000 }),
      ),
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
// Her chain: herself and 50 suppliers of every kind, some with a score, some alternatives of another.
const KINDS = ['saas', 'software', 'managed-it', 'cloud', 'medical-device', 'lab-service', 'data-processor', 'logistics', 'other'];
const suppliers = Array.from({ length: 50 }, (_, i) => ({
  id: `supplier-${i + 1}`,
  name: `Leverancier ${i + 1}`,
  role: KINDS[i % KINDS.length],
}));
const myChain = {
  me: 'me',
  model: {
    schemaVersion: 1,
    id: 'my-chain',
    name: 'Mijn keten',
    organisations: [
      { id: 'me', name: 'Biotech Vier B.V.', role: 'organisation' },
      ...suppliers.map((o, i) => (i % 3 === 0 ? o : { ...o, score: 20 + ((i * 37) % 80) })),
    ],
    dependencies: suppliers.map((o, i) => ({
      from: 'me',
      to: o.id,
      kind: o.role,
      criticality: [1, 0.5, 0.25][i % 3],
      ...(i % 2 === 0 ? { data: ['patient'] } : {}),
      ...(i >= 40 ? { group: `alt-${i - 40}` } : {}),
    })),
  },
};
// Alternatives come in pairs: supplier 41 with 42, 43 with 44, … (each pair one group).
for (const d of myChain.model.dependencies) if (d.group) d.group = `alt-${Math.floor((Number(d.to.split('-')[1]) - 41) / 2)}`;

/** In the page: clicks the menu link and resolves with the ms to the first frame painted after `ready()` holds. */
const openView = (page, link, ready) =>
  page.evaluate(
    ([name, selector]) =>
      new Promise((resolve) => {
        const a = [...document.querySelectorAll('nav a')].find((x) => x.textContent?.trim() === name);
        const start = performance.now();
        a.click();
        const check = () => {
          if (document.querySelector(selector)) requestAnimationFrame(() => resolve(performance.now() - start));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    [link, ready],
  );
const MINE = '[data-testid="my-chain"][data-suppliers="50"] [data-testid="my-suppliers"] tbody tr:nth-child(50)';
const START = '[data-testid="import"]';
const mine = { start: [], first: [], again: [] };
const browser2 = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
const server2 = await startStaticServer({ root: dist, port: 0 });
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser2.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript((chain) => {
      localStorage.setItem('lsh-cyber-demo:locale', 'en');
      if (!localStorage.getItem('lsh-cyber-demo:my-chain')) localStorage.setItem('lsh-cyber-demo:my-chain', JSON.stringify(chain));
    }, myChain);
    const page = await context.newPage();
    await page.goto(`${server2.url}/#/result`);
    await page.locator('h1').waitFor();
    mine.start.push(await openView(page, 'Start', START));
    mine.first.push(await openView(page, 'My chain', MINE));
    await openView(page, 'Start', START);
    mine.again.push(await openView(page, 'My chain', MINE));
    await context.close();
  }
} finally {
  await browser2.close();
  await server2.close();
}

const base = median(figures.sample);
const row = (name, xs) =>
  `${name.padEnd(34)} median ${median(xs).toFixed(0).padStart(6)} ms  (×${(median(xs) / base).toFixed(1)} baseline)  runs: ${xs.map((x) => x.toFixed(0)).join(', ')}`;
console.log(`Chain view in headless Chromium, no GPU, ${RUNS} runs`);
console.log(row('baseline: sample chain drawn', figures.sample));
console.log(row('5,000 organisations drawn', figures.synthetic));
console.log(row('selection answered', figures.select));
console.log(row('what-if answered', figures.whatIf));
const mineBase = median(mine.start);
const mineRow = (name, xs) =>
  `${name.padEnd(34)} median ${median(xs).toFixed(0).padStart(6)} ms  (×${(median(xs) / mineBase).toFixed(1)} baseline)  runs: ${xs.map((x) => x.toFixed(0)).join(', ')}`;
console.log(`\nMy chain (50 suppliers), from the click on its menu link to the painted view, ${RUNS} runs`);
console.log(mineRow('baseline: start page opened', mine.start));
console.log(mineRow('my chain, first open (code loads)', mine.first));
console.log(mineRow('my chain, opened again', mine.again));
