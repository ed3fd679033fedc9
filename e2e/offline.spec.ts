// Offline (issue 6): after the first visit the service worker has precached the build, so with no
// network a reload still gives a working app; a new build is offered as a reload with a button.
// (Responses may carry `Vary: Origin`, as vite preview sends: the worker matches regardless.)
import { expect, test, type Page } from '@playwright/test';
import { serveDist } from '../scripts/measure-server.mjs';
import { narration } from './helpers';

test.use({ serviceWorkers: 'allow' });

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

test('works with no network after the first visit', async ({ page, context }) => {
  await page.addInitScript(() => localStorage.setItem('kubewalk.questions', 'off'));
  await page.goto('/?scenario=create-pod');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await controlled(page);
  await context.setOffline(true);
  for (const path of ['/?scenario=create-pod&level=deep&step=4', '/get-nodes']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(narration(page)).not.toHaveAttribute('data-step-index', '1');
  }
  // Lazily loaded parts come from the cache too.
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('button', { name: /Exit/ })).toBeVisible();
  await context.setOffline(false);
});

test('a new version is offered with a reload button, and the reload brings it', async ({ page }) => {
  // A server of our own, so the test can make it serve the next build's worker (a browser fetches
  // the worker script itself, out of reach of Playwright's routing).
  let nextBuild = false;
  const port = Number(process.env.E2E_PORT ?? 4173) + 1001;
  const server = await serveDist({
    port,
    rewrite: (path, body) => (nextBuild && path === '/sw.js' ? Buffer.from(body.toString().replace(/const VERSION = "[^"]+"/, 'const VERSION = "next-build"')) : body),
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await page.goto(`${base}/`);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await controlled(page);
    nextBuild = true;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const offer = page.getByRole('button', { name: 'Reload to update' });
    await expect(offer).toBeVisible({ timeout: 15_000 });
    await Promise.all([page.waitForEvent('load'), offer.click()]);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    const caches = await page.evaluate(async () => (await globalThis.caches.keys()).filter((k) => k.startsWith('kubewalk-')));
    expect(caches).toEqual(['kubewalk-next-build']);
    await expect(offer).toHaveCount(0);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
