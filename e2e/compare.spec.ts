// Side by side: get nodes next to create pod, stepped together; where the paths part is marked.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { open } from './helpers';

test('two timelines step together and the divergence is marked', async ({ page }) => {
  await open(page, '?scenario=get-nodes&level=overview');
  await page.getByRole('button', { name: 'Side by side' }).click();
  await expect(page).toHaveURL(/mode=compare/);
  await expect(page).toHaveURL(/with=create-pod/);
  const left = page.getByRole('region', { name: 'Left step' });
  const right = page.getByRole('region', { name: 'Right step' });
  await expect(left).toHaveAttribute('data-step-id', 'kubectl.request');
  await expect(right).toHaveAttribute('data-step-id', 'kubectl.request');
  await expect(left).toContainText('GET /api/v1/nodes');
  await expect(right).toContainText('POST /api/v1/namespaces/default/pods');

  // Both stories authenticate and authorize; then a read and a write part ways.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await expect(left).toHaveAttribute('data-step-id', 'apiserver.authz');
  await expect(right).toHaveAttribute('data-step-id', 'apiserver.authz');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(left).toHaveAttribute('data-step-id', 'apiserver.list');
  await expect(right).toHaveAttribute('data-step-id', '');
  await expect(right).toContainText('The paths differ here');
  const rows = page.getByRole('list', { name: 'Both timelines' });
  await expect(rows.getByText('The paths diverge here')).toHaveCount(1);
  await expect(rows.locator('li').nth(3)).toContainText('The paths diverge here');
  await expect(rows.locator('[aria-current="step"]')).toContainText('only in kubectl get nodes');

  // Both answer the client: the timelines meet again.
  const meet = rows.getByRole('button').filter({ hasText: 'in both' }).nth(3);
  await meet.click();
  await expect(left).toHaveAttribute('data-step-id', 'apiserver.response');
  await expect(right).toHaveAttribute('data-step-id', 'apiserver.response');
  await page.keyboard.press('End');
  await expect(left).toHaveAttribute('data-step-id', '');
  await expect(right).toHaveAttribute('data-step-id', 'kubelet.status');

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.getByRole('button', { name: 'Exit side by side' }).click();
  await expect(page.getByLabel('Scenario')).toBeVisible();
});
