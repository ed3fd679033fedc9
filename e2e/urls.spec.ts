// Random query strings (issue 6): a few dozen generated URLs never crash the app; each shows the
// requested state or a notice. Seeded, so a failure names a URL that fails again.
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { narration } from './helpers';

const value = fc.oneof(
  fc.constantFrom('create-pod', 'get-nodes', 'no-such', 'overview', 'standard', 'deep', 'ultra', '1', '3', '0', '-2', '99999', '1.5', 'NaN', '%E0%A4', '<script>', ''),
  fc.string({ maxLength: 10 }),
);
const key = fc.constantFrom('scenario', 'step', 'level', 'mode', 'lang', 'x');
const query = fc
  .array(fc.tuple(key, value), { maxLength: 4 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`);
const URLS = fc.sample(query, { numRuns: 36, seed: 6 });

test('generated URLs open a working page: the requested step or a notice', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => localStorage.setItem('kubewalk.questions', 'off'));
  for (const url of URLS) {
    await page.goto(`/${url}`);
    await expect(page.locator('html'), url).toHaveAttribute('data-app', 'ready');
    const asked = new URLSearchParams(url);
    if (asked.get('mode') && asked.get('mode') !== 'app') continue; // presenter, speaker, side by side: their own specs
    await expect(narration(page), url).toBeVisible();
    const notices = await page.locator('.kw-notice').count();
    const step = await narration(page).getAttribute('data-step-index');
    const scenario = await page.getByLabel('Scenario').inputValue();
    const level = await page.getByLabel('Detail level').inputValue();
    const followed =
      (!asked.get('scenario') || asked.get('scenario') === scenario) &&
      (!asked.get('level') || asked.get('level') === level) &&
      (!asked.get('step') || asked.get('step') === step);
    expect(followed || notices > 0, `${url}: shows ${scenario} ${level} step ${step} and ${notices} notices`).toBe(true);
    expect(errors, url).toEqual([]);
  }
});
