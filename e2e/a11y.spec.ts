// axe on the app in both colour schemes, at a few steps, and with the help dialog open.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { appLive, open } from './helpers';

// axe walks every element for contrast: slow when the shared machine is busy.
test.describe.configure({ timeout: 90_000 });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const query of ['?scenario=get-nodes&level=overview&step=1', '?scenario=create-pod&level=deep&step=30', '?scenario=create-pod&level=standard&step=999']) {
      await open(page, query);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), query).toEqual([]);
    }
  });
}

// The other views in both themes, colour contrast included (axe runs color-contrast by default).
// Presenter (with a question and the overview), speaker view and handout: e2e/a11y-teach.spec.ts.
const VIEWS: readonly { name: string; query: string; ready: string; role?: 'region' | 'main' | 'search'; open?: string }[] = [
  { name: 'app in Chinese', query: '?lang=zh-CN&scenario=create-pod&level=standard&step=20', ready: '步骤讲解' },
  { name: 'side by side', query: '?scenario=get-nodes&with=create-pod&mode=compare', ready: 'Left step' },
  { name: 'transcript', query: '?scenario=create-pod&level=overview&step=4', ready: 'Step narration', open: 'Transcript' },
  { name: 'gallery', query: '?mode=gallery', ready: 'Find a scenario', role: 'search' },
  { name: 'configuration explorer', query: '?mode=config&scenario=create-pod', ready: "The API server's flags", role: 'main' },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const view of VIEWS) {
    test(`axe: ${view.name} has no violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.addInitScript(() => {
        localStorage.setItem('kubewalk.questions', 'off');
        window.print = () => undefined;
      });
      await page.goto(`/${view.query}`);
      await expect(page.getByRole(view.role ?? 'region', { name: view.ready })).toBeVisible();
      if (view.open) {
        // A click before the app is live lands on the prerendered frame, which has no handlers.
        await appLive(page);
        await page.getByRole('button', { name: view.open }).click();
        await expect(page.locator('.kw-transcript-item').first()).toBeVisible({ timeout: 15_000 });
      }
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), view.name).toEqual([]);
    });
  }
}

test('the help dialog lists the keys, traps nothing and closes with Escape', async ({ page }) => {
  await open(page, '?scenario=create-pod');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('PageDown');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('every focus stop that is not a control has a role and a name', async ({ page }) => {
  // Scrollers are focusable so keyboard users can scroll them: a reader must hear what they are.
  for (const query of ['?scenario=create-pod&step=9', '?mode=sandbox']) {
    await open(page, query);
    const unnamed = await page.locator('[tabindex="0"]').evaluateAll((els: Element[]): string[] =>
      els
        .filter((el) => !el.matches('button, a[href], input, select, textarea, summary'))
        .filter((el) => !el.getAttribute('role') || !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')))
        .map((el) => String(el.className)),
    );
    expect(unnamed, query).toEqual([]);
  }
});

test('every control is reachable by Tab and has a visible focus ring', async ({ page }) => {
  await open(page, '?scenario=create-pod');
  const names: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return null;
      const style = getComputedStyle(el);
      return { name: el.getAttribute('aria-label') ?? el.textContent ?? '', outline: style.outlineStyle !== 'none' || style.boxShadow !== 'none' };
    });
    if (info) {
      names.push(info.name.trim());
      expect(info.outline, `focus ring on "${info.name}"`).toBe(true);
    }
  }
  expect(names.join('|')).toMatch(/Next step/);
});

test('pod phases and node readiness are told by word and icon, not colour alone', async ({ page }) => {
  await open(page, '?scenario=create-pod&level=overview');
  await page.keyboard.press('End');
  const before = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el, '::before').content);
  await expect(page.locator('.kw-pod-status[data-phase="Running"]').first()).toHaveText('Running');
  await expect.poll(() => before('.kw-pod-status[data-phase="Running"]')).toContain('✓');
  await expect.poll(() => before('.kw-ready[data-ready="true"]')).toContain('✓');
  // One step earlier the Pod is bound but not started yet.
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.kw-pod-status[data-phase="Pending"]').first()).toBeVisible();
  await expect.poll(() => before('.kw-pod-status[data-phase="Pending"]')).toContain('◷');
});
