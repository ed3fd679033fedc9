// The graph at scale, through the test-only scenario ids `scale-<nodes>x<replicas>`: nodes in a
// grid that pans and zooms, and Pods counted per phase once a node holds more than a few.
import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

const graph = (page: Page) => page.getByRole('region', { name: 'Control plane graph' });
const transform = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

test('a big cluster is a grid with a count chip per phase instead of a chip per Pod', async ({ page }) => {
  await open(page, '?scenario=scale-12x60&level=overview');
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('scale-12x60');
  await page.keyboard.press('End');
  await expect(graph(page)).toHaveAttribute('data-grid', 'true');
  const chips = page.locator('.kw-pod-count[data-count-phase="Running"]');
  await expect(chips.first()).toBeVisible();
  const counts = await chips.locator('.kw-pod-name').allTextContents();
  const total = counts.reduce((n, t) => n + Number(/^(\d+) Pods?$/.exec(t)?.[1] ?? NaN), 0);
  // Five per worker on average; nodes with four or fewer keep one chip per Pod.
  const single = await page.locator('.kw-pod:not(.kw-pod-count):not(.kw-pod-system)').count();
  expect(total + single).toBe(60);
  expect(total).toBeGreaterThan(0);
});

test('the grid zooms with its buttons and pans by dragging', async ({ page }) => {
  await open(page, '?scenario=scale-12x60&level=overview');
  const before = await transform(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => transform(page)).not.toBe(before);
  const zoomed = await transform(page);
  const box = await graph(page).boundingBox();
  if (!box) throw new Error('no graph box');
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 80, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => transform(page)).not.toBe(zoomed);
  await page.getByRole('button', { name: 'Fit' }).click();
  await expect.poll(() => transform(page)).toBe(before);
});

test('a small cluster stays one fixed row without zoom buttons', async ({ page }) => {
  await open(page, '?scenario=create-pod');
  await expect(graph(page)).not.toHaveAttribute('data-grid', 'true');
  await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
});

test('an out-of-range scale id falls back with a notice', async ({ page }) => {
  await open(page, '?scenario=scale-999x10');
  await expect(page.getByRole('status').filter({ hasText: 'Unknown scenario "scale-999x10"' })).toBeVisible();
});

test('a windowed list says where its rows are and titles them; a short one leaves that to the browser', async ({ page }) => {
  await open(page, '?scenario=create-pod');
  await expect(page.locator('.kw-step-item').first()).toBeVisible();
  await expect(page.locator('.kw-etcd-table tbody tr').first()).toBeAttached();
  expect(await page.locator('.kw-step-list li[aria-setsize], .kw-step-item[title]').count()).toBe(0);
  expect(await page.locator('.kw-etcd-table[aria-rowcount], .kw-etcd-table tr[aria-rowindex], .kw-key[title]').count()).toBe(0);

  await open(page, '?scenario=scale-12x60&level=deep');
  const rows = page.locator('.kw-step-list.kw-windowed li');
  await expect(rows.first()).toBeVisible();
  const total = Number(await rows.first().getAttribute('aria-setsize'));
  expect(total).toBeGreaterThanOrEqual(200);
  expect(await rows.count()).toBeLessThan(total);
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
  const first = rows.first().locator('.kw-step-item');
  await expect(first).toHaveAttribute('title', (await first.locator('span').last().textContent()) ?? '');

  // At the last step the cluster's etcd holds more keys than a short table shows.
  await page.keyboard.press('End');
  const table = page.locator('.kw-etcd-table.kw-windowed');
  await expect(table).toBeAttached();
  const keys = Number(await table.getAttribute('aria-rowcount')) - 1;
  expect(keys).toBeGreaterThanOrEqual(200);
  const row = table.locator('tbody tr[aria-rowindex]').first();
  await expect(row).toHaveAttribute('aria-rowindex', /^\d+$/);
  const key = row.locator('.kw-key');
  expect(await key.getAttribute('title')).toContain('/registry/');
});
