// Handouts: print media shows one block per step, in black on white; copy a link to the step.
import { expect, test } from '@playwright/test';
import { open, stepCount } from './helpers';

test('print handout: one block per step with narration and payload', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset.printed = 'yes';
    };
  });
  await open(page, '?scenario=get-nodes&level=standard&step=3');
  const total = await stepCount(page);
  await page.getByRole('button', { name: 'Print handout' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  const blocks = page.locator('article.kw-handout-step');
  await expect(blocks).toHaveCount(total);
  for (let i = 0; i < total; i++) await expect(blocks.nth(i)).toBeVisible();
  await expect(blocks.first()).toContainText('GET /api/v1/nodes?limit=500');
  await expect(blocks.last()).toContainText('kubectl prints');
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  const colour = await blocks.first().locator('.kw-handout-text').evaluate((el) => getComputedStyle(el).color);
  expect(colour).toBe('rgb(0, 0, 0)');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Close handout' }).click();
  await expect(page.getByRole('region', { name: 'Step narration' })).toHaveAttribute('data-step-index', '3');
});

test('copy link to this step', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '?scenario=create-pod&level=overview&step=4');
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\?scenario=create-pod&step=4&level=overview$/);
});
