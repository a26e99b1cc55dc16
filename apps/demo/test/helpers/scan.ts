import type { Page } from 'playwright-core';

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
 * the result. The first question of each domain is answered with the keyboard (Tab to the group,
 * arrow key to move the choice), the rest by clicking. Returns the number of questions answered.
 */
export async function completeScan(page: Page, pick: Picker): Promise<number> {
  await page.goto(new URL('#/scan/0', page.url()).href);
  await page.getByRole('heading', { level: 1, name: 'Your organisation' }).waitFor();
  await fillProfile(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your own estimate' }).waitFor();
  await page.getByRole('radio', { name: '4 — well' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  let answered = 0;
  let questionIndex = 0;
  for (;;) {
    await page.locator('fieldset.question, p:has-text("No question in this part")').first().waitFor();
    const fieldsets = page.locator('fieldset.question');
    const count = await fieldsets.count();
    for (let i = 0; i < count; i++) {
      const radios = fieldsets.nth(i).locator('input[type=radio]');
      const n = await radios.count();
      const target = pick(questionIndex, n);
      if (i === 0) {
        // Keyboard: focus the first option, then move with the arrow keys; arrows select in a radio group.
        await radios.first().focus();
        await page.keyboard.press('Space');
        for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
      } else {
        await radios.nth(target).check();
      }
      await radios.nth(target).isChecked();
      answered++;
      questionIndex++;
    }
    const toResult = page.getByRole('button', { name: 'See my result' });
    if (await toResult.count()) {
      await toResult.click();
      break;
    }
    await page.getByRole('button', { name: 'Next' }).click();
  }
  return answered;
}

/** The stored draft, read straight from the browser's storage. */
export async function storedDraft(
  page: Page,
): Promise<{ answers: Record<string, { value: string }>; organisation: { name: string } } | null> {
  const raw = await page.evaluate(() => localStorage.getItem('lsh-cyber-demo:assessment'));
  return raw ? JSON.parse(raw) : null;
}
