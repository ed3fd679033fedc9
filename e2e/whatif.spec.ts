// "What if?": a branch offered at its step, taken, deep-linked, and left for the main path.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { narration, open } from './helpers';

test('take a what-if branch and come back to the same step', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=standard&step=3');
  await expect(narration(page)).toHaveAttribute('data-step-id', 'apiserver.authn');
  const offer = page.getByRole('button', { name: 'What if the token had expired?' });
  await expect(offer).toBeVisible();
  await offer.click();

  const back = page.getByRole('button', { name: 'Back to the main path' });
  await expect(back).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Now on the branch' })).toContainText('What if the token had expired?');
  await expect(narration(page)).toHaveAttribute('data-step-id', 'apiserver.authn');
  await expect(narration(page)).toHaveAttribute('data-step-index', '3');
  await expect(page).toHaveURL(/whatif=expired-token/);

  // On the branch the request is refused: the story ends with kubectl printing the 401.
  await narration(page).focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('region', { name: 'kubectl output' })).toContainText('Unauthorized');

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  await back.click();
  await expect(back).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Back on the main path' })).toBeVisible();
  await expect(narration(page)).toHaveAttribute('data-step-id', 'apiserver.authn');
  await expect(page).not.toHaveURL(/whatif=/);
  await narration(page).focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('region', { name: 'kubectl output' })).toContainText('pod/nginx created');
});

test('a what-if deep link opens on the branch; an unknown one says so', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=standard&step=13&whatif=nodes-cordoned');
  await expect(page.getByRole('button', { name: 'Back to the main path' })).toBeVisible();
  await expect(page.getByText('What if every worker node were cordoned?')).toBeVisible();

  await open(page, '?scenario=get-nodes&whatif=nodes-cordoned');
  await expect(page.getByRole('status').filter({ hasText: 'Unknown what-if "nodes-cordoned"' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back to the main path' })).toHaveCount(0);
});

test('the scheduling what-if leaves the Pod Pending', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=standard&step=1');
  // Walk forward with the keyboard to the scheduler's filter step, where the branch is offered.
  const offer = page.getByRole('button', { name: 'What if every worker node were cordoned?' });
  for (let i = 0; i < 40 && (await offer.count()) === 0; i++) await page.keyboard.press('n');
  await offer.focus();
  await page.keyboard.press('Enter');
  // Focus moves to the way back (the offer it replaced is gone).
  await expect(page.getByRole('button', { name: 'Back to the main path' })).toBeFocused();
  await expect(page.getByRole('list', { name: 'Steps' })).toContainText('FailedScheduling');
});
