// embed.html on its own: poster first, click to start, options, images, custom scenarios.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const EXAMPLES = `http://127.0.0.1:${Number(process.env.E2E_EXAMPLES_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 10)}`;
const narration = (page: Page) => page.getByRole('region', { name: 'Step narration' });
const start = (page: Page) => page.getByRole('button', { name: 'Start the walkthrough' });

test('the poster loads nothing heavy until the reader starts', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/embed.html?scenario=get-nodes&level=overview&step=2');
  await expect(page.getByRole('heading', { name: 'kubectl get nodes' })).toBeVisible();
  await page.waitForTimeout(300);
  expect(scripts.some((s) => /\/(react|xyflow|domain|motion)-/.test(s))).toBe(false);
  await expect(narration(page)).toHaveCount(0);

  await start(page).click();
  await expect(narration(page)).toHaveAttribute('data-step-index', '2');
  expect(scripts.some((s) => /\/domain-/.test(s))).toBe(true);
  // Focus is in the walkthrough, so its keys work at once.
  await page.keyboard.press('ArrowRight');
  await expect(narration(page)).toHaveAttribute('data-step-index', '3');
  await expect(page.getByRole('link', { name: 'Open in kubewalk' })).toHaveAttribute('href', /\/\?scenario=get-nodes&step=3&level=overview$/);
});

test('controls=none, a forced theme and autoplay', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/embed.html?scenario=create-pod&controls=none&theme=dark&autoplay=1');
  await expect(narration(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  await expect(page.locator('#kw-embed')).toHaveAttribute('data-theme', 'dark');
  expect(await narration(page).evaluate((n) => getComputedStyle(n).backgroundColor)).toBe('rgb(22, 27, 34)');
  // Autoplay moves on by itself.
  await expect(narration(page)).not.toHaveAttribute('data-step-index', '1', { timeout: 5000 });
});

test('download a PNG of the step and an animated PNG of a range', async ({ page }) => {
  await page.goto('/embed.html?scenario=get-nodes&level=overview&step=2');
  await start(page).click();
  await expect(narration(page)).toBeVisible();
  const [still] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download image' }).click()]);
  expect(still.suggestedFilename()).toBe('kubewalk-get-nodes-step-2.png');
  const png = await readAll(await still.createReadStream());
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(png.includes(Buffer.from('acTL'))).toBe(false);

  await page.getByLabel('Animate steps').fill('1');
  await page.getByLabel('to', { exact: true }).fill('3');
  const [anim] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download animation' }).click()]);
  expect(anim.suggestedFilename()).toBe('kubewalk-get-nodes-steps-1-3.png');
  const apng = await readAll(await anim.createReadStream());
  const actl = apng.indexOf(Buffer.from('acTL'));
  expect(actl).toBeGreaterThan(0);
  expect(apng.readUInt32BE(actl + 4)).toBe(3);
});

test('?src= plays a custom scenario from another origin, its text as text', async ({ page }) => {
  await page.goto(`/embed.html?src=${encodeURIComponent(`${EXAMPLES}/scenarios/web-pod.yaml`)}&level=standard`);
  await expect(page.getByRole('heading', { name: 'A custom scenario' })).toBeVisible();
  await start(page).click();
  await expect(narration(page)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in kubewalk' })).toHaveCount(0);
  const count = Number(await page.getByRole('slider', { name: 'Step' }).getAttribute('max'));
  let found = false;
  for (let i = 1; i <= count && !found; i++) {
    found = (await page.locator('.kw-note').count()) > 0;
    if (!found) await page.keyboard.press('ArrowRight');
  }
  await expect(page.locator('.kw-note')).toContainText('so <b>this</b> shows its angle brackets');
  await expect(page.locator('.kw-note b')).toHaveCount(0);
});

test('?src= with mistakes says where they are', async ({ page }) => {
  await page.goto(`/embed.html?src=${encodeURIComponent(`${EXAMPLES}/scenarios/broken.yaml`)}`);
  await start(page).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.yaml is not a valid kubewalk scenario');
  await expect(alert).toContainText('broken.yaml:7:5');
  await expect(alert).toContainText('commands[0]');

  await page.goto(`/embed.html?src=${encodeURIComponent(`${EXAMPLES}/scenarios/missing.yaml`)}`);
  await start(page).click();
  await expect(page.getByRole('alert')).toContainText('answered 404');
});

test('axe finds no violations on the poster or the player', async ({ page }) => {
  test.setTimeout(90_000);
  for (const theme of ['light', 'dark']) {
    await page.goto(`/embed.html?scenario=create-pod&level=standard&step=9&theme=${theme}`);
    const violations = async () => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await violations(), `poster, ${theme}`).toEqual([]);
    await start(page).click();
    await expect(narration(page)).toBeVisible();
    expect(await violations(), `player, ${theme}`).toEqual([]);
  }
});

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(Buffer.from(part as Buffer));
  return Buffer.concat(parts);
}
