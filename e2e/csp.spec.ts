// Security headers (issue 6): the production build works under the strict Content-Security-Policy
// (no inline script, no eval). vite preview sends it (scripts/csp-plugin.ts), so every spec runs
// under it; this one walks each view and asserts zero violations and zero console errors.
import { expect, test, type Page } from '@playwright/test';
import { CSP } from '../scripts/measure-server.mjs';
import { appLive, narration, watchProblems } from './helpers';

// The app view checks that the service worker registers under the policy (worker-src 'self').
test.use({ serviceWorkers: 'allow' });

async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  const policy = (await response?.headerValue('content-security-policy')) ?? '';
  expect(policy, path).toContain("script-src 'self'");
  expect(policy, path).not.toContain('unsafe-eval');
}

const VIEWS: [string, string, (page: Page) => Promise<void>][] = [
  ['app', '/?scenario=create-pod&level=standard', async (page) => {
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(narration(page)).toHaveAttribute('data-step-index', '3');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(600);
    await page.getByRole('button', { name: 'Pause' }).click();
    // The service worker registers under worker-src 'self'.
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration()) !== undefined);
  }],
  ['gallery', '/?mode=gallery', async (page) => {
    await expect(page.getByRole('link').or(page.getByRole('button')).first()).toBeVisible();
  }],
  ['sandbox', '/?mode=sandbox&cmd=kubectl+get+pods', async (page) => {
    await expect(narration(page)).toBeVisible();
  }],
  ['presenter', '/?scenario=get-nodes&level=overview&mode=present', async (page) => {
    await expect(page.getByRole('button', { name: 'Exit presenter mode' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(narration(page)).toHaveAttribute('data-step-index', '2');
  }],
  ['speaker', '/?scenario=get-nodes&level=overview&mode=speaker', async (page) => {
    await expect(page.getByRole('main').first()).toBeVisible();
  }],
  ['compare', '/?scenario=get-nodes&mode=compare', async (page) => {
    await expect(page.getByRole('main').first()).toBeVisible();
  }],
  ['config', '/?mode=config&scenario=get-nodes', async (page) => {
    await expect(page.getByRole('main').first()).toBeVisible();
  }],
  ['embed', '/embed.html?scenario=get-nodes&level=overview', async (page) => {
    await page.getByRole('button', { name: 'Start the walkthrough' }).click();
    await expect(narration(page)).toHaveAttribute('data-step-index', '1');
    await page.keyboard.press('ArrowRight');
    await expect(narration(page)).toHaveAttribute('data-step-index', '2');
  }],
  ['embed scenario page', '/embed/create-pod.html', async (page) => {
    await page.getByRole('button', { name: 'Start the walkthrough' }).click();
    await expect(narration(page)).toBeVisible();
  }],
];

for (const [name, path, use] of VIEWS) {
  test(`${name} runs under the strict policy with no violation and no console error`, async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('kubewalk.questions', 'off'));
    const problems = await watchProblems(page);
    await visit(page, path);
    await use(page);
    // Late violations (lazy chunks, the worker's registration) are reported within a frame or two.
    await page.waitForTimeout(300);
    expect(await problems()).toEqual([]);
  });
}

test('a prerendered page carries the policy itself: with no header, it still starts and refuses inline script', async ({ page }) => {
  // A docs site's static host may send no header at all.
  await page.route(/\/s\/get-nodes\.html$/, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  const response = await page.goto('/s/get-nodes.html');
  expect(await response?.headerValue('content-security-policy')).toBeNull();
  // The same policy as the header's, ahead of the page's one script.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"] ~ script[src*="/early-"]')).toHaveCount(1);
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CSP);
  await appLive(page);
  const refused = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.kubewalkInline = true';
        document.head.append(script);
      }),
  );
  expect(refused).toBe('script-src-elem');
  expect(await page.evaluate(() => 'kubewalkInline' in window)).toBe(false);
});
