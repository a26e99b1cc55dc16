// `pnpm --filter @lsh-cyber/demo bench`: how long the chain view makes her wait, in headless
// Chromium without a GPU, measured from the test's side (the time she waits, not the app's own
// figure). Outside the test command: the tests check behaviour, this says how fast it is.
//
// Per run: open the chain view, switch to the 5,000-organisation synthetic chain and wait until it
// is drawn; select three organisations; ask one what-if. The baseline, measured in the same run and
// the same browser, is switching back to the ~50-organisation sample chain. Prints the median of
// RUNS runs of each and the ratio to the baseline.
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
    await page.locator('[data-testid="chain-stats"][data-render-ms]:not([data-render-ms=""])').waitFor({ timeout: 120_000 });
    const drawn = (n) => `[data-testid="chain-stats"][data-organisations="${n}"][data-render-ms]:not([data-render-ms=""])`;
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
const base = median(figures.sample);
const row = (name, xs) =>
  `${name.padEnd(34)} median ${median(xs).toFixed(0).padStart(6)} ms  (×${(median(xs) / base).toFixed(1)} baseline)  runs: ${xs.map((x) => x.toFixed(0)).join(', ')}`;
console.log(`Chain view in headless Chromium, no GPU, ${RUNS} runs`);
console.log(row('baseline: sample chain drawn', figures.sample));
console.log(row('5,000 organisations drawn', figures.synthetic));
console.log(row('selection answered', figures.select));
console.log(row('what-if answered', figures.whatIf));
