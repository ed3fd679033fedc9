// The sandbox: type, complete, run, history, share link, unsupported commands, users, cluster edits.
import { expect, test, type Page } from '@playwright/test';
import { narration, open } from './helpers';

const input = (page: Page) => page.getByLabel('kubectl command');
const consoleLog = (page: Page) => page.getByRole('log', { name: 'Console messages' });
const steps = (page: Page) => page.getByRole('list', { name: 'Steps' });

async function run(page: Page, line: string): Promise<void> {
  await input(page).fill(line);
  await input(page).press('Enter');
  await expect(consoleLog(page)).toContainText(`$ ${line}`);
  // Commands autoplay; stop so assertions read one step.
  const pause = page.getByRole('button', { name: 'Pause' });
  if ((await pause.count()) > 0) await pause.click();
}

/** Jumps to the session's last step with the End key, as a keyboard user would. */
async function toEnd(page: Page): Promise<void> {
  await narration(page).focus();
  await page.keyboard.press('End');
}

test('type, Tab-complete, run, and walk the history', async ({ page }) => {
  await open(page, '?mode=sandbox');
  await input(page).fill('kub');
  await input(page).press('Tab');
  await expect(input(page)).toHaveValue('kubectl ');
  await expect(input(page)).toBeFocused();
  await input(page).pressSequentially('ru');
  await input(page).press('Tab');
  await expect(input(page)).toHaveValue('kubectl run ');
  await input(page).pressSequentially('nginx --im');
  await input(page).press('Tab');
  await expect(input(page)).toHaveValue('kubectl run nginx --image=');
  await input(page).pressSequentially('nginx');
  await input(page).press('Enter');
  await expect(input(page)).toHaveValue('');
  await expect(steps(page)).toContainText('kubectl builds a bare Pod');
  await expect(steps(page)).toContainText('CRI StartContainer');
  await page.getByRole('button', { name: 'Pause' }).click();
  await toEnd(page);

  // Names that exist now complete: the Pod just created.
  await input(page).fill('kubectl logs ng');
  await input(page).press('Tab');
  await expect(input(page)).toHaveValue('kubectl logs nginx ');
  await input(page).fill('kubectl get ');
  await input(page).press('Tab');
  await expect(page.getByRole('status').filter({ hasText: 'Completions:' })).toContainText('nodes');
  // Tab never holds a keyboard user: once the choices are listed it moves on, as from an empty line.
  await input(page).press('Tab');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeFocused();
  await input(page).fill('');
  await input(page).press('Tab');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeFocused();

  // The app's keys stay quiet while typing: N, P, Space and K only type.
  const before = await narration(page).getAttribute('data-step-index');
  await input(page).fill('');
  await input(page).pressSequentially('n p k');
  await expect(input(page)).toHaveValue('n p k');
  await expect(narration(page)).toHaveAttribute('data-step-index', before ?? '');

  await run(page, 'kubectl get pods');
  await input(page).press('ArrowUp');
  await expect(input(page)).toHaveValue('kubectl get pods');
  await input(page).press('ArrowUp');
  await expect(input(page)).toHaveValue('kubectl run nginx --image=nginx');
  await input(page).press('ArrowDown');
  await expect(input(page)).toHaveValue('kubectl get pods');
  await input(page).press('ArrowDown');
  await expect(input(page)).toHaveValue('');

  await run(page, 'help');
  await expect(consoleLog(page)).toContainText('kubectl create deployment NAME --image=IMAGE');
  await input(page).fill('clear');
  await input(page).press('Enter');
  await expect(consoleLog(page)).not.toContainText('$ help');
});

test('an unsupported command shows the engine message listing what is supported', async ({ page }) => {
  await open(page, '?mode=sandbox');
  await run(page, 'kubectl frobnicate pods');
  await expect(consoleLog(page)).toContainText('unsupported kubectl command');
  await expect(consoleLog(page)).toContainText('kubectl get nodes');
  await expect(narration(page)).toHaveAttribute('data-step-id', 'kubectl.error');
  await expect(narration(page)).toContainText('Hint: supported commands');
});

test('the share link replays the same session', async ({ page, context }) => {
  await open(page, '?mode=sandbox');
  await page.getByLabel('Run kubectl as').selectOption('developer');
  await page.getByText('Edit the cluster').click();
  await page.getByRole('button', { name: 'Add a node' }).click();
  await expect(page.getByRole('table', { name: 'Nodes' })).toContainText('node-3');
  await run(page, 'kubectl run web --image=nginx -n dev');
  await run(page, 'kubectl get pods -n dev -o wide');
  const url = page.url();
  expect(url).toContain('mode=sandbox');
  expect(url).toContain('user=developer');
  expect(url).toContain('cmd=kubectl+run+web');
  await toEnd(page);
  const list = await steps(page).innerText();

  const other = await context.newPage();
  await other.goto(url);
  await expect(consoleLog(other)).toContainText('Replayed 2 commands');
  await expect(other.getByLabel('Run kubectl as')).toHaveValue('developer');
  await other.getByText('Edit the cluster').click();
  await expect(other.getByRole('table', { name: 'Nodes' })).toContainText('node-3');
  expect(await steps(other).innerText()).toBe(list);
  expect(other.url()).toBe(url);
});

test('create deployment: the deployment controller, the ReplicaSet controller, the scheduler and the kubelets', async ({ page }) => {
  await open(page, '?mode=sandbox');
  await run(page, 'kubectl create deployment web --image=nginx --replicas=3');
  for (const title of [
    'kubectl sends POST /apis/apps/v1/namespaces/default/deployments',
    'Deployment controller creates web-',
    'ReplicaSet controller creates 3 Pods',
    'Scheduler POSTs a Binding',
    'CRI StartContainer',
  ]) {
    await expect(steps(page)).toContainText(title);
  }
  // Each of the three Pods is bound and started by a kubelet: both nodes take part.
  await expect(steps(page).getByText('Scheduler POSTs a Binding')).toHaveCount(3);
  await expect(steps(page).getByText('kubelet PATCHes status: Running')).toHaveCount(3);
  await page.getByRole('button', { name: /Step \d+: Deployment controller creates/ }).or(steps(page).getByText(/Deployment controller creates/)).first().click();
  await expect(narration(page)).toHaveAttribute('data-step-id', 'controller.deployment');
  await expect(page.getByRole('region', { name: 'kubectl output' })).toContainText('deployment.apps/web created');
});

test('a user switch and a cluster edit re-run the session', async ({ page }) => {
  await open(page, '?mode=sandbox&cmd=kubectl+get+pods');
  await page.getByLabel('Run kubectl as').selectOption('anonymous');
  await toEnd(page);
  await expect(page.getByRole('region', { name: 'kubectl output' })).toContainText('Forbidden');
  await page.getByText('Edit the cluster').click();
  await page.getByLabel('Hard limit').fill('lots');
  await page.getByRole('button', { name: 'Add quota' }).click();
  await expect(page.getByText('"lots" is not a valid quantity for pods')).toBeVisible();
  await page.getByLabel('Hard limit').fill('1');
  await page.getByRole('button', { name: 'Add quota' }).click();
  await expect(page.getByRole('list', { name: 'Cluster edits' })).toContainText('quota:default:pods=1');
  expect(page.url()).toContain('cluster=quota%3Adefault%3Apods%3D1');
});

test('Try it yourself continues from the scenario step', async ({ page }) => {
  await open(page, '?scenario=deployment-scale&level=overview&step=3');
  await page.getByRole('button', { name: 'Try it yourself' }).click();
  await expect(consoleLog(page)).toContainText('Replayed 1 command from the scenario "A Deployment and its scale-up"');
  expect(page.url()).toContain('from=deployment-scale');
  await run(page, 'kubectl scale deployment web --replicas=4');
  await expect(steps(page)).toContainText('PUT ReplicaSet: 4 replicas');
  await page.getByRole('button', { name: 'Back to the walkthrough' }).click();
  await expect(narration(page)).toBeVisible();
  expect(page.url()).toContain('scenario=deployment-scale');
});
