import { expect, test } from '@playwright/test';

// embed.html's poster is the default scenario's first step, drawn at build time: it is there
// with no script at all, and it goes when the deep link asks for something else.
test('the embed poster shows the first step with no script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/embed.html');
  const frame = page.locator('figure.kw-pf');
  await expect(frame).toHaveAttribute('data-scenario', 'create-pod');
  await expect(frame).toHaveAttribute('data-step-id', 'kubectl.build');
  await expect(frame.locator('figcaption')).toContainText('kubectl builds a bare Pod');
  await expect(frame.locator('svg rect.kw-pf-on')).not.toHaveCount(0);
  await expect(page.locator('script[type="module"]')).toHaveCount(1);
  // Every component's name fits its box (kube-controller-manager's, 311 units wide, ran past its 260).
  const overflows = await frame.locator('rect.kw-pf-box').evaluateAll((boxes) =>
    boxes.flatMap((box) => {
      const name = box.nextElementSibling as SVGTextElement;
      const [b, t] = [(box as SVGRectElement).getBBox(), name.getBBox()];
      return t.x >= b.x && t.x + t.width <= b.x + b.width ? [] : [`${name.textContent}: ${Math.round(t.width)} in ${b.width}`];
    }),
  );
  expect(overflows).toEqual([]);
  await context.close();
});

test('the poster stays for its own scenario and goes for another', async ({ page }) => {
  await page.goto('/embed.html?scenario=create-pod');
  await expect(page.getByRole('button', { name: 'Start the walkthrough' })).toBeVisible();
  await expect(page.locator('figure.kw-pf')).toHaveCount(1);
  await page.goto('/embed.html?scenario=get-nodes');
  await expect(page.getByRole('button', { name: 'Start the walkthrough' })).toBeVisible();
  await expect(page.locator('figure.kw-pf')).toHaveCount(0);
  await page.goto('/embed.html?scenario=create-pod&step=3');
  await expect(page.getByRole('button', { name: 'Start the walkthrough' })).toBeVisible();
  await expect(page.locator('figure.kw-pf')).toHaveCount(0);
});
