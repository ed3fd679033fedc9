import { expect, test, type Page } from '@playwright/test';

/**
 * Hydration must take over every prerendered page without a mismatch (React's #418), whatever the
 * timing. React may throw away a hydrating render and do it again from the top: input that
 * arrives while it hydrates (in slices, src/boot.tsx) makes React finish it at once, and restart
 * it to do so. The second render must still match the build's HTML. The page here gets a key
 * press (any element inside #root) once the hydrating render has passed the graph but not yet
 * committed, with the domain chunk early (ready before hydration ends) or late (after it).
 */
async function pokeDuringHydration(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { kwPoked?: boolean };
    const dehydrated = () => {
      const root = document.getElementById('root');
      const key = root && Object.keys(root).find((k) => k.startsWith('__reactContainer$'));
      const fiber = key ? (root as unknown as Record<string, { stateNode: { current: { memoizedState: { isDehydrated?: boolean } } } }>)[key] : undefined;
      return fiber?.stateNode.current.memoizedState.isDehydrated === true;
    };
    const started = performance.now();
    const poll = () => {
      const graph = document.querySelector('#root .kw-graph');
      // React tags a node with its fiber while the render that hydrates it runs, before commit.
      if (graph && Object.keys(graph).some((k) => k.startsWith('__reactFiber$')) && dehydrated()) {
        const late = [...document.querySelectorAll('#root button')].at(-1);
        late?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
        w.kwPoked = true;
      } else if (performance.now() - started < 20_000) setTimeout(poll, 0);
    };
    poll();
  });
}

function problems(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') seen.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  return seen;
}

const PAGES = ['/', '/s/get-nodes.html', '/s/deployment-scale.html'];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
];

for (const path of PAGES) {
  for (const viewport of VIEWPORTS) {
    for (const domain of ['early', 'late'] as const) {
      test(`${path} hydrates without a mismatch when input interrupts it (${viewport.name}, domain ${domain})`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.setViewportSize(viewport);
        const seen = problems(page);
        // A phone-speed CPU: hydration then takes several slices, so the poke lands inside one.
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.addInitScript(() => localStorage.setItem('kubewalk.questions', 'off'));
        await pokeDuringHydration(page);
        if (domain === 'late') {
          await page.route('**/assets/domain-*.js', async (route) => {
            await new Promise((resolve) => setTimeout(resolve, 1500));
            await route.continue();
          });
        }
        // The poke must land inside the hydrating render: if the machine hydrated in one slice, again.
        for (let attempt = 0; attempt < 3; attempt++) {
          await page.goto(path);
          // Generous: a throttled, loaded machine hydrates slowly, and the late domain adds 1.5 s.
          await expect(page.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 30_000 });
          if (await page.evaluate(() => (window as unknown as { kwPoked?: boolean }).kwPoked === true)) break;
          if (attempt === 2) throw new Error('hydration never ran in more than one slice: nothing was tested');
        }
        await expect(page.getByRole('region', { name: 'Control plane graph' }).locator('.react-flow__node')).not.toHaveCount(0);
        expect(seen).toEqual([]);
      });
    }
  }
}
