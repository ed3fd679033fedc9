// Presenter mode: every clicker and keyboard key, the black screen, overview, go-to, help, and a
// projector-sized screen with nothing clipped.
import { expect, test, type Page } from '@playwright/test';
import { narration, open } from './helpers';

const at = (page: Page, n: number) => expect(narration(page)).toHaveAttribute('data-step-index', String(n));

test('every presenter key works, whatever has focus', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=overview&step=3&mode=present');
  await expect(page.getByRole('button', { name: 'Exit presenter mode' })).toBeVisible();
  const pairs: [string, number][] = [['PageDown', 4], ['PageUp', 3], ['ArrowRight', 4], ['ArrowLeft', 3], ['n', 4], ['p', 3], ['N', 4], ['P', 3], ['End', 12], ['Home', 1]];
  for (const [key, n] of pairs) {
    await page.keyboard.press(key);
    await at(page, n);
  }
  // A focused button does not swallow the clicker's keys.
  await page.getByRole('button', { name: /Overview/ }).focus();
  await page.keyboard.press('PageDown');
  await at(page, 2);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Focused slider: the presenter's → still moves exactly one step.
  await page.getByRole('slider', { name: 'Step' }).focus();
  await page.keyboard.press('ArrowRight');
  await at(page, 3);

  // G, a number, Enter.
  await page.keyboard.press('g');
  await page.keyboard.press('6');
  await expect(page.getByRole('status').filter({ hasText: 'Go to step 6' })).toBeVisible();
  await page.keyboard.press('Enter');
  await at(page, 6);

  // B and . black the screen; any key brings it back without doing anything else.
  for (const key of ['b', 'B', '.']) {
    await page.keyboard.press(key);
    await expect(page.getByTestId('blackout')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('blackout')).toHaveCount(0);
    await at(page, 6);
  }

  // O: the overview of every step; picking one jumps there.
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'All steps' });
  await expect(overview.getByRole('button', { name: /^\d+/ })).toHaveCount(12);
  await overview.getByRole('button', { name: /^7\b/ }).click();
  await expect(overview).toHaveCount(0);
  await at(page, 7);

  // ? lists the presenter keys, including the checkpoint reveal key.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Black screen');
  await expect(help).toContainText('Reveal the checkpoint answer');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // F: fullscreen on and off.
  // (Entering fullscreen can take seconds on a busy machine.)
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null), { timeout: 15_000 }).toBe(true);
  await page.keyboard.press('F');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null), { timeout: 15_000 }).toBe(false);

  // S: the speaker view in a second window.
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const speaker = await popup;
  await expect(speaker).toHaveURL(/mode=speaker/);
  await expect(speaker.getByRole('region', { name: 'Speaker notes' })).toBeVisible();
});

test('the Present button enters presenter mode and Exit leaves it', async ({ page }) => {
  await open(page, '?scenario=get-nodes&level=overview&step=2');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page).toHaveURL(/mode=present/);
  await expect(narration(page)).toHaveCSS('font-size', /./);
  const size = await page.locator('.kw-step-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await page.getByRole('button', { name: 'Exit presenter mode' }).click();
  await expect(page).not.toHaveURL(/mode=/);
  await expect(page.getByLabel('Scenario')).toBeVisible();
});

test('the mouse cursor hides when idle', async ({ page }) => {
  await open(page, '?scenario=get-nodes&mode=present');
  await page.mouse.move(200, 200);
  await expect(page.locator('.kw-present')).not.toHaveAttribute('data-idle', /./);
  await expect(page.locator('.kw-present')).toHaveAttribute('data-idle', 'true', { timeout: 5000 });
  await page.mouse.move(300, 300);
  await expect(page.locator('.kw-present')).not.toHaveAttribute('data-idle', /./);
});

for (const viewport of [{ width: 1024, height: 768 }, { width: 1280, height: 720 }]) {
  test(`presenter mode fits ${viewport.width}×${viewport.height} with nothing clipped`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    // Every step of both scenarios at the levels a class uses, with and without a correction box.
    const stops = ['?scenario=create-pod&level=overview', '?scenario=create-pod&level=standard', '?scenario=get-nodes&level=standard'];
    for (const stop of stops) {
      await open(page, `${stop}&mode=present`);
      const total = Number(await page.getByRole('slider', { name: 'Step' }).getAttribute('max'));
      for (let n = 1; n <= total; n++) {
        await page.keyboard.press('g');
        for (const d of String(n)) await page.keyboard.press(d);
        await page.keyboard.press('Enter');
        await at(page, n);
        const report = await page.evaluate(() => {
          const doc = document.documentElement;
          const out: string[] = [];
          if (doc.scrollHeight > innerHeight || doc.scrollWidth > innerWidth) out.push(`page scrolls ${doc.scrollWidth}×${doc.scrollHeight}`);
          for (const sel of ['.kw-narration', '.kw-present-bar', '.kw-controls', '.kw-graph']) {
            const el = document.querySelector<HTMLElement>(sel);
            if (!el) {
              out.push(`${sel} missing`);
              continue;
            }
            const r = el.getBoundingClientRect();
            if (r.top < 0 || r.left < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5) out.push(`${sel} outside the screen`);
            if (el.scrollHeight > el.clientHeight + 1) out.push(`${sel} clips its content (${el.scrollHeight} > ${el.clientHeight})`);
          }
          return out;
        });
        expect(report, `${stop} step ${n}`).toEqual([]);
      }
    }
  });
}
