// Resilience (issue 6): the prerendered first frame, hydration without a jump, panels that fail
// alone, and stored data that is corrupt.
import { expect, test } from '@playwright/test';
import { narration, open, stepNumber } from './helpers';

test('the first frame is in the HTML: graph, narration and controls without any script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/', '/get-nodes.html']) {
    await page.goto(path);
    await expect(narration(page)).toHaveAttribute('data-step-index', '1');
    await expect(page.getByRole('button', { name: 'Next step' })).toBeVisible();
    await expect(page.locator('.kw-graph .react-flow__node[data-id="kube-apiserver"]')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('kubewalk');
  }
  await expect(page.getByLabel('Scenario')).toHaveValue('get-nodes');
  await context.close();
});

test('hydration takes over without a console message, a layout shift or a moved graph', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __boxes: string[] };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) w.__cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    // Where the static frame drew the API server box, before any script of the app ran.
    document.addEventListener('DOMContentLoaded', () => {
      const box = document.querySelector('.react-flow__node[data-id="kube-apiserver"]')?.getBoundingClientRect();
      w.__boxes = box ? [JSON.stringify([box.x, box.y, box.width].map(Math.round))] : [];
    });
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  // Interacting swaps StaticFlow for the measured React Flow: the box must stay where it was.
  await page.keyboard.press('Shift');
  await expect(page.locator('.kw-graph:not([data-static]) .react-flow__node[data-id="kube-apiserver"]')).toBeVisible();
  const { cls, before, after } = await page.evaluate(() => {
    const w = window as unknown as { __cls: number; __boxes: string[] };
    const box = document.querySelector('.react-flow__node[data-id="kube-apiserver"]')!.getBoundingClientRect();
    return { cls: w.__cls, before: w.__boxes[0], after: JSON.stringify([box.x, box.y, box.width].map(Math.round)) };
  });
  expect(cls).toBeLessThan(0.01);
  const [bx, by, bw] = JSON.parse(before ?? '[]') as number[];
  const [ax, ay, aw] = JSON.parse(after) as number[];
  expect(Math.abs((ax ?? 0) - (bx ?? -99))).toBeLessThanOrEqual(1);
  expect(Math.abs((ay ?? 0) - (by ?? -99))).toBeLessThanOrEqual(1);
  expect(Math.abs((aw ?? 0) - (bw ?? -99))).toBeLessThanOrEqual(1);
  expect(messages).toEqual([]);
});

test('a panel that fails says so in its place; the rest works, and it recovers', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=standard');
  // Break the next scroll into a panel body: the Steps panel's effect, once.
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
  // The other panels and the controls still work.
  await page.getByRole('button', { name: 'Next step' }).click();
  expect(await stepNumber(page)).toBe(3);
  await page.getByRole('button', { name: /Try the Steps panel again/ }).click();
  await expect(failed).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: 'kubectl builds a bare Pod' })).toBeVisible();
});

test('corrupt values in every stored key are ignored', async ({ page }) => {
  await page.addInitScript(() => {
    for (const key of ['kubewalk.checkpoints', 'kubewalk.questions']) localStorage.setItem(key, '{"not": json');
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith('kubewalk.')) localStorage.setItem(key, '\u0000garbage[');
    }
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?scenario=create-pod&level=overview&step=2');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(narration(page)).toHaveAttribute('data-step-index', '2');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration(page)).not.toHaveAttribute('data-step-index', '2');
  expect(errors).toEqual([]);
});
