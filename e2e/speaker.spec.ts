// The speaker view and the audience window stay on the same step, both ways.
import { expect, test, type Page } from '@playwright/test';
import { narration, open } from './helpers';

const at = (page: Page, n: number) => expect(narration(page)).toHaveAttribute('data-step-index', String(n));

test('speaker view and audience window stay in sync both ways', async ({ context }) => {
  const audience = await context.newPage();
  await open(audience, '?scenario=create-pod&level=overview&step=2&mode=present');
  const speaker = await context.newPage();
  // Opened on another step: it asks the audience window where it is.
  await open(speaker, '?scenario=create-pod&level=overview&step=1&mode=speaker');
  await at(speaker, 2);
  await expect(speaker.getByRole('region', { name: 'Speaker notes' })).toBeVisible();
  await expect(speaker.getByTestId('next-step')).toContainText('API server authorizes create pods');
  await expect(speaker.getByTestId('elapsed')).toHaveText(/^\d\d:\d\d$/);
  await expect(speaker.getByRole('list', { name: 'Steps' })).toBeVisible();

  await audience.keyboard.press('PageDown');
  await at(audience, 3);
  await at(speaker, 3);
  await expect(speaker.getByRole('region', { name: 'Speaker notes' })).toContainText('RBAC answers');

  await speaker.getByRole('button', { name: 'Next step' }).click();
  await at(speaker, 4);
  await at(audience, 4);
  await speaker.getByRole('list', { name: 'Steps' }).getByRole('button').nth(5).click();
  await at(audience, 6);

  // The speaker view blacks out the room and brings it back.
  await speaker.keyboard.press('b');
  await expect(audience.getByTestId('blackout')).toBeVisible();
  await expect(speaker.getByRole('status').filter({ hasText: 'audience screen is black' })).toBeVisible();
  await speaker.keyboard.press('x');
  await expect(audience.getByTestId('blackout')).toHaveCount(0);
  await at(audience, 6);

  // A checkpoint shows in both; the speaker reveals it and moves the room on.
  await speaker.keyboard.press('ArrowRight');
  const q = (p: Page) => p.getByRole('region', { name: /What does the API server answer kubectl/ });
  await expect(q(audience)).toBeVisible();
  await expect(q(speaker)).toBeVisible();
  await speaker.keyboard.press('a');
  await expect(q(audience)).toContainText('Right answer');
  await speaker.keyboard.press('ArrowRight');
  await at(audience, 7);
  await expect(q(audience)).toHaveCount(0);
});

test('when pop-ups are blocked, a link opens the speaker view instead', async ({ page }) => {
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await open(page, '?scenario=get-nodes&level=overview&step=2&mode=present');
  await page.keyboard.press('S');
  const link = page.getByRole('link', { name: 'Open the speaker view' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', /mode=speaker/);
});
