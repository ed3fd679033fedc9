// The inspector's tabs over the payload panel: the scheduler's decision table, the open watches
// and the Events as kubectl describe prints them.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { narration, open } from './helpers';

const tab = (page: Page, name: string) => page.getByRole('tablist', { name: 'Inspector' }).getByRole('tab', { name });

/** Steps forward until the narration carries the step id. */
async function stepTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await narration(page).getAttribute('data-step-id')) === id) return;
    await page.getByRole('button', { name: 'Next step' }).click();
  }
  throw new Error(`never reached step ${id}`);
}

test('at the scheduler step of create-pod, the decision table gives every node a verdict', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=standard&step=1');
  await stepTo(page, 'scheduler.filter');
  await tab(page, 'Scheduler').click();
  await expect(tab(page, 'Scheduler')).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('tabpanel');
  const filter = panel.getByRole('table').filter({ has: page.getByText('Filter:') });
  for (const node of ['control-plane', 'node-1', 'node-2']) {
    const row = filter.getByRole('row').filter({ has: page.getByRole('rowheader', { name: node, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').first()).toHaveText(/passed|failed/);
  }
  // The control-plane node is ruled out by its taint; plugins after that never ran on it.
  const cp = filter.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'control-plane', exact: true }) });
  await expect(cp).toContainText('untolerated taint {node-role.kubernetes.io/control-plane: }');
  await expect(cp).toContainText('not run');
  const score = panel.getByRole('table').filter({ has: page.getByText('Score:') });
  await expect(score.getByRole('row')).toHaveCount(3); // header + the two workers
  await expect(panel).toContainText(/node-\d selected/);
  const { violations } = await new AxeBuilder({ page }).include('.kw-area-payload').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('the tabs work from the keyboard without moving the step', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=standard&step=3');
  await tab(page, 'Payload').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'Scheduler')).toBeFocused();
  await expect(tab(page, 'Scheduler')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(tab(page, 'Events')).toHaveAttribute('aria-selected', 'true');
  await expect(narration(page)).toHaveAttribute('data-step-index', '3');
});

test('the watches tab lists who watches what, with the field selector and what each received', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=standard&step=999');
  await page.keyboard.press('End');
  await tab(page, 'Watches').click();
  const panel = page.getByRole('tabpanel');
  const kubelet = panel.locator('tr[data-watcher="kubelet/node-1"], tr[data-watcher="kubelet/node-2"]').filter({ hasText: 'ADDED' });
  await expect(kubelet).toHaveCount(1);
  await expect(kubelet).toContainText(/spec\.nodeName=node-\d/);
  await expect(kubelet).toContainText(/1 ADDED/);
  const scheduler = panel.locator('tr[data-watcher="kube-scheduler"]').filter({ hasText: 'pods' });
  await expect(scheduler).toContainText('status.phase!=Succeeded,status.phase!=Failed');
  await expect(scheduler).toContainText(/1 ADDED, \d+ MODIFIED/);
});

test('the events tab prints the Pod\'s events as kubectl describe does', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=standard&step=1');
  await tab(page, 'Events').click();
  await expect(page.getByRole('tabpanel')).toContainText('etcd holds no Event at this step.');
  // End on a tab selects the last tab; on the page it goes to the last step.
  await narration(page).click();
  await page.keyboard.press('End');
  const block = page.getByRole('tabpanel').locator('[data-regarding="pod/nginx"]');
  await expect(block.getByRole('heading')).toHaveText('$ kubectl describe pod nginx');
  const text = await block.locator('pre').textContent();
  const lines = (text ?? '').split('\n');
  expect(lines[0]).toBe('Events:');
  expect(lines[1]).toMatch(/^ {2}Type {4}Reason {5}Age {3}From {15}Message$/);
  expect(lines.slice(3).map((l) => l.trim().split(/\s{2,}/)[1])).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
});
