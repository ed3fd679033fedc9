// Languages: ?lang= and the browser's languages pick the catalog; <html lang> follows; English fills gaps.
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
