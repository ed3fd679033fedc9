import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const SCENARIOS = ['get-nodes', 'create-pod'] as const;
export const LEVELS = ['overview', 'standard', 'deep'] as const;

export const narration = (page: Page) => page.getByRole('region', { name: 'Step narration' });
export const slider = (page: Page) => page.getByRole('slider', { name: 'Step' });

/** Every prerendered page: the front page, then each scenario's own (`/s/<id>.html`), from the build's seed. */
export async function prerenderedPages(request: APIRequestContext): Promise<string[]> {
  const seed = (await (await request.get('/index.seed.json')).json()) as { scenarios: { id: string }[] };
  return ['/', ...seed.scenarios.map(({ id }) => `/s/${id}.html`)];
}

/** The 1-based step number shown, read from the narration region's contract attribute. */
export async function stepNumber(page: Page): Promise<number> {
  return Number(await narration(page).getAttribute('data-step-index'));
}

/** How many steps the current scenario has at the current level (the slider's maximum). */
export async function stepCount(page: Page): Promise<number> {
  return Number(await slider(page).getAttribute('aria-valuemax') ?? await slider(page).getAttribute('max'));
}

/**
 * Opens the app at a deep link. Students are asked checkpoint questions by default; the
 * walkthrough specs step straight through, so they turn questions off as a student can.
 */
export async function open(page: Page, query: string, { questions = false } = {}): Promise<void> {
  if (!questions) await page.addInitScript(() => localStorage.setItem('kubewalk.questions', 'off'));
  await page.goto(`/${query}`);
  await expect(narration(page)).toBeVisible();
  await appLive(page);
}

/**
 * Waits until the app is live: the prerendered first frame paints before any script runs, and
 * the app hydrates or replaces it (src/root.tsx marks `<html data-app="ready">`).
 */
export async function appLive(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
}

/** The harness's own note that it blocks the service worker (playwright.config.ts): not the app's. */
const HARNESS_NOTE = 'Service Worker registration blocked by Playwright';

/**
 * Collects what must never happen on a page: Content-Security-Policy violations (the preview
 * server sends the production policy, scripts/csp-plugin.ts), console errors (and warnings, with
 * `warnings`) and uncaught errors. Call before the first navigation; `problems()` lists them.
 */
export async function watchProblems(page: Page, { warnings = false } = {}): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.text() === HARNESS_NOTE) return;
    if (m.type() === 'error' || (warnings && m.type() === 'warning')) seen.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`csp: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  return async () => [...seen, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}
