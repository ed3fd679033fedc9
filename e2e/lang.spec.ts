// Languages: ?lang= and the browser's languages pick the catalog; <html lang> follows; English fills gaps.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const zhNarration = (page: Page) => page.getByRole('region', { name: '步骤讲解' });

test('?lang=zh-CN shows the interface and the narration in Simplified Chinese', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('kubewalk.questions', 'off'));
  await page.goto('/?lang=zh-CN&scenario=create-pod&level=standard&step=2');
  await expect(zhNarration(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '下一步' })).toBeVisible();
  await expect(page.getByLabel('详细程度')).toBeVisible();
  await expect(page.getByRole('heading', { name: '步骤', exact: true })).toBeVisible();
  await expect(zhNarration(page)).toContainText('第 2 步');
  await expect(zhNarration(page).locator('.kw-step-text')).toContainText(/[\u4e00-\u9fff]/);
  // Kubernetes' own names stay as they are.
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(zhNarration(page)).toContainText('kube-apiserver');
  // A link to the step keeps the language the reader chose.
  await expect(page).toHaveURL(/lang=zh-CN/);
});

test('the browser language picks Chinese without ?lang=', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/?scenario=get-nodes');
  await expect(zhNarration(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
  // Chosen by the browser, not the link: the address bar does not add it.
  await expect(page).not.toHaveURL(/lang=/);
  await context.close();
});

test('an unknown ?lang= shows English with a notice', async ({ page }) => {
  await page.goto('/?lang=tlh&scenario=get-nodes');
  await expect(page.getByRole('region', { name: 'Step narration' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('status').filter({ hasText: 'The language "tlh" is not available; showing English' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next step' })).toBeVisible();
});

test('a scenario the Chinese pack does not cover falls back to English narration, Chinese interface', async ({ page }) => {
  // Step 13 of delete-pod's overview is the DELETE request, a key only the English catalog has.
  await page.goto('/?lang=zh-CN&scenario=delete-pod&level=overview&step=13');
  await expect(zhNarration(page)).toBeVisible();
  await expect(page.getByRole('button', { name: '上一步' })).toBeVisible();
  await expect(zhNarration(page).locator('.kw-step-title')).toHaveText('kubectl sends DELETE /api/v1/namespaces/default/pods/nginx');
  // The steps it shares with create-pod are in Chinese.
  await expect(page.getByRole('list', { name: '步骤' })).toContainText('kubectl 发送 POST');
});

test('a checkpoint question is asked in Chinese', async ({ page }) => {
  await page.goto('/?lang=zh-CN&scenario=get-nodes&level=overview&step=2');
  await expect(zhNarration(page)).toBeVisible();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('接下来会发生什么？')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'API server 已经知道是谁在请求。它接下来检查什么？' })).toBeVisible();
  await page.getByRole('button', { name: /这个用户能否 list 节点/ }).click();
  await expect(page.getByText('回答正确（你的答案）')).toBeVisible();
});

test('URL notices are said in the page language', async ({ page }) => {
  await page.goto('/?lang=zh-CN&scenario=get-nodes&step=99');
  await expect(page.getByRole('status').filter({ hasText: '第 99 步不存在' })).toBeVisible();
});

/** axe on the whole page: Chinese text must still carry the right `lang` and pass contrast. */
async function axeClean(page: Page, skip: string[] = []): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const { violations } = await new AxeBuilder({ page }).disableRules(skip).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the gallery in Chinese: labels, tags and the seed scenarios\' words', async ({ page }) => {
  await page.goto('/?lang=zh-CN&mode=gallery');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('场景库');
  await expect(page.getByRole('search', { name: '查找场景' })).toBeVisible();
  await expect(page.getByLabel('搜索场景')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /共 \d+ 个场景/ })).toBeVisible();
  const card = page.locator('li[data-scenario="get-nodes"]');
  await expect(card).toContainText('一次读取。');
  await expect(card.getByRole('list', { name: '标签' })).toContainText('入门');
  // A scenario the Chinese pack does not cover keeps its English title and summary.
  await expect(page.locator('li[data-scenario="apf-429"]')).toContainText('Priority and fairness rejects with 429');
  await page.getByRole('button', { name: '入门' }).click();
  await expect(page.getByRole('button', { name: '入门' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '返回演练' })).toBeVisible();
  await axeClean(page);
});

test('the inspector in Chinese: tabs, the scheduler table, watches and events', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('kubewalk.questions', 'off'));
  await page.goto('/?lang=zh-CN&scenario=create-pod&level=overview&step=12');
  await expect(zhNarration(page)).toBeVisible();
  const tabs = page.getByRole('tablist', { name: '检查器' });
  await tabs.getByRole('tab', { name: '调度器' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('heading', { name: '调度决策' })).toBeVisible();
  await expect(panel.getByRole('columnheader', { name: '总分' })).toBeVisible();
  await expect(panel).toContainText('✓ 通过');
  // Plugin names and the scheduler's reasons stay as Kubernetes writes them.
  await expect(panel).toContainText('TaintToleration');
  await tabs.getByRole('tab', { name: 'Watch' }).click();
  await expect(panel.getByRole('columnheader', { name: '字段选择器' })).toBeVisible();
  await tabs.getByRole('tab', { name: '事件' }).click();
  await expect(panel).toContainText('kubectl describe pod nginx');
  await expect(panel).toContainText('Scheduled');
  // The graph's own words are Chinese too; component names are not translated.
  await expect(page.getByRole('region', { name: '控制平面图' })).toContainText('键值存储');
  await expect(page.getByRole('region', { name: '控制平面图' })).toContainText('kube-scheduler');
  await axeClean(page);
});

test('the sandbox in Chinese: console, user, cluster editor', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('kubewalk.questions', 'off'));
  await page.goto('/?lang=zh-CN&mode=sandbox');
  await expect(page.getByRole('log', { name: '控制台消息' })).toContainText('输入一条 kubectl 命令');
  await page.getByLabel('kubectl 命令').fill('kubectl get nodes');
  await page.getByRole('button', { name: '运行', exact: true }).click();
  await expect(zhNarration(page)).toContainText('kubectl');
  await expect(page.getByLabel('以此身份运行 kubectl')).toBeVisible();
  await page.getByText('编辑集群').click();
  await expect(page.getByRole('table', { name: '节点' })).toContainText('node-1');
  await expect(page.getByRole('button', { name: '添加节点' })).toBeVisible();
  await expect(page.getByRole('group', { name: '设置节点容量' })).toBeVisible();
  await axeClean(page);
});

test('the embed page in Chinese: poster and toolbar', async ({ page }) => {
  await page.goto('/embed.html?lang=zh-CN&scenario=get-nodes');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('button', { name: '开始演练' }).click();
  await expect(zhNarration(page)).toBeVisible();
  await expect(page.getByRole('button', { name: '下载图片' })).toBeVisible();
  await expect(page.getByRole('link', { name: '在 kubewalk 中打开' })).toBeVisible();
});

test('the sandbox console speaks Chinese: help, a refused command, a link\'s notices, an edit that cannot apply', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('kubewalk.questions', 'off'));
  await page.goto('/?lang=zh-CN&mode=sandbox&cmd=kubectl+get+nodes&user=root&cluster=zap');
  const log = page.getByRole('log', { name: '控制台消息' });
  await expect(log).toContainText('已重新运行 1 条命令。');
  await expect(page.getByRole('status').filter({ hasText: '未知用户“root”' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '“zap”不是集群修改；已忽略' })).toBeVisible();
  const input = page.getByLabel('kubectl 命令');
  await input.fill('help');
  await input.press('Enter');
  // The commands themselves are kubectl's syntax and stay as they are.
  await expect(log).toContainText('支持的命令：');
  await expect(log).toContainText('kubectl create deployment NAME --image=IMAGE');
  await input.fill('kubectl frobnicate pods');
  await input.press('Enter');
  await expect(log).toContainText('kubectl 拒绝了这条命令：不支持的 kubectl 命令：“kubectl frobnicate pods”');
  await expect(log).toContainText('参数：-n/--namespace NS');
  await expect(log).not.toContainText('unsupported kubectl command');
  await expect(zhNarration(page).locator('.kw-step-title')).toHaveText('kubectl 拒绝这条命令');
  await expect(zhNarration(page).locator('.kw-step-text')).toContainText('停下了：不支持的 kubectl 命令：“kubectl frobnicate pods”。');
  await page.getByText('编辑集群').click();
  await page.getByLabel('硬性上限').fill('lots');
  await page.getByRole('button', { name: '添加配额' }).click();
  await expect(page.getByText('“lots”不是 pods 的有效数量')).toBeVisible();
  await axeClean(page);
});

test('the configuration explorer in Chinese: every flag explained, scenario titles, removed flags', async ({ page }) => {
  await page.goto('/?lang=zh-CN&mode=config&scenario=get-nodes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API server 的启动参数');
  const mode = page.getByRole('textbox', { name: '--authorization-mode=' });
  await expect(mode).toHaveAccessibleDescription(/认证之后由哪些授权器做决定/);
  await expect(page.getByRole('combobox')).toContainText('kubectl get nodes');
  await mode.focus();
  await expect(page.locator('.kw-config-focus')).toContainText('第一个 Allow 或 Deny 生效');
  await expect(page.getByRole('region', { name: '已弃用或移除' })).toContainText('通过不做认证和授权的明文 HTTP 提供 API');
  // What kube-apiserver itself says when it would not start stays as the binary prints it.
  await mode.fill('Node,Magic');
  await page.getByRole('button', { name: '应用参数并重新运行' }).click();
  await expect(page.getByRole('alert')).toContainText('kube-apiserver 无法启动');
  await expect(page.getByRole('alert')).toContainText('authorization-mode "Magic" is not a valid mode');
  await axeClean(page);
});

test('a narration the Chinese pack lacks is marked as English', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('kubewalk.questions', 'off'));
  await page.goto('/?lang=zh-CN&scenario=delete-pod&level=overview&step=13');
  await expect(zhNarration(page).locator('.kw-step-title')).toHaveAttribute('lang', 'en');
  await expect(zhNarration(page).locator('.kw-step-text')).toHaveAttribute('lang', 'en');
  await page.goto('/?lang=zh-CN&scenario=create-pod&level=overview&step=2');
  await expect(zhNarration(page).locator('.kw-step-title')).not.toHaveAttribute('lang', /./);
  await axeClean(page);
});

test('a broken ?src= scenario is explained in Chinese, kubectl\'s refusal too; file, line and field stay', async ({ page }) => {
  const examples = `http://127.0.0.1:${Number(process.env.E2E_EXAMPLES_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 10)}`;
  await page.goto(`/embed.html?lang=zh-CN&src=${encodeURIComponent(`${examples}/scenarios/broken.yaml`)}`);
  await page.getByRole('button', { name: '开始演练' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('无法显示这个场景');
  await expect(alert).toContainText('broken.yaml 不是有效的 kubewalk 场景');
  await expect(alert).toContainText('broken.yaml:7:5');
  await expect(alert).toContainText('commands[0]');
  await expect(alert).toContainText('提示：支持的命令：kubectl get nodes');
  await expect(alert).toContainText('不支持的 kubectl 命令');
  await expect(alert).not.toContainText('unsupported kubectl command');
  await expect(alert.locator('span[lang="en"]')).toHaveCount(0);
  await axeClean(page);
});
