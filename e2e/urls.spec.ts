// Random query strings (issue 6), in the browser: a few dozen generated URLs never crash the page;
// each shows the requested state or a notice. (src/playback/url.test.ts runs hundreds through the
// codec.) Seeded, so a failure names a URL that fails again.
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { appLive, narration, watchProblems } from './helpers';

const value = fc.oneof(
  fc.constantFrom('create-pod', 'get-nodes', 'no-such', 'overview', 'standard', 'deep', 'ultra', '1', '3', '0', '-2', '99999', '1.5', 'NaN', '%E0%A4', '<script>', ''),
  fc.string({ maxLength: 10 }),
);
const key = fc.constantFrom('scenario', 'step', 'level', 'lang', 'theme', 'x');
const query = fc
  .array(fc.tuple(key, value), { maxLength: 4 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`);
const URLS = fc.sample(query, { numRuns: 36, seed: 6 });

test('generated URLs open a working page: the requested step or a notice', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => localStorage.setItem('kubewalk.questions', 'off'));
  const problems = await watchProblems(page);
  for (const url of URLS) {
    await page.goto(`/${url}`);
    // A prerendered frame the address does not ask for stays hidden until the app has read the
    // address: judge what the app shows.
    await appLive(page);
    await expect(narration(page), url).toBeVisible();
    // The first of each key wins, as in the app's codec.
    const asked = new URLSearchParams(url);
    const step = await narration(page).getAttribute('data-step-index');
    const scenario = await page.getByLabel('Scenario').inputValue();
    const level = await page.getByLabel('Detail level').inputValue();
    const notices = await page.locator('.kw-notice').count();
    const followed =
      (!asked.get('scenario') || asked.get('scenario') === scenario) &&
      (!asked.get('level') || asked.get('level') === level) &&
      (!asked.get('step') || asked.get('step') === step);
    expect(followed || notices > 0, `${url}: shows ${scenario} ${level} step ${step} and ${notices} notices`).toBe(true);
    // Still a working page: the next step is one press away (or it is the last).
    await page.getByRole('button', { name: 'Next step' }).click();
    expect(await problems(), url).toEqual([]);
  }
});
