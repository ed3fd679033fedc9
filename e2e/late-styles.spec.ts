import { expect, test, type Page } from '@playwright/test';
import { appLive } from './helpers';

// A prerendered page keeps the rules its frame uses inline and enables a late sheet for the rest
// (scripts/prerender-plugin.ts); the rules every page has inline are left out of it. That must
// style every element exactly as the full stylesheets did, order of the cascade included.

/** Every computed property of every element in the app, and of its ::before and ::after. */
function computedStyles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('#root *')].flatMap((el, i) =>
      [null, '::before', '::after'].map((pseudo) => {
        const style = getComputedStyle(el, pseudo);
        return `${i} <${el.localName} class="${el.getAttribute('class') ?? ''}">${pseudo ?? ''} ${[...style].map((p) => `${p}:${style.getPropertyValue(p)}`).join(';')}`;
      }),
    ),
  );
}

/** Applies the late sheets, the full ones or neither, and waits until they apply. */
function useStylesheets(page: Page, which: 'late' | 'full' | 'none'): Promise<void> {
  return page.evaluate(async (which) => {
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    await Promise.all(
      links.map((link) => {
        const on = which === (link.dataset.late === undefined ? 'full' : 'late');
        if (on === !link.disabled) return Promise.resolve();
        const applied = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
        link.disabled = !on;
        return on && !link.sheet ? applied : Promise.resolve();
      }),
    );
  }, which);
}

/** The first few differences, property by property. */
function differences(late: string[], full: string[]): string[] {
  const out: string[] = [];
  full.forEach((line, i) => {
    if (line === late[i] || out.length >= 10) return;
    const a = new Map((late[i] ?? '').split(';').map((d) => d.split(/:(.*)/s) as [string, string]));
    const diffs = line.split(';').map((d) => d.split(/:(.*)/s) as [string, string]).filter(([p, v]) => a.get(p) !== v);
    out.push(`${line.slice(0, line.indexOf('>') + 1)} ${diffs.slice(0, 4).map(([p, v]) => `${p}: ${a.get(p)} (late) vs ${v} (full)`).join(', ')}`);
  });
  return out;
}

for (const path of ['/', '/s/deployment-scale.html']) {
  test(`the inline rules and the late sheet style ${path} as the full stylesheets do`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(path);
    await appLive(page);
    await expect(page.locator('link[data-late]')).not.toHaveCount(0);
    // The first frame, a few steps on and the last step: packets, changed etcd rows and new
    // payloads use rules the first frame did not.
    let mattered = false;
    for (const keys of [[], Array<string>(6).fill('ArrowRight'), ['End']]) {
      for (const key of keys) await page.keyboard.press(key);
      await page.waitForTimeout(1500);
      const late = await computedStyles(page);
      await useStylesheets(page, 'full');
      const full = await computedStyles(page);
      expect(full.length).toBe(late.length);
      expect(differences(late, full)).toEqual([]);
      await useStylesheets(page, 'none');
      if (differences(late, await computedStyles(page)).length > 0) mattered = true;
      await useStylesheets(page, 'late');
    }
    // The late sheet matters somewhere on the way: without it, the page would look different.
    expect(mattered).toBe(true);
  });
}

test('going live never restyles the whole page at once', async ({ page, browser }) => {
  // Registered properties, page-wide selectors and rewriting <html lang> each restyle every
  // element in one task; the late sheet and src/store/lang.ts avoid all three.
  await browser.startTracing(page, { categories: ['devtools.timeline', 'loading'] });
  await page.goto('/');
  await appLive(page);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; ph: string; ts: number; args?: { elementCount?: number } }[] };
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const painted = traceEvents.find((e) => e.name === 'firstContentfulPaint')?.ts ?? 0;
  const restyled = traceEvents.filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X' && e.ts > painted).map((e) => e.args?.elementCount ?? 0);
  expect(painted).toBeGreaterThan(0);
  expect(Math.max(...restyled)).toBeLessThan(elements * 0.6);
});
