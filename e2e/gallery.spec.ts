// The scenario gallery: every scenario as a card, filters by tag and text, opens the app on the
// chosen scenario with the URL saying so; axe-clean in both colour schemes and usable at 375 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { narration } from './helpers';

const SCENARIO_FILES = readdirSync(new URL('../scenarios/', import.meta.url)).filter((f) => f.endsWith('.yaml'));
const cards = (page: Page) => page.getByRole('list', { name: 'Scenarios' }).locator(':scope > li');

async function openGallery(page: Page, query = '?mode=gallery'): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('kubewalk.questions', 'off'));
  await page.goto(`/${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('scenario gallery');
}

test('lists every scenario with its summary, tags and Kubernetes version', async ({ page }) => {
  await openGallery(page);
  await expect(cards(page)).toHaveCount(SCENARIO_FILES.length);
  const card = page.locator('li[data-scenario="create-pod"]');
  await expect(card.getByRole('link', { name: 'kubectl run nginx --image=nginx' })).toHaveAttribute('href', '?scenario=create-pod');
  await expect(card).toContainText('A write, then reconciliation.');
  await expect(card.getByRole('list', { name: 'Tags' })).toContainText('beginner');
  await expect(card).toContainText('Kubernetes 1.34');
});

test('tag toggles and the search box filter the cards, and the URL keeps the filter', async ({ page }) => {
  await openGallery(page);
  const all = await cards(page).count();
  const engineer = page.getByRole('button', { name: 'engineer' });
  await expect(engineer).toHaveAttribute('aria-pressed', 'false');
  await engineer.click();
  await expect(engineer).toHaveAttribute('aria-pressed', 'true');
  const tagged = await cards(page).count();
  expect(tagged).toBeGreaterThan(0);
  expect(tagged).toBeLessThan(all);
  for (const li of await cards(page).all()) await expect(li.getByRole('list', { name: 'Tags' })).toContainText('engineer');
  await expect(page.getByRole('status')).toHaveText(`${tagged} of ${all} scenarios`);
  await expect(page).toHaveURL(/[?&]tag=engineer(&|$)/);

  await engineer.click();
  await page.getByRole('searchbox', { name: 'Search scenarios' }).fill('429');
  await expect(page.locator('li[data-scenario="apf-429"]')).toBeVisible();
  await expect(page.locator('li[data-scenario="get-nodes"]')).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]q=429(&|$)/);

  await page.getByRole('searchbox', { name: 'Search scenarios' }).fill('no such scenario anywhere');
  await expect(page.getByRole('status')).toHaveText(`0 of ${all} scenarios`);
  await page.getByRole('button', { name: 'Show all scenarios' }).click();
  await expect(cards(page)).toHaveCount(all);
});

test('a filtered gallery link opens with the filter applied', async ({ page }) => {
  await openGallery(page, '?mode=gallery&tag=beginner&q=pod');
  await expect(page.getByRole('button', { name: 'beginner' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('searchbox', { name: 'Search scenarios' })).toHaveValue('pod');
  for (const li of await cards(page).all()) await expect(li.getByRole('list', { name: 'Tags' })).toContainText('beginner');
});

test('choosing a scenario opens the app on its first step and the URL says so', async ({ page }) => {
  await openGallery(page);
  await page.getByRole('link', { name: 'kubectl get nodes' }).click();
  await expect(narration(page)).toBeVisible();
  await expect(narration(page)).toHaveAttribute('data-step-index', '1');
  await expect(page).toHaveURL(/[?&]scenario=get-nodes(&|$)/);
  await expect(page).not.toHaveURL(/mode=gallery/);

  // And back: the header's button opens the gallery again, from the keyboard.
  await page.getByRole('button', { name: 'Scenarios' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]mode=gallery/);
  // Focus follows to the new view's heading, not to <body>; and back again on the way out.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('link', { name: 'kubectl run nginx --image=nginx' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]scenario=create-pod(&|$)/);
  await expect(narration(page)).toHaveAttribute('data-step-index', '1');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('works at 375 px wide: nothing overflows sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openGallery(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await cards(page).first().boundingBox();
  expect(box?.width ?? 0).toBeLessThanOrEqual(375);
  await page.getByRole('button', { name: 'operator' }).click();
  await expect(page.getByRole('button', { name: 'operator' })).toHaveAttribute('aria-pressed', 'true');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the gallery (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openGallery(page);
    await page.getByRole('button', { name: 'beginner' }).click();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
