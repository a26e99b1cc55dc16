import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exposure, propagate, whatIf } from '@lsh-cyber/chain';
import type { ChainModel } from '@lsh-cyber/schema';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, screenshot, startHarness } from '../helpers/app.js';

const SAMPLE_CHAIN = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'zuid-holland-chain.json');

describe('the value chain in Chromium', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    h = await startHarness();
    ({ context, page, errors } = await h.open('#/chain', { locale: 'en' }));
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('draws the sample chain and shows a selected organisation with its path', async () => {
    const stats = page.getByTestId('chain-stats');
    await page.locator('[data-testid="chain-stats"][data-render-ms]:not([data-render-ms=""])').waitFor();
    expect(Number(await stats.getAttribute('data-organisations'))).toBeGreaterThanOrEqual(40);
    // sigma.js drew into its WebGL canvases.
    expect(await page.locator('[data-testid="sigma"] canvas').count()).toBeGreaterThan(0);

    // The organisation with the longest explanation path, by the engine run in Node on the same file.
    const model = JSON.parse(await readFile(SAMPLE_CHAIN, 'utf8')) as ChainModel;
    const result = propagate(model);
    const best = result.ids().reduce((a, b) => (result.path(b).length > result.path(a).length ? b : a));
    const expectedPath = result.path(best);
    expect(expectedPath.length).toBeGreaterThanOrEqual(2);
    const name = (id: string) => model.organisations.find((o) => o.id === id)?.name;

    // Who holds the chain back: the engine's exposure ranking, top 15.
    const rows = await page.getByTestId('exposure').locator('tbody th').allTextContents();
    expect(rows).toEqual(
      exposure(result)
        .slice(0, 15)
        .map((e) => name(e.id)),
    );

    // Chosen with the keyboard from the list.
    const select = page.getByTestId('organisation-select');
    await select.focus();
    await select.selectOption(best);
    const path = page.getByTestId('path').locator('li');
    await path.first().waitFor();
    expect(await path.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')))).toEqual(expectedPath);
    expect(await page.locator('[data-testid="chain-details"] h3').textContent()).toBe(name(best));
    await screenshot(page, 'chain-selected');

    // What if the organisation that binds it reached 80? The same question asked of the engine.
    const origin = expectedPath[expectedPath.length - 1]!;
    const expected = whatIf(result, { scores: { [origin]: 80 } }).changed.length;
    await page.getByRole('button', { name: 'Try it' }).click();
    const answer = page.getByTestId('what-if').locator('p');
    await answer.waitFor();
    expect(await answer.textContent()).toBe(
      expected > 0
        ? `If ${name(origin)} reached 80, ${expected} organisations would score higher.`
        : `If ${name(origin)} reached 80, no organisation would change.`,
    );
    expect(expected).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('selects an organisation by clicking it on the canvas', async () => {
    await page.getByTestId('organisation-select').selectOption('');
    const options = await page
      .getByTestId('organisation-select')
      .locator('option')
      .evaluateAll((os) => os.map((o) => ({ id: (o as HTMLOptionElement).value, name: o.textContent ?? '' })).filter((o) => o.id));
    const points = await page.evaluate(
      (ids) => ids.map((id) => ({ id, p: window.lshChainView?.viewportPosition(id) ?? null })),
      options.map((o) => o.id),
    );
    // The organisation that holds back the most others and sits clear of its neighbours on screen,
    // so the click cannot land on another node drawn over it.
    const clear = (id: string) => {
      const me = points.find((x) => x.id === id)?.p;
      return me && points.every((o) => o.id === id || !o.p || Math.hypot(o.p.x - me.x, o.p.y - me.y) > 16);
    };
    const rows = await page.getByTestId('exposure').locator('tbody tr').all();
    let target: { id: string; name: string; binds: string } | null = null;
    for (const row of rows) {
      const name = await row.locator('th').textContent();
      const id = options.find((o) => o.name === name)?.id;
      if (id && clear(id)) {
        target = { id, name: name!, binds: (await row.locator('td').nth(1).textContent())! };
        break;
      }
    }
    expect(target, 'an organisation that holds others back, clear of its neighbours').not.toBeNull();
    const point = points.find((x) => x.id === target!.id)!.p!;
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(
      (node) => (document.querySelector('[data-testid="organisation-select"]') as HTMLSelectElement).value === node,
      target!.id,
    );
    expect(await page.locator('[data-testid="chain-details"] h3').textContent()).toBe(target!.name);
    expect(await page.getByTestId('binds').textContent()).toBe(`Holds back ${target!.binds} other organisations (shown in colour).`);
    await screenshot(page, 'chain-clicked');
  });

  it('stays usable with 5,000 organisations: drawn, selectable, and answers a what-if', async () => {
    await page.getByTestId('dataset').selectOption('synthetic');
    await page.locator('[data-testid="chain-stats"][data-organisations="5000"][data-render-ms]:not([data-render-ms=""])').waitFor();
    const stats = page.getByTestId('chain-stats');
    const select = page.getByTestId('organisation-select');
    const ids = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(ids).toHaveLength(5000);
    // Selecting from the list shows that organisation's path and draws its highlight.
    for (const id of [ids[10], ids[2500], ids[4999]]) {
      const count = Number(await stats.getAttribute('data-highlight-count'));
      await select.selectOption(id!);
      await page.waitForFunction(
        ([node, n]) =>
          document.querySelector('[data-testid="path"]') !== null &&
          (document.querySelector('[data-testid="path"] li') === null ||
            document.querySelector('[data-testid="path"] li')?.getAttribute('data-id') === node) &&
          Number(document.querySelector('[data-testid="chain-stats"]')?.getAttribute('data-highlight-count')) > (n as number),
        [id!, count] as const,
      );
      expect(await select.inputValue()).toBe(id);
    }
    await page.getByRole('button', { name: 'Try it' }).click();
    await page.getByTestId('what-if').locator('p').waitFor();
    expect(await page.getByTestId('what-if').locator('p').textContent()).toMatch(/^If .+ reached 80, /);
    await screenshot(page, 'chain-5000');
    // How fast this is on this machine is measured by bench/chain-5000.mjs, outside the tests.
    expect(errors).toEqual([]);
  });
});
