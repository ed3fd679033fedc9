// The transcript: the whole walkthrough as text, in step with the player, by keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { narration, open, stepNumber } from './helpers';

test('the transcript lists every step at the level and follows the current one', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=overview&step=3');
  const toggle = page.getByRole('button', { name: 'Transcript', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const transcript = page.getByRole('region', { name: 'Transcript', exact: true });
  await expect(transcript).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Transcript', exact: true })).toBeFocused();
  const items = transcript.getByRole('listitem');
  const count = Number(await page.getByRole('slider', { name: 'Step' }).getAttribute('max'));
  await expect(items).toHaveCount(count);
  // Each item has a number, title, narration and the wire summary.
  await expect(items.nth(0)).toContainText('1. ');
  await expect(items.nth(0)).toContainText('On the wire:');
  const current = transcript.locator('[aria-current="step"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('3. ');
  await expect(current).toContainText(await narration(page).locator('.kw-step-title').innerText());

  // Stepping the player moves the mark; picking a step in the transcript moves the player.
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(current).toContainText('4. ');
  await expect(current).toBeInViewport();
  await items.nth(count - 1).getByRole('button', { name: `Show step ${count}` }).click();
  await expect.poll(() => stepNumber(page)).toBe(count);
  await expect(current).toContainText(`${count}. `);
  // Its button is gone: focus is on that step's title, still inside the transcript.
  await expect(current.getByRole('heading', { level: 3 })).toBeFocused();

  const { violations } = await new AxeBuilder({ page }).include('.kw-transcript').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  // Escape closes it and gives focus back to the toggle.
  await page.getByRole('heading', { name: 'Transcript', exact: true }).focus();
  await page.keyboard.press('Escape');
  await expect(transcript).toHaveCount(0);
  await expect(toggle).toBeFocused();
});

test('the transcript follows the detail level', async ({ page }) => {
  await open(page, '?scenario=get-nodes&level=deep');
  await page.getByRole('button', { name: 'Transcript', exact: true }).click();
  const items = page.getByRole('region', { name: 'Transcript', exact: true }).getByRole('listitem');
  const deep = await items.count();
  await page.getByLabel('Detail level').selectOption('overview');
  await expect(items).not.toHaveCount(deep);
  await expect(items).toHaveCount(Number(await page.getByRole('slider', { name: 'Step' }).getAttribute('max')));
});

test('the narration defers its announcements while playing', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=overview');
  await expect(narration(page)).toHaveAttribute('aria-live', 'polite');
  await expect(narration(page)).not.toHaveAttribute('aria-busy', 'true');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(narration(page)).toHaveAttribute('aria-busy', 'true');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(narration(page)).not.toHaveAttribute('aria-busy', 'true');
});
