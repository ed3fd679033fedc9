// axe on the sandbox in both colour schemes, with a session run and the cluster editor open.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { open } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the sandbox (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, '?mode=sandbox&cmd=kubectl+run+nginx+--image%3Dnginx&cmd=kubectl+frobnicate&cluster=%2Bnode-3%2Ctaint%3Anode-1%3Adedicated%3Dgpu%3ANoSchedule');
    await page.getByLabel('kubectl command').fill('kubectl get ');
    await page.getByLabel('kubectl command').press('Tab');
    await page.getByText('Edit the cluster').click();
    await expect(page.getByRole('table', { name: 'Nodes' })).toContainText('dedicated=gpu:NoSchedule');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('an empty sandbox reads well and takes the first command', async ({ page }) => {
  await open(page, '?mode=sandbox');
  await expect(page.getByRole('log', { name: 'Console messages' })).toContainText('Type a kubectl command, or help.');
  await page.screenshot({ path: 'test-results/sandbox-empty.png' });
  await page.getByLabel('kubectl command').fill('kubectl get nodes');
  await page.getByLabel('kubectl command').press('Enter');
  await expect(page.getByRole('region', { name: 'Step narration' })).toContainText('kubectl');
  await page.screenshot({ path: 'test-results/sandbox-run.png' });
});
