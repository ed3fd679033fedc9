// Deep links open the exact step; unknown values fall back with a visible notice.
import { expect, test } from '@playwright/test';
import { narration, open, slider } from './helpers';

test('?scenario=create-pod&step=9&level=standard opens on that step', async ({ page }) => {
  await open(page, '?scenario=create-pod&step=9&level=standard');
  await expect(narration(page)).toHaveAttribute('data-step-index', '9');
  await expect(slider(page)).toHaveValue('9');
  await expect(page.getByLabel('Detail level')).toHaveValue('standard');
  await expect(page.getByRole('status').filter({ hasText: /unknown|not found|fell back|showing/i })).toHaveCount(0);
});

test('the address bar follows the current step', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=overview&step=2');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page).toHaveURL(/step=3/);
  const url = page.url();
  await page.goto(url);
  await expect(narration(page)).toHaveAttribute('data-step-index', '3');
});

const BAD = [
  { query: '?scenario=no-such-thing', mention: 'no-such-thing' },
  { query: '?scenario=create-pod&step=999', mention: '999' },
  { query: '?scenario=create-pod&step=banana', mention: 'banana' },
  { query: '?level=ultra', mention: 'ultra' },
];
for (const { query, mention } of BAD) {
  test(`${query} shows a notice and a working page`, async ({ page }) => {
    await open(page, query);
    const notice = page.getByRole('status').filter({ hasText: mention });
    await expect(notice).toBeVisible();
    await expect(narration(page)).not.toBeEmpty();
    await page.getByRole('button', { name: 'Dismiss notice' }).first().click();
    await expect(notice).toHaveCount(0);
  });
}
