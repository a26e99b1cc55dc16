import type { Locator, Page } from 'playwright-core';

/** How the scripted user answers: by the position of the option among those offered. */
export type Picker = (questionIndex: number, optionCount: number) => number;

/** Fills the profile step as a user would, in English. */
export async function fillProfile(page: Page, name = 'Testlab Leiden B.V.'): Promise<void> {
  const nameField = page.getByLabel('Name of the organisation');
  await nameField.click();
  await page.keyboard.type(name);
  await page.getByLabel('What does your organisation mainly do?').selectOption('biotech-rd');
  await page.getByRole('radio', { name: 'Fewer than 10' }).check();
  await page.getByLabel('Region').selectOption('Holland Rijnland');
  await page.getByRole('checkbox', { name: 'Research data' }).check();
  await page.getByRole('checkbox', { name: 'Know-how and inventions (intellectual property)' }).check();
  await page.getByRole('radio', { name: 'No', exact: true }).check();
}

/**
 * Walks the whole wizard: profile, own estimate, and every question of every domain, then opens
 * the result. Every answer is given with the keyboard, as a keyboard user would: the first question
 * of each domain by moving the choice with the arrow keys, the others by focusing the option and
 * pressing Space; the buttons by Enter. Returns the number of questions answered.
 *
 * Why not clicks: a click first waits until the element stands still over two animation frames,
 * and once (CI, 3 December 2026; not reproduced in 14 runs since) Debian's headless Chromium
 * stopped producing frames halfway through a scan, so one click waited out its whole bound. The
 * keyboard and interval polling need no frames; clicks stay covered by the profile step and the
 * other tests.
 */
export async function completeScan(page: Page, pick: Picker): Promise<number> {
  await page.goto(new URL('#/scan/0', page.url()).href);
  await waitForStep(page, 0);
  await page.getByRole('heading', { level: 1, name: 'Your organisation' }).waitFor();
  await fillProfile(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await waitForStep(page, 1);
  await page.getByRole('heading', { level: 1, name: 'Your own estimate' }).waitFor();
  await page.getByRole('radio', { name: '4 — well' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  let answered = 0;
  let questionIndex = 0;
  for (let step = 2; ; step++) {
    const body = await waitForStep(page, step);
    const expected = Number(await body.getAttribute('data-question-count'));
    const fieldsets = body.locator('fieldset.question');
    // The view says how many questions this domain shows; wait until exactly that many are drawn.
    await page.waitForFunction(
      ([s, n]) => document.querySelectorAll(`.wizard-body[data-step="${s}"] fieldset.question`).length === n,
      [step, expected] as const,
      { polling: 50 },
    );
    for (let i = 0; i < expected; i++) {
      const radios = fieldsets.nth(i).locator('input[type=radio]');
      const n = await radios.count();
      // Every question offers at least its own options plus "don't know"; none may be empty.
      if (n < 2) throw new Error(`Question ${i + 1} of step ${step} shows ${n} answer options.`);
      const target = pick(questionIndex, n);
      if (i === 0) {
        // Keyboard: focus the first option, then move with the arrow keys; arrows select in a radio group.
        await radios.first().focus();
        await page.keyboard.press('Space');
        for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
      } else {
        await radios.nth(target).focus();
        await page.keyboard.press('Space');
      }
      await radios.nth(target).waitFor({ state: 'attached' });
      await page.waitForFunction(
        ([s, q, t]) =>
          (
            document.querySelectorAll(`.wizard-body[data-step="${s}"] fieldset.question`)[q]?.querySelectorAll('input[type=radio]')[t] as
              | HTMLInputElement
              | undefined
          )?.checked === true,
        [step, i, target] as const,
        { polling: 50 },
      );
      answered++;
      questionIndex++;
    }
    const toResult = page.getByRole('button', { name: 'See my result' });
    if (await toResult.count()) {
      await press(toResult, 'Enter');
      break;
    }
    await press(page.getByRole('button', { name: 'Next' }), 'Enter');
  }
  return answered;
}

/** Focuses a control and presses a key on it, as a keyboard user does (no animation frame needed). */
async function press(control: Locator, key: string): Promise<void> {
  await control.focus();
  await control.page().keyboard.press(key);
}

/**
 * Waits until the wizard shows the given step (its `data-step` marker), so nothing is read from
 * the screen the previous step left behind. Returns the step's body.
 */
export async function waitForStep(page: Page, step: number) {
  const body = page.locator(`.wizard-body[data-step="${step}"]`);
  await body.waitFor();
  return body;
}

/** The stored draft, read straight from the browser's storage. */
export async function storedDraft(
  page: Page,
): Promise<{ answers: Record<string, { value: string }>; organisation: { name: string } } | null> {
  const raw = await page.evaluate(() => localStorage.getItem('lsh-cyber-demo:assessment'));
  return raw ? JSON.parse(raw) : null;
}
