// <kube-walkthrough> on a page of another origin: own state per element, scoped styles, events.
import { expect, test, type Locator, type Page } from '@playwright/test';

const EXAMPLES = `http://127.0.0.1:${Number(process.env.E2E_EXAMPLES_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 10)}`;

const walk = (page: Page, id: string) => page.locator(`#walk-${id}`);
const narrationIn = (el: Locator) => el.getByRole('region', { name: 'Step narration' });

test.beforeEach(async ({ page }) => {
  await page.goto(`${EXAMPLES}/plain-html/web-component.html`);
});

test('two elements keep their own step, level and keys', async ({ page }) => {
  const a = walk(page, 'a');
  const b = walk(page, 'b');
  await expect(a.getByRole('button', { name: 'Start the walkthrough' })).toBeVisible();
  await a.getByRole('button', { name: 'Start the walkthrough' }).click();
  await expect(narrationIn(a)).toHaveAttribute('data-step-index', '3');
  await expect(page.locator('#status-a')).toHaveText(/^create-pod: step 3 of \d+$/);
  await expect(b.getByRole('button', { name: 'Start the walkthrough' })).toBeVisible();

  await b.getByRole('button', { name: 'Start the walkthrough' }).click();
  await expect(narrationIn(b)).toHaveAttribute('data-step-index', '1');
  await page.keyboard.press('ArrowRight');
  await expect(narrationIn(b)).toHaveAttribute('data-step-index', '2');
  await expect(narrationIn(a)).toHaveAttribute('data-step-index', '3');

  await page.locator('#next-a').click();
  await expect(narrationIn(a)).toHaveAttribute('data-step-index', '4');
  await expect(page.locator('#status-a')).toHaveText(/^create-pod: step 4 of \d+$/);
  await expect(narrationIn(b)).toHaveAttribute('data-step-index', '2');

  await a.evaluate((el) => el.setAttribute('step', '2'));
  await expect(narrationIn(a)).toHaveAttribute('data-step-index', '2');
  // Compact controls: no level picker in b; full controls in a.
  await expect(a.getByLabel('Detail level')).toBeVisible();
  await expect(b.getByLabel('Detail level')).toHaveCount(0);
});

test('styles stay on their own side of the shadow root', async ({ page }) => {
  const a = walk(page, 'a');
  await a.getByRole('button', { name: 'Start the walkthrough' }).click();
  const play = a.getByRole('button', { name: 'Play' });
  await expect(play).toBeVisible();
  // The page paints every button red; the walkthrough's buttons keep their own colours.
  expect(await play.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgb(255, 0, 0)');
  // The page's own .kw-btn is not styled by the walkthrough.
  expect(await page.locator('#next-a').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 0, 0)');
  expect(await page.locator('#next-a').evaluate((el) => getComputedStyle(el).minHeight)).not.toBe('2.75rem');
  await expect(page.locator('body')).toHaveCSS('font-family', /Georgia/);
});

test('a theme attribute switches that element only', async ({ page }) => {
  const a = walk(page, 'a');
  const b = walk(page, 'b');
  await a.getByRole('button', { name: 'Start the walkthrough' }).click();
  await b.getByRole('button', { name: 'Start the walkthrough' }).click();
  const bg = (el: Locator) => narrationIn(el).evaluate((n) => getComputedStyle(n).backgroundColor);
  await expect(narrationIn(b)).toBeVisible();
  await a.evaluate((el) => el.setAttribute('theme', 'light'));
  const light = await bg(a);
  const dark = await bg(b);
  expect(light).not.toBe(dark);
  await a.evaluate((el) => el.setAttribute('theme', 'dark'));
  await expect.poll(() => bg(a)).toBe(dark);
});
