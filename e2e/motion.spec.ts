// Reduced motion shows each step's end state at once; without it the packet travels.
import { expect, test, type Page } from '@playwright/test';
import { narration, open } from './helpers';

const RECORD_MS = 2500;

/**
 * Records, in the page, the packet's position in flow coordinates (its computed transform, which
 * includes the running animation) on every frame while step `step` shows. Sampled over the
 * protocol instead, a loaded machine takes longer per sample than the one-second trip lasts.
 */
async function recordPacket(page: Page, step: number): Promise<void> {
  await page.evaluate(
    ({ step, ms }) => {
      const seen: string[] = [];
      (window as unknown as { __packet: string[] }).__packet = seen;
      const until = performance.now() + ms;
      const frame = () => {
        const shown = document.querySelector('[aria-label="Step narration"]')?.getAttribute('data-step-index');
        const packet = document.querySelector<HTMLElement>('[data-testid="packet"]');
        if (packet && shown === String(step)) {
          const at = getComputedStyle(packet).transform;
          if (seen.at(-1) !== at) seen.push(at);
        }
        if (performance.now() < until) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    { step, ms: RECORD_MS },
  );
}

const positions = (page: Page) => page.evaluate(() => (window as unknown as { __packet: string[] }).__packet);

test('with reduced motion the packet does not travel', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '?scenario=get-nodes&level=overview&step=4');
  await recordPacket(page, 5);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration(page)).toHaveAttribute('data-step-index', '5');
  await expect(page.getByTestId('packet')).toHaveCount(1);
  // The whole recording: a packet that moved late would show up here.
  await page.waitForTimeout(RECORD_MS);
  const seen = await positions(page);
  expect(seen.length, seen.join(' → ')).toBe(1);
});

test('without reduced motion the packet travels along its edge', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await open(page, '?scenario=get-nodes&level=overview&step=4');
  await page.getByLabel('Speed').selectOption({ label: '0.5×' });
  await recordPacket(page, 5);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByTestId('packet')).toHaveCount(1);
  await expect.poll(async () => (await positions(page)).length, { timeout: RECORD_MS }).toBeGreaterThan(3);
});
