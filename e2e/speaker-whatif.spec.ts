// The speaker view follows the audience window onto a what-if branch and back to the main path.
import { expect, test } from '@playwright/test';
import { narration, open } from './helpers';

test('the speaker view follows a what-if branch and the way back', async ({ context, page }) => {
  await open(page, '?scenario=create-pod&level=standard&step=3');
  const popup = context.waitForEvent('page');
  await page.keyboard.press('S');
  const speaker = await popup;
  await expect(narration(speaker)).toHaveAttribute('data-step-id', 'apiserver.authn');
  await expect(speaker).not.toHaveURL(/whatif=/);

  await page.getByRole('button', { name: 'What if the token had expired?' }).click();
  await expect(page.getByRole('button', { name: 'Back to the main path' })).toBeVisible();
  await expect(speaker).toHaveURL(/whatif=expired-token/);

  // Both walk the branch: the request is refused, so its last step is not the main path's.
  await narration(page).focus();
  await page.keyboard.press('End');
  const last = await narration(page).getAttribute('data-step-index');
  await expect(narration(speaker)).toHaveAttribute('data-step-index', last ?? '');
  await expect(narration(speaker)).toHaveAttribute('data-step-id', (await narration(page).getAttribute('data-step-id')) ?? '');
  await expect(narration(speaker)).toContainText('401');
  await expect(speaker.getByRole('list', { name: 'Steps' }).getByRole('listitem')).toHaveCount(Number(last));

  // The speaker view steps the branch too, and the audience window follows.
  await speaker.getByRole('button', { name: 'Previous step' }).click();
  await expect(narration(page)).toHaveAttribute('data-step-index', String(Number(last) - 1));

  await page.getByRole('button', { name: 'Back to the main path' }).click();
  await expect(speaker).not.toHaveURL(/whatif=/);
  await expect(narration(speaker)).toHaveAttribute('data-step-id', 'apiserver.authn');
  await narration(page).focus();
  await page.keyboard.press('End');
  const mainLast = (await narration(page).getAttribute('data-step-index')) ?? '';
  expect(mainLast).not.toBe(last);
  await expect(narration(speaker)).toHaveAttribute('data-step-index', mainLast);
  await expect(narration(speaker)).toHaveAttribute('data-step-id', (await narration(page).getAttribute('data-step-id')) ?? '');
});
