// Click through both seed scenarios at every level, by mouse and by keyboard.
import { expect, test } from '@playwright/test';
import { LEVELS, SCENARIOS, narration, open, slider, stepCount, stepNumber } from './helpers';

const OVERVIEW_STEPS = { 'get-nodes': 5, 'create-pod': 12 } as const;

for (const scenario of SCENARIOS) {
  for (const level of LEVELS) {
    test(`${scenario} at ${level}: every step by mouse, back by keyboard`, async ({ page }) => {
      test.setTimeout(level === 'deep' ? 180_000 : 60_000);
      await open(page, `?scenario=${scenario}&level=${level}`);
      const total = await stepCount(page);
      if (level === 'overview') expect(total).toBe(OVERVIEW_STEPS[scenario]);
      else expect(total).toBeGreaterThan(OVERVIEW_STEPS[scenario]);
      await expect(page.getByLabel('Scenario')).toHaveValue(scenario);
      await expect(page.getByLabel('Detail level')).toHaveValue(level);

      const seen = new Set<string>();
      const previous = page.getByRole('button', { name: 'Previous step' });
      const next = page.getByRole('button', { name: 'Next step' });
      await expect(previous).toBeDisabled();
      for (let n = 1; n <= total; n++) {
        await expect(narration(page)).toHaveAttribute('data-step-index', String(n));
        const id = await narration(page).getAttribute('data-step-id');
        expect(id).toBeTruthy();
        seen.add(`${n}:${id}`);
        await expect(narration(page)).not.toBeEmpty();
        if (n < total) await next.click();
      }
      await expect(next).toBeDisabled();
      expect(seen.size).toBe(total);
      await expect(page).toHaveURL(new RegExp(`step=${total}`));

      // Keyboard: back with the clicker keys, Home and End.
      await page.locator('body').click({ position: { x: 2, y: 2 } });
      await page.keyboard.press('ArrowLeft');
      await expect(narration(page)).toHaveAttribute('data-step-index', String(total - 1));
      await page.keyboard.press('PageUp');
      await expect(narration(page)).toHaveAttribute('data-step-index', String(total - 2));
      await page.keyboard.press('Home');
      await expect(narration(page)).toHaveAttribute('data-step-index', '1');
      await page.keyboard.press('PageDown');
      await page.keyboard.press('n');
      await expect(narration(page)).toHaveAttribute('data-step-index', '3');
      await page.keyboard.press('p');
      await expect(narration(page)).toHaveAttribute('data-step-index', '2');
      await page.keyboard.press('End');
      await expect(narration(page)).toHaveAttribute('data-step-index', String(total));
    });
  }
}

test('the step slider and the step list jump to any step', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=overview');
  await slider(page).fill('7');
  await expect(narration(page)).toHaveAttribute('data-step-index', '7');
  const list = page.getByRole('list', { name: /steps/i });
  await list.getByRole('button').nth(2).click();
  await expect(narration(page)).toHaveAttribute('data-step-index', '3');
  await expect(list.locator('[aria-current="step"]')).toHaveCount(1);
});

test('play runs to the end and restart goes back to the first step', async ({ page }) => {
  await open(page, '?scenario=get-nodes&level=overview');
  await page.getByLabel('Speed').selectOption({ label: '2×' });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(narration(page)).toHaveAttribute('data-step-index', '5', { timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.getByRole('button', { name: 'Restart' }).click();
  await expect(narration(page)).toHaveAttribute('data-step-index', '1');
  await page.keyboard.press('k');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('switching scenario and level keeps the page whole', async ({ page }) => {
  await open(page, '?scenario=get-nodes&level=standard');
  await page.getByLabel('Scenario').selectOption('create-pod');
  await expect(page).toHaveURL(/scenario=create-pod/);
  await expect(narration(page)).toHaveAttribute('data-step-index', '1');
  await page.getByLabel('Detail level').selectOption('deep');
  await expect(page).toHaveURL(/level=deep/);
  expect(await stepNumber(page)).toBeGreaterThanOrEqual(1);
});

test('each step shows its payload and what kubectl printed', async ({ page }) => {
  await open(page, '?scenario=get-nodes&level=overview&step=1');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('GET /api/v1/nodes?limit=500');
  await page.keyboard.press('End');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('200');
  await expect(page.getByRole('region', { name: 'kubectl output' })).toContainText('node-1');
  await expect(page.getByRole('region', { name: 'etcd contents' })).toContainText('/registry/minions/node-1');
});
