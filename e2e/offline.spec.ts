// Offline (issue 6): after the first visit the service worker has precached the build, so with no
// network a reload still gives a working app and embed, lazily loaded parts included; a new build
// is offered as a reload with a button. Runs under the strict CSP like every spec.
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { serveDist } from '../scripts/measure-server.mjs';
import { narration, watchProblems } from './helpers';

test.use({ serviceWorkers: 'allow' });

/** Waits until the page is controlled by an activated worker (its precache is complete). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

test('works with no network after the first visit: app, lazy views and the embed', async ({ page, context }) => {
  await page.addInitScript(() => localStorage.setItem('kubewalk.questions', 'off'));
  const problems = await watchProblems(page);
  await page.goto('/?scenario=create-pod');
  await expect(narration(page)).toBeVisible();
  await controlled(page);
  await context.setOffline(true);
  try {
    // A deep link never visited before, from the cache.
    await page.goto('/?scenario=get-nodes&level=deep&step=4');
    await expect(narration(page)).toHaveAttribute('data-step-index', '4');
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(narration(page)).toHaveAttribute('data-step-index', '5');
    // Lazily loaded parts come from the cache too: presenter mode, the transcript's chunk.
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByRole('button', { name: 'Exit presenter mode' })).toBeVisible();
    // The embed page, poster then walkthrough.
    await page.goto('/embed.html?scenario=create-pod&level=overview');
    await page.getByRole('button', { name: 'Start the walkthrough' }).click();
    await expect(narration(page)).toHaveAttribute('data-step-index', '1');
    await page.keyboard.press('ArrowRight');
    await expect(narration(page)).toHaveAttribute('data-step-index', '2');
  } finally {
    await context.setOffline(false);
  }
  expect(await problems()).toEqual([]);
});

test('a new version is offered with a reload button, announced, and the reload brings it', async ({ page }) => {
  // The worker precaches the whole build twice (install, then update): 7–12 s here, but once in
  // CI, under the other worker's load, it ran past the default 30 s (and passed on its retry).
  test.slow();
  // A server of our own, so the test can make it serve the next build's worker (a browser fetches
  // the worker script itself, out of reach of Playwright's routing).
  let nextBuild = false;
  const server = await serveDist({
    port: 0,
    rewrite: (path, body) => (nextBuild && path === '/sw.js' ? Buffer.from(body.toString().replace(/const VERSION = "[^"]+"/, 'const VERSION = "next-build"')) : body),
  });
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await page.goto(`${base}/?scenario=get-nodes`);
    await expect(narration(page)).toBeVisible();
    await controlled(page);
    const first = await page.evaluate(async () => (await globalThis.caches.keys()).filter((k) => k.startsWith('kubewalk-')));
    expect(first).toHaveLength(1);
    // No offer for the first install.
    await expect(page.getByRole('button', { name: 'Reload to update' })).toHaveCount(0);
    nextBuild = true;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    // In a live region that was there before, so a screen reader announces it.
    const region = page.locator('[aria-live="polite"]').filter({ hasText: 'A new version of kubewalk is ready.' });
    const offer = region.getByRole('button', { name: 'Reload to update' });
    await expect(offer).toBeVisible({ timeout: 15_000 });
    await Promise.all([page.waitForEvent('load'), offer.click()]);
    await expect(narration(page)).toBeVisible();
    const caches = await page.evaluate(async () => (await globalThis.caches.keys()).filter((k) => k.startsWith('kubewalk-')));
    expect(caches).toEqual(['kubewalk-next-build']);
    await expect(page.getByRole('button', { name: 'Reload to update' })).toHaveCount(0);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
