import { expect, test, type Page } from '@playwright/test';
import { appLive, narration } from './helpers';

/**
 * The prerendered page hydrates before the domain chunk (engine, catalog, scenarios) arrives.
 * Here the domain comes 6 s late: views that need it, opened in that gap, must wait for it
 * (a loading state) and then work, never throw.
 */
async function openBeforeDomain(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.push(`error: ${m.text()}`);
  });
  await page.addInitScript(() => localStorage.setItem('kubewalk.questions', 'off'));
  let release: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/domain-*.js', async (route) => {
    await Promise.race([arrived, new Promise((resolve) => setTimeout(resolve, 20_000))]);
    await route.continue();
  });
  await page.goto('/');
  await expect(narration(page)).toHaveAttribute('data-step-index', '1');
  // Hydrated: React has attached its handlers to the prerendered buttons.
  await expect
    .poll(() => page.getByRole('button', { name: 'Next step' }).evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps'))))
    .toBe(true);
  expect(await page.evaluate(() => document.documentElement.dataset.app)).not.toBe('ready');
  // Lets the test let the domain through when it has checked the waiting state.
  await page.exposeFunction('kwReleaseDomain', release);
  return seen;
}

const releaseDomain = (page: Page) => page.evaluate(() => (window as unknown as { kwReleaseDomain: () => Promise<void> }).kwReleaseDomain());

const VIEWS = [
  { button: 'Scenarios', shows: (p: Page) => p.getByRole('heading', { level: 1 }) },
  { button: 'Sandbox', shows: (p: Page) => p.getByRole('log', { name: 'Console messages' }) },
  { button: 'Try it yourself', shows: (p: Page) => p.getByRole('log', { name: 'Console messages' }) },
  { button: 'Side by side', shows: (p: Page) => p.getByRole('region', { name: 'Left step' }) },
  { button: 'Present', shows: (p: Page) => p.getByRole('button', { name: 'Exit presenter mode' }) },
];

for (const view of VIEWS) {
  test(`"${view.button}" opened before the engine has arrived waits for it, then works`, async ({ page }) => {
    const seen = await openBeforeDomain(page);
    await page.getByRole('button', { name: view.button, exact: true }).click();
    await expect(page.getByText('Loading…')).toBeVisible();
    await releaseDomain(page);
    await appLive(page);
    await expect(page.getByText('Loading…')).toHaveCount(0);
    await expect(view.shows(page)).toBeVisible();
    expect(seen).toEqual([]);
  });
}
