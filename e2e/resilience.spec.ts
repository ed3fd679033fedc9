// Resilience (issue 6): panels that fail alone and recover, and stored data that is corrupt.
import { expect, test } from '@playwright/test';
import { narration, open, stepNumber, watchProblems } from './helpers';

test('a panel that fails says so in its place; the rest works, and it recovers', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=standard');
  // Break the next scroll into a panel body (the Steps panel's effect), once.
  await page.evaluate(() => {
    let failures = 1;
    const proto = Element.prototype;
    const closest = Object.getOwnPropertyDescriptor(proto, 'closest')?.value as (this: Element, s: string) => Element | null;
    proto.closest = function closestOrFail(this: Element, selector: string): Element | null {
      if (selector === '.kw-panel-body' && failures > 0) {
        failures--;
        throw new Error('injected panel failure');
      }
      return closest.call(this, selector);
    };
  });
  await page.getByRole('button', { name: 'Next step' }).click();
  const failed = page.getByRole('alert').filter({ hasText: 'could not be shown' });
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText('The Steps panel could not be shown');
  await expect(failed).toContainText('injected panel failure');
  await expect(page.getByRole('region', { name: 'Steps (failed)' })).toBeVisible();
  // The other panels and the controls still work.
  await page.getByRole('button', { name: 'Next step' }).click();
  expect(await stepNumber(page)).toBe(3);
  await page.getByRole('button', { name: 'Try the Steps panel again' }).click();
  await expect(failed).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Steps' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Steps' }).locator('[aria-current="step"]')).toHaveCount(1);
});

test('corrupt values in every stored key are ignored', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('kubewalk.checkpoints', '{"version": 1, "scenarios": {"create-pod": [');
    localStorage.setItem('kubewalk.questions', '\u0000garbage[');
  });
  const problems = await watchProblems(page);
  await page.goto('/?scenario=create-pod&level=overview&step=2');
  await expect(narration(page)).toHaveAttribute('data-step-index', '2');
  await page.getByRole('button', { name: 'Next step' }).click();
  // Questions are on unless turned off: the corrupt value reads as "on", the student is asked.
  const skip = page.getByRole('button', { name: 'Skip question' });
  await expect.poll(async () => (await skip.isVisible()) || (await stepNumber(page)) === 3).toBe(true);
  if (await skip.isVisible()) await skip.click();
  await expect(narration(page)).toHaveAttribute('data-step-index', '3');
  expect(await problems()).toEqual([]);
});
