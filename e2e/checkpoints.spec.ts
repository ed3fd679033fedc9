// Checkpoints: a student answers or skips before the step is shown, progress survives a reload,
// a corrupt record is ignored; in class the presenter reveals the answer; autoplay waits.
import { expect, test, type Page } from '@playwright/test';
import { narration, open } from './helpers';

const at = (page: Page, n: number) => expect(narration(page)).toHaveAttribute('data-step-index', String(n));
const question = (page: Page) => page.getByRole('region', { name: /knows who is asking|Where do the nodes/ });
const AT_AUTHN = '?scenario=get-nodes&level=overview&step=2';

test('a student answers one question and skips the next; answers are remembered', async ({ page }) => {
  await open(page, AT_AUTHN, { questions: true });
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(question(page)).toContainText('What happens next?');
  await at(page, 2);
  await page.getByRole('button', { name: /Admission webhooks/ }).click();
  await expect(question(page)).toContainText('✗ Not quite (your answer)');
  await expect(question(page)).toContainText('✓ Right answer');
  await page.getByRole('button', { name: 'Show the step' }).click();
  await expect(question(page)).toHaveCount(0);
  await at(page, 3);
  await expect(narration(page)).toHaveAttribute('data-step-id', 'apiserver.authz');

  await page.keyboard.press('ArrowRight');
  await expect(question(page)).toContainText('Where do the nodes in this list come from?');
  await page.getByRole('button', { name: 'Skip question' }).click();
  await at(page, 4);

  // Both are settled: a new visit steps straight through.
  await open(page, AT_AUTHN, { questions: true });
  await page.keyboard.press('ArrowRight');
  await at(page, 3);
  await page.keyboard.press('ArrowRight');
  await at(page, 4);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('kubewalk.checkpoints') ?? '{}') as unknown);
  expect(stored).toEqual({ version: 1, scenarios: { 'get-nodes': { 'apiserver.authz': { choice: 1 }, 'apiserver.list': { skipped: true } } } });
});

test('a corrupt or old progress record is ignored, never fatal', async ({ page }) => {
  for (const record of ['{not json', JSON.stringify({ version: 0, scenarios: { 'get-nodes': { 'apiserver.authz': { choice: 0 } } } })]) {
    await page.addInitScript((r) => localStorage.setItem('kubewalk.checkpoints', r), record);
    await open(page, AT_AUTHN, { questions: true });
    await page.keyboard.press('PageDown');
    await expect(question(page)).toBeVisible();
  }
});

test('in presenter mode the room sees the question; A or → reveals, → moves on', async ({ page }) => {
  await open(page, `${AT_AUTHN}&mode=present`);
  await page.keyboard.press('PageDown');
  await expect(question(page)).toBeVisible();
  await expect(question(page)).not.toContainText('Right answer');
  await expect(question(page).getByRole('button', { name: /Admission/ })).toHaveCount(0);
  await page.keyboard.press('a');
  await expect(question(page)).toContainText('✓ Right answer');
  await page.keyboard.press('PageDown');
  await at(page, 3);
  // The next question is revealed by the clicker alone.
  await page.keyboard.press('PageDown');
  await expect(question(page)).not.toContainText('Right answer');
  await page.keyboard.press('PageDown');
  await expect(question(page)).toContainText('Right answer');
  await page.keyboard.press('PageDown');
  await at(page, 4);
});

test('autoplay never advances while a question is on screen', async ({ page }) => {
  await open(page, AT_AUTHN, { questions: true });
  await page.getByLabel('Speed').selectOption({ label: '2×' });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(question(page)).toBeVisible({ timeout: 5000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.waitForTimeout(2500);
  await at(page, 2);
  await expect(question(page)).toBeVisible();
});
