import { expect, test, type Page } from '@playwright/test';

/**
 * Hydration must take over every prerendered page without a mismatch (React's #418), whatever the
 * timing. React may throw away a hydrating render and do it again from the top: input that
 * arrives while it hydrates (in slices, src/boot.tsx) makes React finish it at once, and restart
 * it to do so. The second render must still match the build's HTML. The page hydrates in two
 * passes (the graph, in its Suspense boundary, after the rest: src/shells/app/AppShell.tsx), and
 * gets a key press (any element inside #root) in each, once its render is halfway (past the
 * controls; past the graph's first node) but not yet committed, with the domain chunk early (ready
 * before hydration ends) or late (after it).
 */
async function pokeDuringHydration(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Fiber = { tag: number; child: Fiber | null; sibling: Fiber | null; memoizedState: { isDehydrated?: boolean; dehydrated?: Node | null } | null };
    const w = window as unknown as { kwPoked?: string[] };
    w.kwPoked = [];
    const fiberKey = (node: Element | null, prefix: string) => (node ? Object.keys(node).find((k) => k.startsWith(prefix)) : undefined);
    // React tags a node with its fiber while the render that hydrates it runs, before commit.
    const tagged = (node: Element | null | undefined) => fiberKey(node ?? null, '__reactFiber$') !== undefined;
    const current = (): Fiber | undefined => {
      const root = document.getElementById('root');
      const key = fiberKey(root, '__reactContainer$');
      return key ? (root as unknown as Record<string, { stateNode: { current: Fiber } }>)[key]?.stateNode.current : undefined;
    };
    const rootDehydrated = () => current()?.memoizedState?.isDehydrated === true;
    /** The committed tree still holds the graph's boundary dehydrated (a Suspense fiber, tag 13). */
    const graphDehydrated = (graph: Element) => {
      const stack = [current()];
      while (stack.length > 0) {
        const f = stack.pop();
        if (!f) continue;
        if (f.tag === 13 && f.memoizedState?.dehydrated?.parentNode?.contains(graph)) return true;
        stack.push(f.child ?? undefined, f.sibling ?? undefined);
      }
      return false;
    };
    // On an element the pass is hydrating: React then finishes that pass at once (restarting it).
    const poke = (pass: string, target: Element | null | undefined) => {
      target?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
      w.kwPoked?.push(pass);
    };
    const started = performance.now();
    const poll = () => {
      const graph = document.querySelector('#root .kw-graph');
      const node = graph?.querySelector('.react-flow__node');
      if (!w.kwPoked?.includes('page') && tagged(document.querySelector('#root .kw-area-controls')) && rootDehydrated()) poke('page', [...document.querySelectorAll('#root button')].at(-1));
      if (!w.kwPoked?.includes('graph') && graph && tagged(node) && graphDehydrated(graph)) poke('graph', node);
      if (w.kwPoked?.length !== 2 && performance.now() - started < 20_000) setTimeout(poll, 0);
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
        // The pokes must land inside the hydrating renders: if the machine hydrated one in one slice, again.
        for (let attempt = 0; attempt < 5; attempt++) {
          await page.goto(path);
          // Generous: a throttled, loaded machine hydrates slowly, and the late domain adds 1.5 s.
          await expect(page.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 30_000 });
          const poked = await page.evaluate(() => (window as unknown as { kwPoked?: string[] }).kwPoked ?? []);
          if (poked.length === 2) break;
          if (attempt === 4) throw new Error(`a hydrating pass ran in one slice (poked only: ${poked.join(', ') || 'none'}): nothing was tested`);
        }
        await expect(page.getByRole('region', { name: 'Control plane graph' }).locator('.react-flow__node')).not.toHaveCount(0);
        expect(seen).toEqual([]);
      });
    }
  }
}
