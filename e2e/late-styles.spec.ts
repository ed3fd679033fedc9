import { expect, test, type Page } from '@playwright/test';
import { appLive, prerenderedPages } from './helpers';

// A prerendered page keeps the rules a frame may use inline and enables a late sheet for the rest
// (scripts/late-css.ts). That must style every element exactly as the full stylesheets did, order
// of the cascade included, and restyle nothing the frame shows.

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

// A phone in dark mode as well: the touch and narrow-screen rules sit in media queries, the dark theme in another.
const PHONE_DARK = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, colorScheme: 'dark' } as const;
for (const [path, device] of [['/', {}], ['/s/deployment-scale.html', {}], ['/', PHONE_DARK]] as const) {
  const on = device === PHONE_DARK ? ' on a phone in dark mode' : '';
  test(`the inline rules and the late sheet style ${path}${on} as the full stylesheets do`, async ({ browser }) => {
    // Long: every computed property of every element, nine times (1.6–1.8 min on a loaded CI machine).
    test.setTimeout(240_000);
    const context = await browser.newContext(device);
    const page = await context.newPage();
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
    await context.close();
  });
}

test('going live restyles no element for nothing: no registered property, no page-wide rule, no rewritten lang', async ({ page }) => {
  // Each of these makes the browser restyle every element of the page in one task.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { langWrites: string[] }).langWrites = seen;
    // On the document: this runs before the parser has made <html>.
    const observer = new MutationObserver((records) => seen.push(...records.filter((r) => r.target === document.documentElement).map((r) => `lang=${(r.target as Element).getAttribute('lang')}`)));
    observer.observe(document, { attributeFilter: ['lang'], subtree: true });
  });
  await page.goto('/');
  await appLive(page);
  expect(await page.evaluate(() => (window as unknown as { langWrites: string[] }).langWrites)).toEqual([]);
  const found = await page.evaluate(() => {
    const pageWide = /^(\*|html|body|:root|:host|::?[\w-]+)$/;
    const out: string[] = [];
    const visit = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSPropertyRule) out.push(`@property ${rule.name}`);
        else if (rule instanceof CSSStyleRule && rule.selectorText.split(',').every((sel) => pageWide.test(sel.trim()))) out.push(rule.selectorText);
        else if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]:not([disabled])')) if (link.sheet) visit(link.sheet.cssRules);
    return out;
  });
  expect(found).toEqual([]);
});

test('the late sheets name nothing a prerendered frame shows, so enabling them restyles none of it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const matched: string[] = [];
  for (const path of await prerenderedPages(page.request)) {
    await page.goto(path);
    const hrefs = await page.locator('link[data-late]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(hrefs, path).not.toHaveLength(0);
    const sheets = await Promise.all(hrefs.map(async (href) => (await page.request.get(href)).text()));
    const found = await page.evaluate((texts) => {
      const out: string[] = [];
      const visit = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule instanceof CSSStyleRule) {
            // A state the static page is not in (hover, focus…) is taken as met; pseudo-elements style their element.
            const selector = rule.selectorText.replace(/::?(before|after|backdrop|placeholder|marker|selection|file-selector-button|-webkit-[\w-]+)(?![\w-])/g, '').replace(/:(focus-visible|focus-within|hover|focus|active)(?![\w-])/g, '');
            const n = document.querySelectorAll(selector || '*').length;
            if (n) out.push(`${rule.selectorText} (${n})`);
          } else if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
        }
      };
      for (const text of texts) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        visit(sheet.cssRules);
      }
      return out;
    }, sheets);
    matched.push(...found.map((f) => `${path}: ${f}`));
  }
  expect(matched).toEqual([]);
  await context.close();
});
