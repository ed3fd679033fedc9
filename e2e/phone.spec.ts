// Phones: at 375×667 with touch, nothing scrolls sideways, every target is at least 44 px, a swipe
// on the narration steps, and a finger pans and pinches the graph.
import { expect, test, type Page } from '@playwright/test';
import { narration, open, stepNumber } from './helpers';

test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

// Each view, and a landmark that says it has rendered (a region, or the view's main).
const VIEWS = [
  ['app', '?scenario=create-pod&level=standard&step=20', 'Step narration'],
  ['app in Chinese', '?lang=zh-CN&scenario=create-pod&level=deep&step=40', '步骤讲解'],
  ['presenter', '?scenario=create-pod&level=standard&step=5&mode=present', 'Step narration'],
  ['speaker', '?scenario=create-pod&level=standard&step=5&mode=speaker', 'Step narration'],
  ['side by side', '?scenario=get-nodes&mode=compare', 'Left step'],
  // A big cluster: the graph has its zoom buttons.
  ['big cluster', '?scenario=scale-12x60&level=overview', 'Step narration'],
  ['gallery', '?mode=gallery', 'main'],
  ['sandbox', '?mode=sandbox&cmd=kubectl+get+pods', 'Step narration'],
  ['flag explorer', '?mode=config&scenario=create-pod', 'main'],
] as const;

/** Visible controls smaller than 44 px either way (React Flow's credit link aside). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, input, [role="button"], [role="slider"]')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ el, box }) => `${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
}

for (const [name, query, ready] of VIEWS) {
  test(`${name}: no sideways scrolling and touch targets of 44 px`, async ({ page }) => {
    await page.goto(`/${query}`);
    await expect(ready === 'main' ? page.getByRole('main').first() : page.getByRole('region', { name: ready })).toBeVisible();
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await smallTargets(page)).toEqual([]);
  });
}

test("the graph's own controls are not under the step controls", async ({ page }) => {
  // On a phone the step controls sit over the foot of the graph: its credit link and zoom buttons
  // must be where a finger (or a keyboard user's eye) can find them.
  for (const query of ['?scenario=create-pod&level=standard', '?scenario=scale-12x60&level=overview']) {
    await open(page, query);
    const covered = await page.locator('.kw-graph .react-flow__attribution a, .kw-graph .kw-zoom button').evaluateAll((els: Element[]): string[] =>
      els.flatMap((el) => {
        const box = el.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return hit && el.contains(hit) ? [] : [`${el.getAttribute('aria-label') ?? el.textContent ?? ''} under ${hit?.className ?? 'nothing'}`];
      }),
    );
    expect(covered, query).toEqual([]);
  }
});

test('the transcript fits the phone too', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=overview');
  await page.getByRole('button', { name: 'Transcript' }).click();
  await expect(page.getByRole('region', { name: 'Transcript' })).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await smallTargets(page)).toEqual([]);
});

/** Real touch input through the DevTools protocol: Chromium turns it into pointer events. */
async function touchDrag(page: Page, fingers: { from: [number, number]; to: [number, number] }[], steps = 6) {
  const cdp = await page.context().newCDPSession(page);
  const at = (k: number) =>
    fingers.map((f, id) => ({ id, x: f.from[0] + ((f.to[0] - f.from[0]) * k) / steps, y: f.from[1] + ((f.to[1] - f.from[1]) * k) / steps }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let k = 1; k <= steps; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(k) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('a swipe on the narration steps forward and back; a vertical drag does not', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=overview&step=3');
  // Above the sticky controls at the bottom of the screen.
  await narration(page).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const box = await narration(page).boundingBox();
  if (!box) throw new Error('no narration box');
  const y = box.y + 60;

  await touchDrag(page, [{ from: [300, y], to: [80, y + 8] }]);
  await expect.poll(() => stepNumber(page)).toBe(4);
  await touchDrag(page, [{ from: [60, y], to: [320, y] }]);
  await expect.poll(() => stepNumber(page)).toBe(3);
  await touchDrag(page, [{ from: [200, y + 40], to: [190, y - 60] }]);
  expect(await stepNumber(page)).toBe(3);
});

const viewport = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);

test('one finger pans the graph and two fingers pinch it', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=overview&step=1');
  const graph = page.getByRole('region', { name: 'Control plane graph' });
  await graph.scrollIntoViewIfNeeded();
  const box = await graph.boundingBox();
  if (!box) throw new Error('no graph box');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const before = await viewport(page);
  await touchDrag(page, [{ from: [cx, cy], to: [cx - 90, cy + 30] }]);
  await expect.poll(() => viewport(page)).not.toBe(before);
  const panned = await viewport(page);
  const scale = (m: string) => Number(/matrix\(([-\d.e]+)/.exec(m)?.[1] ?? 'NaN');
  await touchDrag(page, [
    { from: [cx - 20, cy], to: [cx - 110, cy] },
    { from: [cx + 20, cy], to: [cx + 110, cy] },
  ]);
  await expect.poll(async () => scale(await viewport(page))).toBeGreaterThan(scale(panned) * 1.2);
  // Neither moved the walkthrough.
  expect(await stepNumber(page)).toBe(1);
});
