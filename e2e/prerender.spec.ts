import { expect, test, type Page } from '@playwright/test';
import { appLive, narration, prerenderedPages, stepNumber, watchProblems } from './helpers';

/**
 * Loads the page as a slow phone on a slow network would (CPU throttled 4×, the app's and the
 * domain's chunks 3 s late) and gives it `input` as soon as the prerendered frame is parsed (DOMContentLoaded: the
 * entry has run), long before the app is live. The input counts only if the app was still not
 * live once it had been handled; if the app won the race (a very loaded machine), the page is
 * loaded again (three tries).
 */
async function beforeLive(page: Page, path: string, input: () => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.route(/\/assets\/(react|xyflow|boot|domain)-[^/]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    await expect(narration(page)).toHaveAttribute('data-step-index', '1');
    await input();
    if (await page.evaluate(() => document.documentElement.dataset.app !== 'ready')) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      return;
    }
  }
  throw new Error('the app was live before the input every time: nothing was tested');
}

test('the first frame paints with no script: graph, narration and controls', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(narration(page)).toHaveAttribute('data-step-index', '1');
  await expect(page.getByRole('region', { name: 'Control plane graph' }).locator('.react-flow__node')).not.toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Next step' })).toBeVisible();
  await expect(page.locator('style')).not.toHaveCount(0);
  // The scenario picker holds the frame's scenario only: the list comes with the app.
  await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option')).toHaveText(['kubectl run nginx --image=nginx']);
  await context.close();
});

test('the markup loads one small script; the app scripts are fetched after the first paint', async ({ page }) => {
  await page.goto('/');
  await appLive(page);
  await expect(page.locator('script')).toHaveCount(1);
  // Low priority: not ranked with what the first paint needs (scripts/prerender-plugin.ts).
  await expect(page.locator('script')).toHaveAttribute('fetchpriority', 'low');
  // The favicon is in the page (public/favicon.svg as a data: URL): no request of its own.
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const svg = (await (await page.request.get('/favicon.svg')).text()).trim().replace(/"/g, "'");
  expect(decodeURIComponent(icon?.replace('data:image/svg+xml,', '') ?? '')).toBe(svg);
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
    const scripts = performance.getEntriesByType('resource').filter((e) => /\/assets\/(main|react|boot)-[^/]+\.js$/.test(e.name));
    return { paint, starts: scripts.map((e) => e.startTime) };
  });
  expect(timing.starts).toHaveLength(3);
  for (const start of timing.starts) expect(start).toBeGreaterThan(timing.paint);
});

test('the scripts a page runs while it starts ask V8 to compile them whole; the later ones do not', async ({ page }) => {
  // The hint moves their compiling off the main thread (scripts/prerender-plugin.ts, hintStartup).
  const HINT = '//# allFunctionsCalledOnLoad\n';
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/');
  await appLive(page);
  const startup = scripts.filter((url) => !/\/early-[^/]+\.js$/.test(url));
  expect(startup.map((url) => url.replace(/.*\/assets\/([a-zA-Z]+)-.*/, '$1'))).toEqual(expect.arrayContaining(['main', 'boot', 'react', 'xyflow', 'domain']));
  const unhinted = [];
  for (const url of startup) if (!(await (await page.request.get(url)).text()).startsWith(HINT)) unhinted.push(url);
  expect(unhinted).toEqual([]);
  // The sandbox's code runs only when it is opened: V8 compiles what it calls, as it calls it.
  scripts.length = 0;
  await page.goto('/?mode=sandbox');
  await appLive(page);
  const sandbox = scripts.find((url) => /\/SandboxShell-[^/]+\.js$/.test(url));
  expect(sandbox).toBeDefined();
  expect((await (await page.request.get(sandbox ?? '')).text()).startsWith(HINT)).toBe(false);
});

test('a scenario page shows its own first step and hydrates', async ({ page }) => {
  const problems = await watchProblems(page, { warnings: true });
  await page.goto('/s/get-nodes.html');
  await appLive(page);
  await expect(page).toHaveURL(/\/s\/get-nodes\.html\?scenario=get-nodes/);
  expect(await page.getByRole('combobox', { name: 'Scenario' }).locator('option').count()).toBeGreaterThan(30);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('get-nodes');
  await page.keyboard.press('ArrowRight');
  await expect(narration(page)).toHaveAttribute('data-step-index', '2');
  expect(await problems()).toEqual([]);
});

test('hydration keeps the prerendered nodes and logs nothing', async ({ page }) => {
  const problems = await watchProblems(page, { warnings: true });
  await page.goto('/', { waitUntil: 'commit' });
  const first = await narration(page).elementHandle();
  await appLive(page);
  // The same element: hydrated, not replaced.
  expect(await first?.evaluate((el) => el.isConnected)).toBe(true);
  expect(await problems()).toEqual([]);
});

test('a key pressed before the app is live is not lost (CPU throttled 4×)', async ({ page }) => {
  await beforeLive(page, '/', () => page.keyboard.press('ArrowRight'));
  await appLive(page);
  await expect(narration(page)).toHaveAttribute('data-step-index', '2');
  expect(await stepNumber(page)).toBe(2);
});

test('a click on Next before the app is live is not lost (CPU throttled 4×)', async ({ page }) => {
  await beforeLive(page, '/', () => page.getByRole('button', { name: 'Next step' }).click());
  await appLive(page);
  await expect(narration(page)).toHaveAttribute('data-step-index', '2');
  expect(await stepNumber(page)).toBe(2);
});

test('a swipe before the app is live is not lost (CPU throttled 4×)', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 667 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await beforeLive(page, '/', async () => {
    // The narration is below the graph: scrolled to the top, above the sticky controls.
    const top = await narration(page).evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      return el.getBoundingClientRect().top;
    });
    const at = (x: number) => [{ id: 0, x, y: top + 40 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(300) });
    for (const x of [220, 140, 80]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(x) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  });
  await appLive(page);
  await expect(narration(page)).toHaveAttribute('data-step-index', '2');
  await context.close();
});

test('a key pressed before the app is live is not lost on a page rendered afresh (a deep link; CPU throttled 4×)', async ({ page }) => {
  // The frame (step 1) is hidden, not hydrated (no role to wait for): the page's script records
  // the key, the app renders step 3, then plays it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.route(/\/assets\/(react|xyflow|boot|domain)-[^/]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  await page.goto('/?scenario=get-nodes&step=3', { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => 'kubewalkEarlyInput' in globalThis);
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await appLive(page);
  await expect(narration(page)).toHaveAttribute('data-step-index', '4');
});

test('a deep link to another step renders that step (the frame is not hydrated)', async ({ page }) => {
  const problems = await watchProblems(page, { warnings: true });
  await page.goto('/?scenario=get-nodes&step=3');
  await appLive(page);
  await expect(narration(page)).toHaveAttribute('data-step-index', '3');
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('get-nodes');
  expect(await problems()).toEqual([]);
});

test('a frame the address does not ask for is hidden before the app is live, not shown until it is', async ({ browser }) => {
  const cases = [
    { path: '/', locale: 'en-US', hidden: false },
    { path: '/s/get-nodes.html', locale: 'en-US', hidden: false },
    { path: '/?scenario=create-pod&step=1&level=standard', locale: 'en-US', hidden: false },
    { path: '/?scenario=create-pod&step=5', locale: 'en-US', hidden: true },
    { path: '/?scenario=get-nodes', locale: 'en-US', hidden: true },
    { path: '/s/get-nodes.html?level=deep', locale: 'en-US', hidden: true },
    { path: '/?mode=present', locale: 'en-US', hidden: true },
    { path: '/', locale: 'zh-CN', hidden: true },
    { path: '/?lang=fr', locale: 'en-US', hidden: true },
    { path: '/?lang=en', locale: 'zh-CN', hidden: false },
  ];
  for (const { path, locale, hidden } of cases) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    // The app never arrives: only the page's own script runs.
    await page.route(/\/assets\/main-[^/]+\.js$/, (route) => route.abort());
    await page.goto(path);
    await page.waitForFunction(() => 'kubewalkEarlyInput' in globalThis);
    // The graph's nodes too: React Flow gives each a visibility of its own.
    const seen = await page.evaluate(() => ({
      root: getComputedStyle(document.getElementById('root') as HTMLElement).visibility,
      node: getComputedStyle(document.querySelector('.react-flow__node') as HTMLElement).visibility,
      stale: document.documentElement.hasAttribute('data-stale'),
    }));
    const shown = hidden ? 'hidden' : 'visible';
    expect({ path, locale, ...seen }).toEqual({ path, locale, root: shown, node: shown, stale: hidden });
    await context.close();
  }
});

test("every prerendered page arrives in TCP's first window (14,600 bytes as sent, headers and gzip)", async ({ browser }) => {
  // Lighthouse's simulation, like a real first visit, spends one more round trip on a page that
  // does not fit. measure-lighthouse.mjs checks the front page the same way.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const sent = new Map<string, number>();
  cdp.on('Network.loadingFinished', (e) => sent.set(e.requestId, e.encodedDataLength));
  const documents = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.type === 'Document') documents.set(e.requestId, new URL(e.request.url).pathname);
  });
  const paths = await prerenderedPages(page.request);
  for (const path of paths) await page.goto(path);
  const sizes = [...documents].map(([requestId, path]) => ({ path, bytes: sent.get(requestId) ?? Infinity }));
  expect(sizes).toHaveLength(paths.length);
  const over = sizes.filter((s) => s.bytes > 14_600);
  expect(over, `largest: ${JSON.stringify(sizes.sort((a, b) => b.bytes - a.bytes).slice(0, 3))}`).toEqual([]);
  await context.close();
});

test('every first frame sets its text in the type scale: two families, 13, 16 or 20 px, weight 400 or 700', async ({ browser, request }) => {
  // Each family, size and weight a first layout meets costs a font lookup (a round trip to the
  // browser process on Linux): going from 25 to 8 cut a fifth of a page's work before its first paint.
  // 82 page loads: 17.5 s alone, 27 s of the default 30 in CI's parallel run.
  test.slow();
  const paths = await prerenderedPages(request);
  const outside = new Set<string>();
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(path);
      // Text of elements and form controls, and generated text (::before, ::after).
      const fonts = await page.evaluate(() => {
        const found: { font: string; name: string }[] = [];
        const add = (style: CSSStyleDeclaration, name: string) => found.push({ font: `${style.fontFamily} ${style.fontSize} ${style.fontWeight}`, name });
        for (const el of document.querySelectorAll('body *')) {
          if (!el.checkVisibility()) continue;
          const name = String(el.className || el.tagName);
          if (el.matches('input, select, textarea') || [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) add(getComputedStyle(el), name);
          for (const pseudo of ['::before', '::after']) {
            const style = getComputedStyle(el, pseudo);
            if (!['none', 'normal', '""'].includes(style.content)) add(style, name + pseudo);
          }
        }
        return found;
      });
      expect(fonts.length, path).toBeGreaterThan(50);
      for (const { font, name } of fonts) {
        if (!/^(system-ui, sans-serif|ui-monospace, monospace) (13|16|20)px (400|700)$/.test(font)) outside.add(`${font} (${name} on ${path} at ${width} px)`);
      }
    }
    await context.close();
  }
  expect([...outside]).toEqual([]);
});

test('a frame hidden before its first paint still loads the app (no first contentful paint to wait for)', async ({ page }) => {
  // A stylesheet that holds the first paint back for a second: the page's script runs and hides
  // the frame before anything is painted.
  await page.route(/\/\?scenario=get-nodes&step=3$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</head>', '<link rel="stylesheet" href="/slow.css" /></head>');
    await route.fulfill({ response, body });
  });
  await page.route('**/slow.css', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.fulfill({ contentType: 'text/css', body: '' });
  });
  await page.goto('/?scenario=get-nodes&step=3');
  await appLive(page);
  await expect(narration(page)).toHaveAttribute('data-step-index', '3');
  await expect(narration(page)).toBeVisible();
});
