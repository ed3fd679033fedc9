// The plain-HTML example page, served from another origin (examples/serve.mjs on another port),
// embeds two kubewalk iframes and drives them with kubewalk-embed.js.
import { expect, test, type FrameLocator, type Page } from '@playwright/test';

const EXAMPLES = `http://127.0.0.1:${Number(process.env.E2E_EXAMPLES_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 10)}`;

const frame = (page: Page, id: string): FrameLocator => page.frameLocator(`#${id}`);
const narrationIn = (f: FrameLocator) => f.getByRole('region', { name: 'Step narration' });
const startIn = (f: FrameLocator) => f.getByRole('button', { name: 'Start the walkthrough' });

async function contentHeight(page: Page, id: string): Promise<number> {
  const handle = await page.locator(`#${id}`).elementHandle();
  const f = await handle?.contentFrame();
  if (!f) throw new Error(`no frame for ${id}`);
  return f.evaluate(() => Math.ceil(document.getElementById('kw-embed')?.getBoundingClientRect().height ?? 0));
}

async function iframeHeight(page: Page, id: string): Promise<number> {
  return page.locator(`#${id}`).evaluate((el) => Math.round(el.getBoundingClientRect().height));
}

async function fits(page: Page, id: string): Promise<void> {
  await expect.poll(async () => Math.abs((await iframeHeight(page, id)) - (await contentHeight(page, id)))).toBeLessThanOrEqual(1);
}

test.beforeEach(async ({ page }) => {
  await page.goto(`${EXAMPLES}/plain-html/`);
  await expect(page.locator('#walk-1')).toBeVisible();
});

test('the host page is on another origin than the embeds', async ({ page }) => {
  const host = new URL(page.url()).origin;
  const src = await page.locator('#walk-1').getAttribute('src');
  expect(new URL(src ?? '').origin).not.toBe(host);
});

test('each iframe takes the height of its content, poster and player alike', async ({ page }) => {
  const start = startIn(frame(page, 'walk-1'));
  await expect(start).toBeVisible();
  // The poster: nothing is loaded or moving yet, and the iframe already fits it.
  await fits(page, 'walk-1');
  const posterHeight = await iframeHeight(page, 'walk-1');
  expect(posterHeight).toBeGreaterThan(150);
  await start.click();
  await expect(narrationIn(frame(page, 'walk-1'))).toBeVisible();
  await fits(page, 'walk-1');
  expect(await iframeHeight(page, 'walk-1')).toBeGreaterThan(posterHeight);
  // The second embed is sized on its own, and was not started.
  await fits(page, 'walk-2');
  await expect(startIn(frame(page, 'walk-2'))).toBeVisible();
});

test('the host API drives one embed and hears its events; the other does not move', async ({ page }) => {
  await page.locator('#goto-1').click();
  const first = narrationIn(frame(page, 'walk-1'));
  await expect(first).toHaveAttribute('data-step-index', '5');
  await expect(page.locator('#status-1')).toHaveText(/^create-pod: step 5 of \d+/);
  await page.locator('#next-1').click();
  await expect(first).toHaveAttribute('data-step-index', '6');
  await expect(page.locator('#status-1')).toHaveText(/^create-pod: step 6 of \d+/);
  const count = Number((await page.locator('#status-1').textContent())?.match(/of (\d+)/)?.[1]);
  await page.evaluate((n) => window.kubewalk.get('#walk-1')?.goTo(n), count);
  await expect(page.locator('#status-1')).toHaveText(`create-pod: step ${count} of ${count} (the end)`);
  // The other embed was not started by any of this.
  await expect(startIn(frame(page, 'walk-2'))).toBeVisible();
  await expect(page.locator('#status-2')).toHaveText('Not started');

  await page.evaluate(() => {
    const second = window.kubewalk.get('#walk-2');
    second?.setLevel('deep');
    second?.goTo(2);
  });
  const other = narrationIn(frame(page, 'walk-2'));
  await expect(other).toHaveAttribute('data-step-index', '2');
  await expect(page.locator('#status-2')).toHaveText(/^get-nodes: step 2 of \d+/);
  await expect(first).toHaveAttribute('data-step-index', String(count));
});

test('keys act only on the focused embed', async ({ page }) => {
  await startIn(frame(page, 'walk-1')).click();
  const first = narrationIn(frame(page, 'walk-1'));
  const second = narrationIn(frame(page, 'walk-2'));
  // The first player grows its iframe as it loads, moving the second one down: let it settle, or
  // the second Start button is never still long enough to click (seen on a loaded machine).
  await expect(first).toHaveAttribute('data-step-index', '1');
  await fits(page, 'walk-1');
  await startIn(frame(page, 'walk-2')).click();
  await expect(second).toHaveAttribute('data-step-index', '1');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(second).toHaveAttribute('data-step-index', '3');
  await expect(first).toHaveAttribute('data-step-index', '1');
  // With the host page focused, keys stay with the page.
  await page.locator('h1').click();
  await page.keyboard.press('ArrowRight');
  await expect(second).toHaveAttribute('data-step-index', '3');
  await expect(first).toHaveAttribute('data-step-index', '1');
});

test('malformed and foreign messages are ignored', async ({ page }) => {
  await page.locator('#goto-1').click();
  const first = narrationIn(frame(page, 'walk-1'));
  await expect(first).toHaveAttribute('data-step-index', '5');
  await page.evaluate(() => {
    const w = document.querySelector<HTMLIFrameElement>('#walk-1')?.contentWindow;
    const bad: unknown[] = [
      { kubewalk: 1, type: 'goTo', step: '2' },
      { kubewalk: 2, type: 'goTo', step: 2 },
      { kubewalk: 1, type: 'goTo', step: 2, html: '<img src=x onerror=alert(1)>' },
      { type: 'next' },
      'next',
      JSON.stringify({ kubewalk: 1, type: 'next' }),
    ];
    for (const data of bad) w?.postMessage(data, '*');
  });
  // A sibling frame is not the embed's parent: its well-formed commands are not taken either.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const sibling = document.createElement('iframe');
        sibling.srcdoc = `<script>parent.document.querySelector('#walk-1').contentWindow.postMessage({ kubewalk: 1, type: 'next' }, '*');</script>`;
        sibling.addEventListener('load', () => resolve());
        document.body.append(sibling);
      }),
  );
  await page.evaluate(() => {
    document.querySelector<HTMLIFrameElement>('#walk-1')?.contentWindow?.postMessage({ kubewalk: 1, type: 'next' }, '*');
  });
  await expect(first).toHaveAttribute('data-step-index', '6');
  await page.waitForTimeout(300);
  await expect(first).toHaveAttribute('data-step-index', '6');
});
