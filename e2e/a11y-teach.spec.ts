// axe on the teaching views: presenter mode (with a question and the overview), speaker view, handout.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

async function axe(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), what).toEqual([]);
}

// axe takes several seconds a page on a busy machine, and this test runs it on four.
test.describe.configure({ timeout: 90_000 });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`teaching views have no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, '?scenario=get-nodes&level=overview&step=2&mode=present');
    await axe(page, 'presenter');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('a');
    await axe(page, 'presenter with a revealed question');
    await page.keyboard.press('o');
    await axe(page, 'overview');
    await page.keyboard.press('Escape');
    await open(page, '?scenario=create-pod&level=standard&step=5&mode=speaker');
    await axe(page, 'speaker view');
    await open(page, '?scenario=get-nodes&level=overview&step=2', { questions: true });
    await page.keyboard.press('ArrowRight');
    await axe(page, 'student question');
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await open(page, '?scenario=get-nodes&level=overview');
    await page.getByRole('button', { name: 'Print handout' }).click();
    await expect(page.locator('article.kw-handout-step').first()).toBeVisible();
    await axe(page, 'handout');
  });
}
