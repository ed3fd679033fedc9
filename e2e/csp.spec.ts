// The production build under a strict Content-Security-Policy (vite.config.ts preview.headers,
// scripts/measure-server.mjs): walking the app raises no CSP violation and no console error.
import { expect, test } from '@playwright/test';
import { narration } from './helpers';

test('the app works under the strict CSP with zero violations and zero console errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    localStorage.setItem('kubewalk.questions', 'off');
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto('/?scenario=create-pod&level=standard');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");
  expect(policy).not.toContain('unsafe-eval');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  // Walk: steps by button and key, another level, another scenario, help, play, presenter.
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Next step' }).click();
  await page.keyboard.press('ArrowRight');
  await page.getByLabel('Detail level').selectOption('deep');
  await page.getByLabel('Scenario').selectOption('get-nodes');
  await expect(narration(page)).toHaveAttribute('data-step-index', '1');
  await page.keyboard.press('?');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(2500);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  expect(violations).toEqual([]);
  expect(problems).toEqual([]);
});
