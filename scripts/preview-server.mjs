// Starts `vite preview` on the production build for the measuring scripts, and stops it after.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium as playwrightChromium } from '@playwright/test';

const chromium = JSON.parse(readFileSync(new URL('./chromium.json', import.meta.url), 'utf8'));

const answers = (url) => fetch(url).then(() => true, () => false);

export async function withPreview(port, fn) {
  const url = `http://127.0.0.1:${port}`;
  // Whatever already listens there would be measured instead of this build.
  if (await answers(url)) throw new Error(`port ${port} is already in use; stop that server or set MEASURE_PORT`);
  const server = spawn('./node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return await fn(url);
  } finally {
    // The next script may take the same port at once: wait until this server is gone.
    server.kill();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? chromium.path;
export const CHROMIUM_FLAGS = chromium.args;

/** The live app: the prerendered frame paints first, and src/boot.tsx marks the page once the app
 *  has replaced or hydrated it (with the real trace in). */
const appReady = (page) => page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 300_000 });

/**
 * Opens `path` on `base` in headless Chromium, waits for the live app and hands the page to `use`,
 * then closes the browser. Options: `page`, newPage's options (a 1280×720 viewport unless given);
 * `setup(page)`, run just before the page loads (init scripts, listeners); `questions`, leave the
 * checkpoint questions on (off by default: they pause playback); `ready(page)`, another sign that
 * the page is ready, for a page that does not mark itself (the embed poster).
 */
export async function withApp(base, path, { page: pageOptions, setup, questions = false, ready = appReady } = {}, use) {
  const browser = await playwrightChromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, ...pageOptions });
    if (!questions) await page.addInitScript(() => localStorage.setItem('kubewalk.questions', 'off'));
    await setup?.(page);
    await page.goto(base + path);
    await ready(page);
    return await use(page);
  } finally {
    await browser.close();
  }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
