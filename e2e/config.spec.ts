// The configuration explorer: edit a flag, see the steps change; a bad value is refused with the
// binary's message; axe clean.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { appLive } from './helpers';

test('AlwaysAllow changes the authorization steps; a bad mode is rejected', async ({ page }) => {
  await page.goto('/?mode=config&scenario=get-nodes');
  await appLive(page);
  const mode = page.getByRole('textbox', { name: '--authorization-mode=' });
  await expect(mode).toHaveValue('Node,RBAC');
  await mode.fill('Node,Magic');
  await page.getByRole('button', { name: 'Apply flags and re-run' }).click();
  await expect(page.getByRole('alert')).toContainText('authorization-mode "Magic" is not a valid mode');
  await mode.fill('AlwaysAllow');
  await page.getByRole('button', { name: 'Apply flags and re-run' }).click();
  await expect(page.getByRole('alert')).toBeEmpty();
  await expect(page.locator('[data-step-id="apiserver.authz"][data-mark="changed"]')).toHaveCount(1);
  await expect(page.getByText('AnonymousAuth is not allowed with the AlwaysAllow authorizer', { exact: false })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('turning audit on adds audit events', async ({ page }) => {
  await page.goto('/?mode=config&scenario=get-nodes');
  await appLive(page);
  await page.getByRole('textbox', { name: '--audit-policy-file=' }).fill('/etc/kubernetes/audit-policy.yaml');
  await page.getByRole('textbox', { name: '--audit-log-path=' }).fill('/var/log/kubernetes/audit.log');
  await page.getByRole('button', { name: 'Apply flags and re-run' }).click();
  await expect(page.locator('[data-step-id="apiserver.audit.event"][data-mark="added"]')).toHaveCount(1);
  await expect(page.getByText('--insecure-port', { exact: true })).toBeVisible();
});
