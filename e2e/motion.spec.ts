// Reduced motion shows each step's end state at once; without it the packet travels.
import { expect, test, type Page } from '@playwright/test';
import { narration, open } from './helpers';

async function packetPositions(page: Page): Promise<string[]> {
  const packet = page.getByTestId('packet');
  await expect(packet).toHaveCount(1);
  const positions: string[] = [];
  for (let i = 0; i < 4; i++) {
    const box = await packet.boundingBox();
    positions.push(box ? `${Math.round(box.x)},${Math.round(box.y)}` : 'none');
    await page.waitForTimeout(120);
  }
  return positions;
}

test('with reduced motion the packet does not travel', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '?scenario=get-nodes&level=overview&step=4');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(narration(page)).toHaveAttribute('data-step-index', '5');
  const positions = await packetPositions(page);
  expect(new Set(positions).size, positions.join(' → ')).toBe(1);
});

test('without reduced motion the packet travels along its edge', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await open(page, '?scenario=get-nodes&level=overview&step=4');
  await page.getByLabel('Speed').selectOption({ label: '0.5×' });
  await page.getByRole('button', { name: 'Next step' }).click();
  const positions = await packetPositions(page);
  expect(new Set(positions).size, positions.join(' → ')).toBeGreaterThan(1);
});
