import { defineConfig, devices } from '@playwright/test';
import chromium from './scripts/chromium.json' with { type: 'json' };

// Debian's Chromium: Playwright cannot download its own browsers here. A user with a
// Playwright-managed browser can point CHROMIUM_PATH elsewhere. The flags keep a root, offline
// Chromium quiet (scripts/chromium.json).
const executablePath = process.env.CHROMIUM_PATH ?? chromium.path;
const PORT = Number(process.env.E2E_PORT ?? 4173);
// The embed examples are served from another origin (another port) to test the cross-origin path.
const EXAMPLES_PORT = Number(process.env.E2E_EXAMPLES_PORT ?? PORT + 10);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Assertions never race an animation (DESIGN.md rule 9); motion itself is tested apart.
    contextOptions: { reducedMotion: 'reduce' },
    // The app registers a service worker that precaches the whole build: specs test the app
    // without it (and without 126 downloads each); offline.spec and csp.spec opt in.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: chromium.args,
        },
      },
    },
  ],
  webServer: [
    {
      command: `./node_modules/.bin/vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node examples/serve.mjs --port ${EXAMPLES_PORT} --kubewalk http://127.0.0.1:${PORT}/`,
      url: `http://127.0.0.1:${EXAMPLES_PORT}/plain-html/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
